package persistence

import (
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/message"
)

// strengthEnglish renders the meter's messages in British English.
var strengthEnglish = message.NewTable(StrengthMessages)

func TestPasswordStrength(t *testing.T) {
	cases := []struct {
		pass     string
		min, max int
		why      string
	}{
		{"", 0, 0, "nothing typed"},
		{"1234", 0, 0, "a run of digits"},
		{"4821", 0, 0, "a four-digit PIN"},
		{"482193", 0, 0, "a six-digit PIN"},
		{"48219375", 0, 1, "an eight-digit number is still a number"},
		{"14031990", 0, 0, "a birth date"},
		{"14/03/1990", 0, 0, "a birth date with slashes"},
		{"1990-03-14", 0, 0, "a birth date the other way round"},
		{"password", 0, 0, "the most common password"},
		{"P@ssw0rd1!", 0, 0, "the most common password in disguise"},
		{"Summer2024", 0, 0, "a season and a year"},
		{"qwertyui", 0, 0, "a keyboard row"},
		{"zyxwvuts", 0, 0, "the alphabet backwards"},
		{"aaaaaaaaaaaa", 0, 0, "one character repeated"},
		{"abcabcabcabc", 0, 0, "one chunk repeated"},
		{"k9#Lm", 1, 1, "short, however mixed"},
		{"sunflower", 0, 1, "one ordinary word"},
		{"blue kettle", 1, 1, "two common words"},
		{"sunflowerfield", 1, 2, "two words run together"},
		{"blue kettle under stairs", 3, 4, "four words"},
		{"Tr0ub4dor&3", 3, 3, "eleven mixed characters"},
		{"correct horse battery staple", 4, 4, "four unrelated words"},
		{"my cat naps on the warm radiator", 4, 4, "a long sentence"},
		{"zpqk3xm9w7vt2rnb", 4, 4, "sixteen random characters"},
		{"grün ist die heide", 4, 4, "accented letters count"},
	}
	for _, tc := range cases {
		score, msg := PasswordStrength(tc.pass)
		hint := strengthEnglish.Render(msg)
		if score < tc.min || score > tc.max {
			t.Errorf("%q (%s): score %d, want %d..%d", tc.pass, tc.why, score, tc.min, tc.max)
		}
		if hint == "" || !strings.HasSuffix(hint, ".") || strings.Contains(hint, tc.pass) && tc.pass != "" {
			t.Errorf("%q: hint %q should be a sentence that does not repeat the passphrase", tc.pass, hint)
		}
	}
}

// Longer never scores lower, for the same kind of characters.
func TestPasswordStrengthGrowsWithLength(t *testing.T) {
	base := "tulip river candle orbit meadow lantern"
	last := 0
	for n := 8; n <= len(base); n++ {
		score, _ := PasswordStrength(base[:n])
		if score < last {
			t.Fatalf("%q scores %d, less than a shorter prefix (%d)", base[:n], score, last)
		}
		last = score
	}
	if last != 4 {
		t.Fatalf("six unrelated words score %d", last)
	}
}

// Passphrases that anyone guessing tries early must not reach "good", the
// bar a protected list's PIN has to pass: common passwords the old
// hand-written list did not hold, names with a number, birth dates.
func TestStrengthAttackCommonGuessesAreNotGood(t *testing.T) {
	for _, p := range []string{"Liverpool1", "michelle1", "Jennifer1990", "14/03/1990", "1990-03-14", "14.03.1990", "starwars123", "football2024!"} {
		if score, _ := PasswordStrength(p); score >= 3 {
			t.Errorf("%q scores %d: an early guess must stay below good (3)", p, score)
		}
	}
}

// The sentence says what makes a weak passphrase weak, so the person knows
// what to change.
func TestPasswordStrengthSaysWhy(t *testing.T) {
	for p, word := range map[string]string{
		"4821":         "number",
		"14031990":     "Dates",
		"password":     "first passphrases anyone would try",
		"aaaaaaaaaaaa": "Repeated",
		"zyxwvuts":     "Runs",
		"k9#Lm":        "short",
	} {
		if _, msg := PasswordStrength(p); !strings.Contains(strengthEnglish.Render(msg), word) {
			t.Errorf("%q: hint %q should say %q", p, strengthEnglish.Render(msg), word)
		}
	}
}

// Two ordinary words are called words, not a common password, even when
// zxcvbn finds one of them in its password list.
func TestPasswordStrengthTwoWordsAreWords(t *testing.T) {
	for _, p := range []string{"fresh orchard", "tulip lantern"} {
		if _, msg := PasswordStrength(p); !strings.Contains(strengthEnglish.Render(msg), "word") || strings.Contains(strengthEnglish.Render(msg), "first passphrases") {
			t.Errorf("%q: hint %q", p, strengthEnglish.Render(msg))
		}
	}
}

// The meter runs at every key press on the UI goroutine: a passphrase
// pasted from a password manager, or a whole sentence, must not freeze
// the window (zxcvbn's matching grows with the cube of the length).
func TestPasswordStrengthOfAVeryLongPassphraseIsQuick(t *testing.T) {
	long := strings.Repeat("tulip river candle orbit ", 40) // 1,000 characters
	start := time.Now()
	score, _ := PasswordStrength(long)
	if took := time.Since(start); took > 500*time.Millisecond {
		t.Errorf("rating 1,000 characters took %v", took)
	}
	if score != 4 {
		t.Errorf("a long passphrase of words scores %d", score)
	}
}
