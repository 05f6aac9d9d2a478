package persistence

import (
	"strings"
	"testing"
)

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
		{"48219375", 1, 1, "an eight-digit number is still a number"},
		{"password", 0, 0, "the most common password"},
		{"P@ssw0rd1!", 0, 0, "the most common password in disguise"},
		{"Summer2024", 0, 0, "a season and a year"},
		{"qwertyui", 0, 0, "a keyboard row"},
		{"zyxwvuts", 0, 0, "the alphabet backwards"},
		{"aaaaaaaaaaaa", 0, 0, "one character repeated"},
		{"abcabcabcabc", 0, 0, "one chunk repeated"},
		{"k9#Lm", 1, 1, "short, however mixed"},
		{"sunflower", 1, 1, "one ordinary word"},
		{"blue kettle", 1, 1, "two common words"},
		{"sunflowerfield", 2, 2, "two words run together"},
		{"blue kettle under stairs", 3, 4, "four words"},
		{"Tr0ub4dor&3", 3, 3, "eleven mixed characters"},
		{"correct horse battery staple", 4, 4, "four unrelated words"},
		{"my cat naps on the warm radiator", 4, 4, "a long sentence"},
		{"zpqk3xm9w7vt2rnb", 4, 4, "sixteen random characters"},
		{"grün ist die heide", 4, 4, "accented letters count"},
	}
	for _, tc := range cases {
		score, hint := PasswordStrength(tc.pass)
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
