package quiz

import (
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A result code is "PARLEY-QUIZ1-" followed by the base32 (RFC 4648
// alphabet, no padding) of these bytes:
//
//	0      format version (1; the same number as in the prefix)
//	1      question-set version (1-255)
//	2-3    date taken: days since 2000-01-01, big-endian
//	4-11   the eight scores (0-100) in the order of Traits()
//	12     length n of the name in bytes (0-MaxNameBytes)
//	13..   the name, UTF-8, n bytes
//	last 4 CRC-32 (IEEE) of every byte before it, big-endian
//
// Decoding ignores letter case and white space, so a code that a messenger
// wrapped over lines still reads.
const (
	codePrefix    = "PARLEY-QUIZ"
	codeVersion   = 1
	headerLen     = 13 // bytes before the name
	checksumLen   = 4
	minCodeLength = headerLen + checksumLen
)

// MaxNameRunes and MaxNameBytes bound the optional name in a result code.
const (
	MaxNameRunes = 24
	MaxNameBytes = 96
)

var (
	codeEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)
	codeEpoch    = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
)

// CodeError is a problem with a result code that a person can meet. Its
// Error text is a sentence written to be shown as it is: what happened and
// what to do.
type CodeError struct{ msg string }

func (e *CodeError) Error() string { return e.msg }

// Errors from DecodeResultCode (compare with errors.Is).
var (
	ErrNotQuizCode   error = &CodeError{"This is not a Parley personality-test code. Ask your partner to copy the whole code, which starts with PARLEY-QUIZ."}
	ErrTruncatedCode error = &CodeError{"This code is incomplete: its end seems to be missing. Ask your partner to copy the whole code and send it again."}
	ErrDamagedCode   error = &CodeError{"This code was changed or damaged on the way, so it cannot be read. Ask your partner to copy it and send it again."}
	ErrNewerVersion  error = &CodeError{"This code was made by a newer version of Parley. Update Parley to read it."}
)

// Errors from EncodeResultCode that a person can meet.
var (
	ErrNameTooLong    error = &CodeError{"A name in a result code can be at most " + strconv.Itoa(MaxNameRunes) + " characters. Shorten it, or leave it out."}
	ErrDateOutOfRange error = &CodeError{"The date of this result cannot go into a code. Check that the computer's clock is right, then try again."}
)

// EncodeResultCode returns the result as a code to send to a partner. The
// code keeps the date (not the time) the test was taken, the question-set
// version, the eight scores and the name (tidied: control characters
// dropped, white space collapsed).
func EncodeResultCode(r Result) (string, error) {
	scores, err := r.scoresInOrder()
	if err != nil {
		return "", err
	}
	if r.QuestionSet < 1 || r.QuestionSet > 255 {
		return "", fmt.Errorf("%w: question set %d", ErrIncompleteResult, r.QuestionSet)
	}
	name := cleanName(r.Name)
	if utf8.RuneCountInString(name) > MaxNameRunes || len(name) > MaxNameBytes {
		return "", ErrNameTooLong
	}
	y, m, d := r.Taken.Date()
	days := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(codeEpoch) / (24 * time.Hour)
	if days < 0 || days > 0xFFFF {
		return "", ErrDateOutOfRange
	}
	b := []byte{codeVersion, byte(r.QuestionSet)}
	b = binary.BigEndian.AppendUint16(b, uint16(days))
	for _, s := range scores {
		b = append(b, byte(s))
	}
	b = append(b, byte(len(name)))
	b = append(b, name...)
	b = binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
	return codePrefix + strconv.Itoa(codeVersion) + "-" + codeEncoding.EncodeToString(b), nil
}

// cleanName drops control and format characters and collapses white space.
func cleanName(name string) string {
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, name)
	return strings.Join(strings.Fields(name), " ")
}

