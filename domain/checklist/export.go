package checklist

import (
	"strings"

	"parleyapp.org/parley/domain/catalog"
)

// ExportWarning is said before a person's answers are written to a file,
// and is the file's first paragraph too, so whoever finds the file later
// reads it first. Parley writes such a file only when the person asks.
const ExportWarning = "This file is not encrypted: anyone who opens it can read every answer in it, hard limits and notes included. Keep it somewhere private, and delete it when you no longer need it."

// ExportText writes a person's own answers as plain text a person can
// read: the heading (the screen writes it, for example "Sam's answers,
// 2 December 2026"), the warning, then every answered activity by
// category in catalog order, each direction with its answer, "tried" when
// marked, and its note on the line below. Unanswered activities are left
// out. cat should include the person's own activities (WithCustom), which
// come under their categories like any other.
func ExportText(cat *catalog.Catalog, s *Sheet, w Words, heading string) string {
	var b strings.Builder
	b.WriteString(oneLine(heading) + "\n\n" + ExportWarning + "\n")
	for _, k := range cat.Categories {
		var lines []string
		for _, a := range cat.InCategory(k.ID) {
			lines = append(lines, activityLines(a, s, w)...)
		}
		if len(lines) > 0 {
			b.WriteString("\n" + k.Name + "\n" + strings.Join(lines, "\n") + "\n")
		}
	}
	return b.String()
}

// activityLines is one answered activity: "  Name: giving Yes; receiving
// Maybe (tried)" and an indented line per note.
func activityLines(a catalog.Activity, s *Sheet, w Words) []string {
	var answers, notes []string
	for _, d := range DirectionsOf(a) {
		e := s.Get(Key{Activity: a.ID, Direction: d})
		if e.Answer == Unanswered {
			continue
		}
		part := strings.TrimSpace(w.Direction(d) + " " + w.Answer(e.Answer))
		if e.Tried {
			part += " (tried)"
		}
		answers = append(answers, part)
		if e.Note != "" {
			notes = append(notes, "      "+strings.TrimSpace(w.Direction(d)+" note: ")+" "+oneLine(e.Note))
		}
	}
	if len(answers) == 0 {
		return nil
	}
	return append([]string{"  " + oneLine(a.Name) + ": " + strings.Join(answers, "; ")}, notes...)
}

// oneLine keeps what a person typed on one line, so the file's layout holds.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
