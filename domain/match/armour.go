package match

import (
	"bytes"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// A code is a text block that survives being pasted into a messenger:
//
//	A Parley invitation. To answer it, paste all of this into Parley: …
//	-----BEGIN PARLEY INVITATION-----
//	AEAQ… (the payload in base32, upper case, no padding, 64 per line)
//	Check: 142 1A2B3C4D
//	-----END PARLEY INVITATION-----
//
// The first line is for people and is ignored when reading. The Check line
// holds the payload's length in bytes and the first 4 bytes of its SHA-256
// in hex. Reading is forgiving: anything before BEGIN and after END, CR
// line ends, upper or lower case, spaces and line breaks anywhere in the
// payload, quote marks ("> ") at the start of lines, and dashes that a
// messenger turned into long dashes. Nothing else is repaired.

// enc is RFC 4648 base32 without padding: only letters and digits, which no
// messenger turns into formatting.
var enc = base32.StdEncoding.WithPadding(base32.NoPadding)

// maxTextSize bounds what the reader looks at (a full reply is under 650 KB).
const maxTextSize = 1 << 20

const lineLength = 64

func armourWord(k Kind) string {
	switch k {
	case KindInvitation:
		return "INVITATION"
	case KindReply:
		return "REPLY"
	case KindFinal:
		return "RESULT"
	}
	return ""
}

func intro(k Kind) string {
	switch k {
	case KindInvitation:
		return "A Parley invitation. To answer it, paste all of this into Parley: Compare > With a partner elsewhere."
	case KindReply:
		return "A Parley reply. Paste all of this into Parley: Compare > With a partner elsewhere."
	}
	return "A Parley result code. Paste all of this into Parley: Compare > With a partner elsewhere."
}

func (m *Invitation) Encode() []byte { return armour(KindInvitation, m.payload()) }
func (m *Reply) Encode() []byte      { return armour(KindReply, m.payload()) }
func (m *Final) Encode() []byte      { return armour(KindFinal, m.payload()) }

func armour(k Kind, payload []byte) []byte {
	var b bytes.Buffer
	b.WriteString(intro(k) + "\n")
	b.WriteString("-----BEGIN PARLEY " + armourWord(k) + "-----\n")
	text := enc.EncodeToString(payload)
	for len(text) > lineLength {
		b.WriteString(text[:lineLength] + "\n")
		text = text[lineLength:]
	}
	b.WriteString(text + "\n")
	fmt.Fprintf(&b, "Check: %d %s\n", len(payload), checksum(payload))
	b.WriteString("-----END PARLEY " + armourWord(k) + "-----\n")
	return b.Bytes()
}

func checksum(payload []byte) string {
	sum := sha256.Sum256(payload)
	return fmt.Sprintf("%X", sum[:4])
}

// Decode reads any of the three codes.
func Decode(text []byte) (Message, error) {
	kind, payload, err := unarmour(text)
	if err != nil {
		return nil, err
	}
	return parsePayload(kind, payload)
}

// DecodeInvitation reads message 1.
func DecodeInvitation(text []byte) (*Invitation, error) {
	m, err := decodeKind(text, KindInvitation)
	if err != nil {
		return nil, err
	}
	return m.(*Invitation), nil
}

// DecodeReply reads message 2.
func DecodeReply(text []byte) (*Reply, error) {
	m, err := decodeKind(text, KindReply)
	if err != nil {
		return nil, err
	}
	return m.(*Reply), nil
}

// DecodeFinal reads message 3, the result code.
func DecodeFinal(text []byte) (*Final, error) {
	m, err := decodeKind(text, KindFinal)
	if err != nil {
		return nil, err
	}
	return m.(*Final), nil
}

func decodeKind(text []byte, want Kind) (Message, error) {
	kind, payload, err := unarmour(text)
	if err != nil {
		return nil, err
	}
	if kind != want {
		return nil, wrongStep(want, kind)
	}
	return parsePayload(kind, payload)
}

// unarmour finds the block in text and returns its kind and checked payload.
func unarmour(text []byte) (Kind, []byte, error) {
	if len(text) > maxTextSize {
		return 0, nil, &Error{Problem: NotParley, Detail: "text too long"}
	}
	t := normalise(string(text))
	_, afterBegin, found := strings.Cut(t, "BEGIN PARLEY ")
	if !found {
		if strings.Contains(t, "END PARLEY ") {
			return 0, nil, &Error{Problem: Truncated, Detail: "no BEGIN line"}
		}
		return 0, nil, &Error{Problem: NotParley, Detail: "no BEGIN line"}
	}
	word, afterWord := leadingLetters(afterBegin)
	body, afterEnd, found := strings.Cut(afterWord, "END PARLEY ")
	if !found {
		return 0, nil, &Error{Problem: Truncated, Detail: "no END line"}
	}
	if endWord, _ := leadingLetters(afterEnd); endWord != word {
		return 0, nil, &Error{Problem: Damaged, Detail: "BEGIN and END lines differ"}
	}
	kind := kindOfWord(word)
	if kind == 0 {
		return 0, nil, &Error{Problem: NewerVersion, Detail: "unknown code " + word}
	}
	body = strings.TrimFunc(body, func(r rune) bool { return isBlank(r) || unicode.Is(unicode.Pd, r) })
	data, check, found := strings.Cut(body, "CHECK:")
	if !found {
		return 0, nil, &Error{Problem: Truncated, Detail: "no Check line"}
	}
	payload, err := readPayload(strings.Map(dropBlank, data), strings.Fields(check))
	return kind, payload, err
}

// readPayload decodes the base32 text and checks it against the Check line.
func readPayload(data string, check []string) ([]byte, error) {
	if len(check) != 2 || !isDigits(check[0]) || len(check[1]) != 8 {
		return nil, &Error{Problem: Damaged, Detail: "malformed Check line"}
	}
	size, err := strconv.Atoi(check[0])
	if err != nil || size > maxTextSize {
		return nil, &Error{Problem: Damaged, Detail: "bad length on Check line"}
	}
	switch {
	case len(data) < enc.EncodedLen(size):
		return nil, &Error{Problem: Truncated, Detail: "payload shorter than its Check line says"}
	case len(data) > enc.EncodedLen(size):
		return nil, &Error{Problem: Damaged, Detail: "payload longer than its Check line says"}
	}
	payload, err := enc.DecodeString(data)
	if err != nil || enc.EncodeToString(payload) != data {
		return nil, &Error{Problem: Damaged, Detail: "payload is not canonical base32"}
	}
	if checksum(payload) != check[1] {
		return nil, &Error{Problem: Damaged, Detail: "checksum mismatch"}
	}
	return payload, nil
}

// normalise joins CR and CRLF line ends into LF, strips quote marks and
// blanks from the start of every line, and upper-cases ASCII letters.
func normalise(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimLeftFunc(l, func(r rune) bool { return r == '>' || isBlank(r) })
	}
	return strings.Map(asciiUpper, strings.Join(lines, "\n"))
}

// asciiUpper upper-cases a-z only, so that no other letter can turn into
// one of the base32 alphabet.
func asciiUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	return r
}

func kindOfWord(w string) Kind {
	for _, k := range []Kind{KindInvitation, KindReply, KindFinal} {
		if armourWord(k) == w {
			return k
		}
	}
	return 0
}

// leadingLetters splits s after its leading run of letters A-Z.
func leadingLetters(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return s[:i], s[i:]
}

// isBlank is white space or an invisible formatting character (zero-width
// space, byte order mark) that messengers sometimes insert.
func isBlank(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }

func dropBlank(r rune) rune {
	if isBlank(r) {
		return -1
	}
	return r
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