// DecodeResultCode reads a code made by EncodeResultCode. It returns
// ErrNotQuizCode, ErrTruncatedCode, ErrDamagedCode or ErrNewerVersion
// (compare with errors.Is) for a code it cannot read, and never panics.
// The result's Taken is midnight UTC of the day the test was taken.
func DecodeResultCode(code string) (Result, error) {
	body, err := codeBody(code)
	if err != nil {
		return Result{}, err
	}
	raw, err := decodeBody(body)
	if err != nil {
		return Result{}, err
	}
	if err := checkLength(raw); err != nil {
		return Result{}, err
	}
	if codeEncoding.EncodeToString(raw) != body {
		// a change in the unused bits of the last character
		return Result{}, ErrDamagedCode
	}
	return parsePayload(raw)
}

// codeBody checks the prefix and returns the base32 part, upper-cased and
// without white space.
func codeBody(code string) (string, error) {
	s := strings.ToUpper(strings.Join(strings.Fields(code), ""))
	if s == "" {
		return "", ErrNotQuizCode
	}
	if !strings.HasPrefix(s, codePrefix) {
		if strings.HasPrefix(codePrefix, s) {
			return "", ErrTruncatedCode
		}
		return "", ErrNotQuizCode
	}
	rest := s[len(codePrefix):]
	digits := 0
	for digits < len(rest) && digits < 4 && rest[digits] >= '0' && rest[digits] <= '9' {
		digits++
	}
	if digits == len(rest) {
		return "", ErrTruncatedCode // "PARLEY-QUIZ" or "PARLEY-QUIZ1" and nothing more
	}
	if digits == 0 || rest[digits] != '-' {
		return "", ErrNotQuizCode
	}
	v, _ := strconv.Atoi(rest[:digits])
	switch {
	case v > codeVersion:
		return "", ErrNewerVersion
	case v < codeVersion:
		return "", ErrNotQuizCode
	}
	return strings.TrimRight(rest[digits+1:], "="), nil
}

func decodeBody(body string) ([]byte, error) {
	if body == "" {
		return nil, ErrTruncatedCode
	}
	for _, c := range body {
		if (c < 'A' || c > 'Z') && (c < '2' || c > '7') {
			return nil, ErrDamagedCode
		}
	}
	switch len(body) % 8 {
	case 1, 3, 6: // no whole number of bytes ends here: characters were lost
		return nil, ErrTruncatedCode
	}
	raw, err := codeEncoding.DecodeString(body)
	if err != nil {
		return nil, ErrDamagedCode
	}
	return raw, nil
}

// checkLength compares the length of the bytes with the length the name's
// length byte announces.
func checkLength(raw []byte) error {
	if len(raw) < minCodeLength {
		return ErrTruncatedCode
	}
	switch want := headerLen + int(raw[12]) + checksumLen; {
	case len(raw) < want:
		return ErrTruncatedCode
	case len(raw) > want:
		return ErrDamagedCode
	}
	return nil
}

// parsePayload reads bytes of the right length.
func parsePayload(raw []byte) (Result, error) {
	if raw[0] != codeVersion {
		return Result{}, ErrDamagedCode // the prefix said version 1
	}
	n := int(raw[12])
	payload, sum := raw[:len(raw)-checksumLen], raw[len(raw)-checksumLen:]
	if crc32.ChecksumIEEE(payload) != binary.BigEndian.Uint32(sum) {
		return Result{}, ErrDamagedCode
	}
	r := Result{QuestionSet: int(raw[1])}
	days := binary.BigEndian.Uint16(raw[2:4])
	r.Taken = codeEpoch.AddDate(0, 0, int(days))
	for i, t := range Traits() {
		s := int(raw[4+i])
		if s > 100 {
			return Result{}, ErrDamagedCode
		}
		r.Scores = append(r.Scores, TraitScore{Trait: t.ID, Score: s, Band: BandOf(s)})
	}
	name := string(raw[headerLen : headerLen+n])
	if r.QuestionSet == 0 || n > MaxNameBytes || !utf8.ValidString(name) ||
		cleanName(name) != name || utf8.RuneCountInString(name) > MaxNameRunes {
		return Result{}, ErrDamagedCode
	}
	r.Name = name
	return r, nil
}
