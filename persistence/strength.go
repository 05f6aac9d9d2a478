package persistence

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ccojocar/zxcvbn-go"
	"github.com/ccojocar/zxcvbn-go/match"

	"parleyapp.org/parley/domain/message"
)

// PasswordStrength gives an honest estimate of how hard a passphrase is to
// guess, from 0 (guessed at once) to 4 (very hard), and a plain sentence
// for the person choosing it, as a message the screen renders in its
// language (StrengthMessages; it never holds the passphrase). The estimate
// is zxcvbn's (see the package doc, "Passphrase strength"); the sentence
// is Parley's own, chosen from what zxcvbn found. It is a hint, not a rule: Parley accepts any
// non-empty vault passphrase (a protected list's PIN must reach "good").
func PasswordStrength(p string) (score int, hint message.Msg) {
	if p == "" {
		return 0, message.New("strength.empty", nil)
	}
	if looksLikeDate(p) {
		return 0, message.New("strength.date", nil)
	}
	rated := ratedPart(p)
	r := zxcvbn.PasswordStrength(rated, nil)
	score = min(r.Score, scoreBits(r.Entropy))
	if utf8.RuneCountInString(p) < 8 {
		score = min(score, 1)
	}
	if score <= 2 {
		if why := weakness(rated, r.MatchSequence); why.ID != "" {
			return score, why
		}
	}
	return score, message.New(fmt.Sprintf("strength.score.%d", score), nil)
}

// StrengthMessages are the British English sources of PasswordStrength's
// sentences, for the message catalogue (internal/i18n/extract). IDs are
// stable; "strength.score.N" is the general sentence for score N.
var StrengthMessages = []message.Source{
	{ID: "strength.score.0", Other: "This would be guessed almost at once. A few unrelated words are much stronger."},
	{ID: "strength.score.1", Other: "Weak: this could be guessed quickly. Add another word or a few more characters."},
	{ID: "strength.score.2", Other: "Fair: another word or a few more characters would make it much harder to guess."},
	{ID: "strength.score.3", Other: "Good: this would take a long time to guess."},
	{ID: "strength.score.4", Other: "Strong: this would be very hard to guess. Make sure you will remember it."},
	{ID: "strength.empty", Other: "Type a passphrase to see how strong it is."},
	{ID: "strength.date", Other: "Dates, birthdays above all, are among the first things anyone tries. A few unrelated words are much stronger."},
	{ID: "strength.digits", Other: "A number is quick to guess, even for a computer. Use words, or a much longer mix of characters."},
	{ID: "strength.short", Other: "This is short, so it could be guessed quickly. A few unrelated words are both stronger and easier to remember."},
	{ID: "strength.repeat", Other: "Repeated characters or patterns are quick to guess. A few unrelated words are much stronger."},
	{ID: "strength.sequence", Other: "Runs of neighbouring letters, digits or keys are quick to guess. A few unrelated words are much stronger."},
	{ID: "strength.common", Other: "This is close to one of the first passphrases anyone would try. Choose something only you would think of."},
	{ID: "strength.names", Other: "Names are among the first things anyone tries. Add a few unrelated words."},
	{ID: "strength.words", Other: "One ordinary word, or two, is quick to guess. Add another unrelated word or two."},
}

// maxRated is how many characters zxcvbn is given. Its matching time grows
// with the cube of the length (1,000 characters took 11 s here, on the UI
// goroutine at every key press), while 64 take a few milliseconds and are
// "strong" already unless they are one pattern; a longer passphrase is
// rated by its beginning, which can only make the estimate more careful.
const maxRated = 64

// ratedPart is the beginning of p that zxcvbn rates.
func ratedPart(p string) string {
	n := 0
	for i := range p {
		if n == maxRated {
			return p[:i]
		}
		n++
	}
	return p
}

// scoreBits is Parley's bar on zxcvbn's estimate (bits: the base-2
// logarithm of the guesses needed). "Good" needs 40 bits and "strong" 52,
// stricter than zxcvbn's own score at the top, because a copied vault is
// guessed offline with no limit of time (ui/people_pin.go says what that
// costs an attacker).
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

// weakness names, in a sentence, the pattern that makes a weak passphrase
// weak: the longest pattern zxcvbn found, when it covers at least half of
// the passphrase. It is the zero Msg when nothing stands out.
func weakness(p string, found []match.Match) message.Msg {
	if onlyDigits(p) {
		return message.New("strength.digits", nil)
	}
	var longest match.Match
	for _, m := range found {
		if m.Pattern != "bruteforce" && len(m.Token) > len(longest.Token) {
			longest = m
		}
	}
	if 2*len(longest.Token) < len(p) {
		if utf8.RuneCountInString(p) < 8 {
			return message.New("strength.short", nil)
		}
		return message.Msg{}
	}
	switch longest.Pattern {
	case "repeat":
		return message.New("strength.repeat", nil)
	case "sequence", "spatial":
		return message.New("strength.sequence", nil)
	case "date":
		return message.New("strength.date", nil)
	}
	nearlyAll := 4*len(longest.Token) >= 3*len(p) // the rest is a digit or two, or punctuation
	switch {
	case longest.DictionaryName == "Passwords" && nearlyAll:
		return message.New("strength.common", nil)
	case strings.HasSuffix(longest.DictionaryName, "Names") && nearlyAll, longest.DictionaryName == "Surname" && nearlyAll:
		return message.New("strength.names", nil)
	}
	return message.New("strength.words", nil)
}

func onlyDigits(p string) bool {
	for _, r := range p {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// looksLikeDate: the whole passphrase is a calendar date written in one of
// the usual ways (14031990, 14/03/1990, 1990-03-14, 14.3.90). zxcvbn's Go
// port misses most of these, and a birth date is the first guess anyone
// who knows the person makes.
func looksLikeDate(p string) bool {
	for _, layout := range []string{
		"02012006", "01022006", "20060102", "020106", "010206",
		"02/01/2006", "01/02/2006", "2006/01/02", "2/1/2006", "02/01/06", "2/1/06",
		"02-01-2006", "01-02-2006", "2006-01-02", "2-1-2006", "02-01-06",
		"02.01.2006", "2.1.2006", "02.01.06", "2.1.06",
	} {
		if _, err := time.Parse(layout, strings.TrimSpace(p)); err == nil {
			return true
		}
	}
	return false
}
