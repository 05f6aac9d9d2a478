package kit

import (
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// The words and date formats more than one feature uses, in one place.

// NegotiationTitle is a negotiation's title, or one made from the names.
func NegotiationTitle(title string, people []string) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	var names []string
	for _, p := range people {
		if p = strings.TrimSpace(p); p != "" {
			names = append(names, p)
		}
	}
	if len(names) == 0 {
		return lang.L(negotiation.Untitled)
	}
	return lang.L("Negotiation with {{.Names}}", map[string]any{"Names": JoinWords(names)})
}

// JoinWords writes "Sam", "Sam and Alex", "Sam, Alex and Jo".
func JoinWords(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + lang.L(" and ") + names[len(names)-1]
}

// Capitalise starts a sentence with a capital letter, for sentences that
// begin with "your partner".
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// ExpiresText says how long an exchange can still wait.
func ExpiresText(e persistence.Exchange, now time.Time) string {
	days := int(math.Ceil(e.Expires.Sub(now).Hours() / 24))
	if days <= 1 {
		return lang.L("Expires within a day.")
	}
	return Plural(days, "Expires in {{.N}} day.", "Expires in {{.N}} days.", map[string]any{"N": days})
}
