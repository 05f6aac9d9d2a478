package persistence

import (
	"math"
	"strings"
	"unicode"
)

// PasswordStrength gives an honest estimate of how hard a passphrase is to
// guess, from 0 (guessed at once) to 4 (very hard), and a plain sentence
// for the person choosing it. It looks at length, the kinds of characters,
// repetition, runs (1234, abcd, qwerty), short numbers (PINs) and the
// passphrases everyone tries first. It is a hint, not a rule: Parley
// accepts any non-empty passphrase.
func PasswordStrength(p string) (score int, hint string) {
	runes := []rune(p)
	n := len(runes)
	lower := strings.ToLower(p)
	switch {
	case n == 0:
		return 0, "Type a passphrase to see how strong it is."
	case isCommonPassword(lower):
		return 0, "This is one of the first passphrases anyone would try. Choose something only you would think of."
	case isRepetition(runes):
		return 0, "Repeated characters or patterns are quick to guess. A few unrelated words are much stronger."
	case isRun(lower):
		return 0, "Runs of neighbouring letters, digits or keys are quick to guess. A few unrelated words are much stronger."
	case isAllDigits(runes) && n < 12:
		if n <= 6 {
			return 0, "A short number is quick to guess, even for a computer. Use words, or a much longer mix of characters."
		}
		return 1, "A number like this is quick to guess for a computer. Use words, or a much longer mix of characters."
	case n < 8:
		return 1, "This is short, so it could be guessed quickly. A few unrelated words are both stronger and easier to remember."
	}
	score = scoreBits(min(estimateBits(runes), wordBits(p)))
	if n < 12 && classes(runes) == 1 && !strings.ContainsRune(p, ' ') {
		score = min(score, 1) // one short word, or a short run of one kind of character
	}
	if n < 10 {
		score = min(score, 2)
	}
	if n < 14 {
		score = min(score, 3)
	}
	return score, strengthHints()[score]
}

func strengthHints() [5]string {
	return [5]string{
		"This would be guessed almost at once. A few unrelated words are much stronger.",
		"Weak: this could be guessed quickly. Add another word or a few more characters.",
		"Fair: another word or a few more characters would make it much harder to guess.",
		"Good: this would take a long time to guess.",
		"Strong: this would be very hard to guess. Make sure you will remember it.",
	}
}

func scoreBits(bits float64) int {
	switch {
	case bits < 20:
		return 0
	case bits < 28:
		return 1
	case bits < 40:
		return 2
	case bits < 52:
		return 3
	}
	return 4
}

// estimateBits is length times the bits per character of the kinds used,
// where a character used again and again counts for less: the length that
// counts is at most twice the number of different characters.
func estimateBits(runes []rune) float64 {
	pool := 0
	var lower, upper, digit, other, wide bool
	distinct := map[rune]bool{}
	for _, r := range runes {
		distinct[r] = true
		switch {
		case r > unicode.MaxASCII:
			wide = true
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsDigit(r):
			digit = true
		default:
			other = true
		}
	}
	for _, kind := range []struct {
		used bool
		size int
	}{{lower, 26}, {upper, 26}, {digit, 10}, {other, 33}, {wide, 100}} {
		if kind.used {
			pool += kind.size
		}
	}
	length := min(len(runes), 2*len(distinct))
	return float64(length) * math.Log2(float64(pool))
}

// wordBits treats the passphrase as words, because people pick words, not
// random letters: a word of letters is worth at most 13 bits (one of about
// 8,000 common words) for every six letters; anything else is counted
// character by character.
func wordBits(p string) float64 {
	total := 0.0
	for _, word := range strings.Fields(p) {
		runes := []rune(word)
		letters := true
		for _, r := range runes {
			letters = letters && unicode.IsLetter(r)
		}
		bits := estimateBits(runes)
		if letters {
			bits = min(bits, 13*math.Ceil(float64(len(runes))/6))
		}
		total += bits
	}
	return total
}

// classes counts the kinds of character used (lower, upper, digit, other).
func classes(runes []rune) int {
	var seen [4]bool
	for _, r := range runes {
		switch {
		case unicode.IsLower(r):
			seen[0] = true
		case unicode.IsUpper(r):
			seen[1] = true
		case unicode.IsDigit(r):
			seen[2] = true
		default:
			seen[3] = true
		}
	}
	count := 0
	for _, s := range seen {
		if s {
			count++
		}
	}
	return count
}

func isAllDigits(runes []rune) bool {
	for _, r := range runes {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isRepetition: one short chunk said again and again ("aaaa", "abab",
// "123123").
func isRepetition(runes []rune) bool {
	n := len(runes)
	for size := 1; size <= n/2; size++ {
		if n%size != 0 {
			continue
		}
		same := true
		for i := size; i < n && same; i++ {
			same = runes[i] == runes[i-size]
		}
		if same {
			return true
		}
	}
	return false
}

// isRun: the whole passphrase is a run of four or more along the alphabet,
// the digits or a keyboard row, forwards or backwards.
func isRun(lower string) bool {
	if len(lower) < 4 {
		return false
	}
	for _, row := range []string{"abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc", "qazwsxedc"} {
		if strings.Contains(row, lower) || strings.Contains(reverse(row), lower) {
			return true
		}
	}
	return false
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// isCommonPassword: one of the passphrases tried first, also with letters
// swapped for look-alike digits and symbols and with digits or symbols
// added at the end ("P@ssw0rd1!").
func isCommonPassword(lower string) bool {
	deleet := func(s string) string {
		return strings.Map(func(r rune) rune {
			if to, ok := lookAlike(r); ok {
				return to
			}
			return r
		}, s)
	}
	trimmed := strings.TrimRightFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, common := range commonPasswords() {
		for _, candidate := range []string{lower, trimmed, deleet(lower), deleet(trimmed)} {
			if candidate == common {
				return true
			}
		}
	}
	return false
}

func lookAlike(r rune) (rune, bool) {
	switch r {
	case '0':
		return 'o', true
	case '1', '!':
		return 'i', true
	case '3':
		return 'e', true
	case '4', '@':
		return 'a', true
	case '5', '$':
		return 's', true
	case '7':
		return 't', true
	}
	return r, false
}

// commonPasswords are among the most used passphrases everywhere, plus the
// obvious ones for this app.
func commonPasswords() []string {
	return strings.Fields(`password passwort passw0rd pass letmein welcome admin login qwerty
		iloveyou loveyou love secret monkey dragon master shadow sunshine princess football
		baseball superman batman trustno1 whatever freedom hello hellothere changeme default
		summer winter spring autumn abc abcabc parley kinky kink scene safeword consent
		mypassword passphrase opensesame letmeinplease starwars charlie michael jennifer`)
}
