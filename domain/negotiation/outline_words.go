package negotiation

import (
	"strings"
	"time"

	"parleyapp.org/parley/domain/message"
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

// The outline's words as messages. Each returns a message value whose
// British English is exactly what the string helpers above write.

// personMsg is a name with pronouns: "Alex (he/him)".
func personMsg(d Document, i int) any {
	if pr := strings.TrimSpace(d.Participants[i].Pronouns); pr != "" {
		return msg("phrase.person-with-pronouns", Args{"Name": d.displayNameMsg(i), "Pronouns": pr})
	}
	return d.displayNameMsg(i)
}

// idsMsg names participant IDs, in order, once each.
func (d Document) idsMsg(ids []string) any {
	var is []int
	seen := map[string]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			is = append(is, d.ParticipantIndex(id))
		}
	}
	return d.peopleMsg(is)
}

// whoDoesWhatMsg is whoDoesWhat as a message value; nil when nobody's
// side is set.
func whoDoesWhatMsg(d Document, a Activity) any {
	if a.Together {
		return msg("outline.who.together", nil)
	}
	var parts []any
	if len(a.Givers) > 0 {
		parts = append(parts, message.Plural("outline.who.gives", len(a.Givers), Args{"Names": d.idsMsg(a.Givers)}))
	}
	if len(a.Receivers) > 0 {
		parts = append(parts, message.Plural("outline.who.receives", len(a.Receivers), Args{"Names": d.idsMsg(a.Receivers)}))
	}
	if len(parts) == 0 {
		return nil
	}
	return message.Join{Sep: msg("outline.who.separator", nil), Items: parts}
}

// nameSpan is a person's name (or "Person 2") as a span.
func nameSpan(d Document, i int, e Emphasis) Span {
	if n := d.displayNameMsg(i); isText(n) {
		return theirs(n.(string), e)
	} else {
		return ours(words(n), e)
	}
}

func isText(v any) bool { _, ok := v.(string); return ok }

// personGroup and personRow start a person's block and table row.
func personGroup(d Document, i int) Group {
	return Group{Person: d.DisplayName(i), PersonSays: d.displayNameMsg(i)}
}

func personRow(d Document, i, cells int) TableRow {
	return TableRow{Person: d.DisplayName(i), PersonSays: d.displayNameMsg(i), Cells: make([][]Span, cells)}
}

// addIntensity is the intensity row: "Light and steady", "Medium,
// varying", or only one of the two; none when neither is set.
func addIntensity(rows []Row, s Scene) []Row {
	level := intensityWords(s.Intensity)
	var v any
	switch {
	case s.Pace == PaceSteady && level != nil:
		v = msg("outline.intensity.steady", Args{"Intensity": level})
	case s.Pace == PaceVarying && level != nil:
		v = msg("outline.intensity.varying", Args{"Intensity": level})
	case s.Pace == PaceSteady || s.Pace == PaceVarying:
		v = msg("outline.pace."+string(s.Pace), nil)
	case s.Pace != "":
		v = capFirst(string(s.Pace))
	case level != nil:
		v = level
	default:
		return rows
	}
	return append(rows, Row{Label: words(sectionMsg(SectionIntensity)), Value: []Span{ours(words(v), Plain)}})
}

func intensityWords(i Intensity) any {
	switch i {
	case IntensityLight, IntensityMedium, IntensityIntense:
		return msg("outline.intensity."+string(i), nil)
	case "":
		return nil
	}
	return capFirst(string(i))
}

// addDuration is the duration as typed, else in minutes, else "Not set
// yet".
func addDuration(rows []Row, s Scene) []Row {
	r := Row{Label: words(sectionMsg(SectionDuration)), Missing: notSet}
	if t := strings.TrimSpace(s.DurationText); t != "" {
		r.Value = []Span{theirs(capFirst(t), Plain)}
	} else if m := s.Minutes(); m > 0 {
		r.Value = []Span{ours(words(minutesMsg(m)), Plain)}
	}
	return append(rows, r)
}
