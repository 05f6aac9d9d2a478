package quiz

import (
	"encoding/base32"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"strings"
	"testing"
	"time"
)

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// payload builds the bytes of a version-1 code by hand, from the layout
// documented in code.go, with a correct checksum.
func payload(version, set byte, days uint16, scores [8]byte, name string) []byte {
	b := []byte{version, set, byte(days >> 8), byte(days)}
	b = append(b, scores[:]...)
	b = append(b, byte(len(name)))
	b = append(b, name...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

func codeOf(raw []byte) string { return "PARLEY-QUIZ1-" + b32.EncodeToString(raw) }

func TestResultCodeFollowsTheDocumentedLayout(t *testing.T) {
	r := resultOf(0, 8, 17, 25, 50, 67, 92, 100)
	r.Name = "Robin"
	got, err := EncodeResultCode(r)
	if err != nil {
		t.Fatal(err)
	}
	// 2025-03-14 is 9204 days after 2000-01-01 (25 years with 7 leap days,
	// then 31 + 28 + 13 days).
	want := codeOf(payload(1, 1, 9204, [8]byte{0, 8, 17, 25, 50, 67, 92, 100}, "Robin"))
	if got != want {
		t.Errorf("code\n got %s\nwant %s", got, want)
	}
}

func TestResultCodeRoundTrip(t *testing.T) {
	tests := []struct {
		name, wantName string
		taken          time.Time
	}{
		{"", "", testTime},
		{"Robin", "Robin", testTime},
		{"  Zoë  Ó\tNéill ", "Zoë Ó Néill", testTime},
		{strings.Repeat("é", MaxNameRunes), strings.Repeat("é", MaxNameRunes), testTime},
		{"Sam\u200b\x07", "Sam", time.Date(2000, 1, 1, 23, 59, 0, 0, time.UTC)},
		{"Kai", "Kai", time.Date(2179, 6, 6, 0, 0, 0, 0, time.UTC)}, // the last day that fits
	}
	for _, tc := range tests {
		r := mustScore(t, answersAt(map[TraitID]int{Lead: 5, Intensity: 1, Sensation: 2, Reassurance: 4}))
		r.Name, r.Taken = tc.name, tc.taken
		code, err := EncodeResultCode(r)
		if err != nil {
			t.Fatalf("%q: %v", tc.name, err)
		}
		if !strings.HasPrefix(code, "PARLEY-QUIZ1-") {
			t.Errorf("code %q lacks the prefix", code)
		}
		got, err := DecodeResultCode(code)
		if err != nil {
			t.Fatalf("%q: decode: %v", tc.name, err)
		}
		y, m, d := tc.taken.Date()
		if got.Name != tc.wantName || got.QuestionSet != QuestionSetVersion ||
			!got.Taken.Equal(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%q: got name %q, set %d, taken %v", tc.name, got.Name, got.QuestionSet, got.Taken)
		}
		for i, s := range got.Scores {
			if s != r.Scores[i] {
				t.Errorf("%q: score %d = %+v, want %+v", tc.name, i, s, r.Scores[i])
			}
		}
	}
}

func TestResultCodeSurvivesMessengers(t *testing.T) {
	r := resultOf(10, 20, 30, 40, 50, 60, 70, 80)
	r.Name = "Robin"
	code, _ := EncodeResultCode(r)
	wrapped := "  " + strings.ToLower(code[:20]) + "\n" + code[20:35] + " \r\n" + code[35:] + "\n"
	got, err := DecodeResultCode(wrapped)
	if err != nil || got.Name != "Robin" || got.Scores[7].Score != 80 {
		t.Errorf("wrapped, lower-cased code: %+v, %v", got, err)
	}
}

func TestEncodeResultCodeRefuses(t *testing.T) {
	long := resultOf(1, 2, 3, 4, 5, 6, 7, 8)
	long.Name = strings.Repeat("a", MaxNameRunes+1)
	early := resultOf(1, 2, 3, 4, 5, 6, 7, 8)
	early.Taken = time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC)
	late := resultOf(1, 2, 3, 4, 5, 6, 7, 8)
	late.Taken = time.Date(2179, 6, 7, 0, 0, 0, 0, time.UTC)
	noSet := resultOf(1, 2, 3, 4, 5, 6, 7, 8)
	noSet.QuestionSet = 0
	tests := []struct {
		name string
		r    Result
		want error
	}{
		{"name too long", long, ErrNameTooLong},
		{"before 2000", early, ErrDateOutOfRange},
		{"after 2179-06-06", late, ErrDateOutOfRange},
		{"incomplete", Result{QuestionSet: 1, Taken: testTime}, ErrIncompleteResult},
		{"no question set", noSet, ErrIncompleteResult},
	}
	for _, tc := range tests {
		if _, err := EncodeResultCode(tc.r); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestDecodeResultCodeMalformations(t *testing.T) {
	good := codeOf(payload(1, 1, 9204, [8]byte{1, 2, 3, 4, 5, 6, 7, 8}, ""))
	body := strings.TrimPrefix(good, "PARLEY-QUIZ1-")
	tests := []struct {
		name string
		code string
		want error
	}{
		{"empty", "", ErrNotQuizCode},
		{"white space only", " \n\t", ErrNotQuizCode},
		{"ordinary text", "see you on Friday", ErrNotQuizCode},
		{"another Parley code", "PARLEY-PSI1-" + body, ErrNotQuizCode},
		{"no version", "PARLEY-QUIZ-" + body, ErrNotQuizCode},
		{"version 0", "PARLEY-QUIZ0-" + body, ErrNotQuizCode},
		{"cut inside the prefix", "PARLEY-QU", ErrTruncatedCode},
		{"prefix only", "PARLEY-QUIZ1-", ErrTruncatedCode},
		{"prefix without dash", "PARLEY-QUIZ1", ErrTruncatedCode},
		{"newer prefix", "PARLEY-QUIZ2-" + body, ErrNewerVersion},
		{"much newer prefix", "PARLEY-QUIZ12-ABCD", ErrNewerVersion},
		{"character outside the alphabet", good[:20] + "0" + good[21:], ErrDamagedCode},
		{"punctuation", good + "!", ErrDamagedCode},
		{"extra characters", good + "AAAAAAAA", ErrDamagedCode},
		{"checksum wrong", codeOf(flipLast(payload(1, 1, 9204, [8]byte{1, 2, 3, 4, 5, 6, 7, 8}, "Sam"))), ErrDamagedCode},
		{"version byte disagrees with prefix", codeOf(payload(2, 1, 9204, [8]byte{}, "")), ErrDamagedCode},
		{"score over 100", codeOf(payload(1, 1, 9204, [8]byte{1, 2, 3, 101, 5, 6, 7, 8}, "")), ErrDamagedCode},
		{"question set 0", codeOf(payload(1, 0, 9204, [8]byte{}, "")), ErrDamagedCode},
		{"name not UTF-8", codeOf(payload(1, 1, 9204, [8]byte{}, "\xff\xfe")), ErrDamagedCode},
		{"name with a control character", codeOf(payload(1, 1, 9204, [8]byte{}, "a\x00b")), ErrDamagedCode},
		{"name too long", codeOf(payload(1, 1, 9204, [8]byte{}, strings.Repeat("a", MaxNameRunes+1))), ErrDamagedCode},
	}
	for _, tc := range tests {
		_, err := DecodeResultCode(tc.code)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

func flipLast(b []byte) []byte {
	b[len(b)-1] ^= 0x01
	return b
}

// Cutting any number of characters off the end of a code is reported as
// truncated, whether or not it carries a name.
func TestDecodeResultCodeEveryTruncation(t *testing.T) {
	for _, name := range []string{"", "Robin Ó Néill"} {
		code := codeOf(payload(1, 1, 9204, [8]byte{9, 8, 7, 6, 5, 4, 3, 2}, name))
		for n := len("PARLEY-QUIZ1-"); n < len(code); n++ {
			if _, err := DecodeResultCode(code[:n]); !errors.Is(err, ErrTruncatedCode) {
				t.Errorf("name %q, first %d of %d characters: %v, want ErrTruncatedCode", name, n, len(code), err)
			}
		}
	}
}

// Changing any one character of a code never yields a result; changing one
// inside the scores is reported as damage.
func TestDecodeResultCodeEverySingleChange(t *testing.T) {
	code := codeOf(payload(1, 1, 9204, [8]byte{9, 8, 7, 6, 5, 4, 3, 2}, "Robin"))
	start := len("PARLEY-QUIZ1-")
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	for i := start; i < len(code); i++ {
		for _, c := range []byte{alphabet[(strings.IndexByte(alphabet, code[i])+1)%32], alphabet[(strings.IndexByte(alphabet, code[i])+17)%32]} {
			changed := code[:i] + string(c) + code[i+1:]
			_, err := DecodeResultCode(changed)
			if err == nil {
				t.Fatalf("position %d changed to %c: decoded without error", i, c)
			}
			// bytes 4-11 (the scores) are characters 7..18 of the body
			if inScores := i-start >= 7 && i-start <= 18; inScores && !errors.Is(err, ErrDamagedCode) {
				t.Errorf("position %d: %v, want ErrDamagedCode", i, err)
			}
		}
	}
}

func TestCodeErrorsSayWhatToDo(t *testing.T) {
	for _, err := range []error{ErrNotQuizCode, ErrTruncatedCode, ErrDamagedCode, ErrNewerVersion, ErrNameTooLong, ErrDateOutOfRange} {
		msg := err.Error()
		if !strings.HasSuffix(msg, ".") || strings.Count(msg, ".") > 2 || strings.Contains(strings.ToLower(msg), "delete") {
			t.Errorf("message is not one or two plain sentences: %q", msg)
		}
	}
}
