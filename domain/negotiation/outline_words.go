package negotiation

import (
	"strconv"
	"strings"
	"time"
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

// namesOf names participant IDs, in order, once each.
func namesOf(d Document, ids []string) string {
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
func whoDoesWhat(d Document, a Activity) string {
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
func person(d Document, i int) string {
	name := d.DisplayName(i)
	if pr := strings.TrimSpace(d.Participants[i].Pronouns); pr != "" {
		name += " (" + pr + ")"
	}
	return name
}

// clean trims a person's text; a template's untouched example counts as
// nothing written.
func clean(s string) string {
	s = strings.TrimSpace(s)
	if s == ExtractionSignalExample || s == ExtractionPlanExample {
		return ""
	}
	return s
}

// intensityText writes "Light and steady" or "Medium, varying"; "" when
// neither is set.
func intensityText(s Scene) string {
	text := capFirst(string(s.Intensity))
	switch {
	case s.Pace == PaceSteady && text != "":
		text += " and steady"
	case s.Pace == PaceVarying && text != "":
		text += ", varying"
	case s.Pace != "":
		text = capFirst(string(s.Pace))
	}
	return text
}

// durationText is the duration as typed, else in minutes; "" when unset.
func durationText(s Scene) string {
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
