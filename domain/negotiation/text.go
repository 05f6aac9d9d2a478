package negotiation

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"parleyapp.org/parley/domain/catalog"
)

// normText is how limits and activities are compared by name: the catalog's
// normalisation, without punctuation, and with a plural "s" dropped from
// each word ("Gags" matches "gag", "clothes pegs" matches "clothes peg").
func normText(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
			return r
		}
		return ' '
	}, s)
	words := strings.Fields(catalog.NormaliseName(s))
	for i, w := range words {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = strings.TrimSuffix(w, "s")
		}
	}
	return strings.Join(words, " ")
}

// blank reports whether s holds only white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// joinNames writes "Sam", "Sam and Alex", "Sam, Alex and Jo".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// dayNumber counts calendar days, so two times on the same date in loc
// have the same number.
func dayNumber(t time.Time, loc *time.Location) int {
	y, m, d := t.In(loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// sameDay reports whether a and b fall on the same date where b is.
func sameDay(a, b time.Time) bool {
	return dayNumber(a, b.Location()) == dayNumber(b, b.Location())
}

// dateOnly reports whether t carries no time of day (midnight exactly),
// which is how a date without a time is stored.
func dateOnly(t time.Time) bool {
	h, m, s := t.Clock()
	return h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0
}

// capFirst upper-cases the first letter, for a name opening a sentence.
func capFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}
