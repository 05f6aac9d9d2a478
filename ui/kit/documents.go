package kit

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// SummaryLine says who, when and how far along, for the landing and
// History: "Alex and Sam · scene on Friday 8 May 2026 · draft".
func SummaryLine(s persistence.NegotiationSummary) string {
	parts := []string{}
	if len(s.People) > 0 {
		parts = append(parts, JoinWords(s.People))
	}
	if !s.SceneOn.IsZero() {
		parts = append(parts, lang.L("scene on {{.Date}}", map[string]any{"Date": LongDate(s.SceneOn)}))
	}
	parts = append(parts, StateWords(negotiation.State(s.State)))
	return strings.Join(parts, " · ")
}

// StateWords names a negotiation's state for a person.
func StateWords(s negotiation.State) string {
	switch s {
	case negotiation.StateAgreed:
		return lang.L("agreed")
	case negotiation.StateSceneDone:
		return lang.L("agreed, debrief to come")
	case negotiation.StateDebriefed:
		return lang.L("debriefed")
	}
	return lang.L("draft")
}

// DocTitle is a document's title, or one made from its people's names.
func DocTitle(d negotiation.Document) string {
	names := make([]string, len(d.Participants))
	for i := range d.Participants {
		names[i] = d.DisplayName(i)
	}
	return NegotiationTitle(d.Title, names)
}

// WhoseDebriefs splits the people into those who have written their
// debrief and those still to write it, by name, in document order.
func WhoseDebriefs(d negotiation.Document, debriefs []negotiation.Debrief) (written, waiting []string) {
	missing := negotiation.MissingDebriefs(d, debriefs)
	for i, p := range d.Participants {
		if slices.Contains(missing, p.ID) {
			waiting = append(waiting, d.DisplayName(i))
		} else {
			written = append(written, d.DisplayName(i))
		}
	}
	return written, waiting
}

// DebriefsLeft says whose debriefs are still to write once someone has
// written theirs; nothing while nobody has (the line is for everyone)
// and nothing once all have. Names only: what anyone wrote stays theirs.
func DebriefsLeft(written, waiting []string) string {
	if len(written) == 0 || len(waiting) == 0 {
		return ""
	}
	return lang.L("Written so far: {{.Written}}. Still to write: {{.Waiting}}.", map[string]any{"Written": JoinWords(written), "Waiting": JoinWords(waiting)})
}
