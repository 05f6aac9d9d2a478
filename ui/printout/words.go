package printout

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"parley/domain/negotiation"
)

// The safeword rule printed in a box on every negotiation printout.
const (
	SafewordRuleTitle = "A safeword always stops the scene"
	SafewordRule      = "Whoever says the safeword or gives the signal, the scene stops straight away. " +
		"Nobody asks \u201care you sure?\u201d and nobody finishes what they were doing. " +
		"Stop, check in with each other, then move on to aftercare."
)

// longDate writes "Friday 20 November 2026".
func longDate(t time.Time) string { return t.Format("Monday 2 January 2006") }

// dateAndTime is longDate, with ", 20:00" when t carries a time of day.
func dateAndTime(t time.Time) string {
	h, m, s := t.Clock()
	if h == 0 && m == 0 && s == 0 {
		return longDate(t)
	}
	return longDate(t) + ", " + t.Format("15:04")
}

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

// namesOf names participant IDs, in order, once each.
func namesOf(d negotiation.Document, ids []string) string {
	var names []string
	seen := map[string]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			names = append(names, d.NameOf(id))
		}
	}
	return joinNames(names)
}

// whoDoesWhat writes who gives and who receives an activity in words:
// "Sam gives, Alex receives", "together", or "" when nobody's side is set.
func whoDoesWhat(d negotiation.Document, a negotiation.Activity) string {
	if a.Together {
		return "together"
	}
	var parts []string
	if len(a.Givers) > 0 {
		parts = append(parts, namesOf(d, a.Givers)+verb(a.Givers, " gives", " give"))
	}
	if len(a.Receivers) > 0 {
		parts = append(parts, namesOf(d, a.Receivers)+verb(a.Receivers, " receives", " receive"))
	}
	return strings.Join(parts, ", ")
}

func verb(ids []string, one, many string) string {
	if len(ids) == 1 {
		return one
	}
	return many
}

// person writes a name with pronouns: "Alex (he/him)".
func person(d negotiation.Document, i int) string {
	name := d.DisplayName(i)
	if pr := strings.TrimSpace(d.Participants[i].Pronouns); pr != "" {
		name += " (" + pr + ")"
	}
	return name
}

// capFirst upper-cases the first letter.
func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// clean trims a person's text; a template's untouched example counts as
// nothing written.
func clean(s string) string {
	s = strings.TrimSpace(s)
	if s == negotiation.ExtractionSignalExample || s == negotiation.ExtractionPlanExample {
		return ""
	}
	return s
}

// intensityText writes "Light and steady" or "Medium, varying"; "" when
// neither is set.
func intensityText(s negotiation.Scene) string {
	text := capFirst(string(s.Intensity))
	switch {
	case s.Pace == negotiation.PaceSteady && text != "":
		text += " and steady"
	case s.Pace == negotiation.PaceVarying && text != "":
		text += ", varying"
	case s.Pace != "":
		text = capFirst(string(s.Pace))
	}
	return text
}

// durationText is the duration as typed, else in minutes; "" when unset.
func durationText(s negotiation.Scene) string {
	if t := strings.TrimSpace(s.DurationText); t != "" {
		return capFirst(t)
	}
	switch m := s.Minutes(); {
	case m == 1:
		return "1 minute"
	case m > 0:
		return strconv.Itoa(m) + " minutes"
	}
	return ""
}

// joinNonEmpty joins the parts that are not blank.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// sentences joins notes as sentences: "Upper back only. Can leave marks."
func sentences(notes ...string) string {
	var out []string
	for _, n := range notes {
		n = strings.TrimRight(strings.TrimSpace(n), ".;, ")
		if n == "" {
			continue
		}
		if !strings.HasSuffix(n, "?") && !strings.HasSuffix(n, "!") {
			n += "."
		}
		out = append(out, capFirst(n))
	}
	return strings.Join(out, " ")
}
