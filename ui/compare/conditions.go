package compare

import (
	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
)

// conditions are the lines shown under a matched activity: each person's
// own "only with…" condition, read from their own list on this computer
// (match.Own). Conditions never travel in an exchange, so on two computers
// each side sees only their own. Keyed by condKey.
type conditions map[string][]string

func condKey(activity, slot string) string { return activity + "|" + slot }

// conditionsOf reads, for every match of saved, the condition the person
// on each side (sides[i], with sheets[i] and names[i]) attached to the
// answer behind it. Results shown again later have none: the vault keeps
// the result, not the lists.
func conditionsOf(saved persistence.SavedComparison, sides []side, sheets []*checklist.Sheet, names []string) conditions {
	words := checklist.BritishWords().Translate(func(s string) string { return lang.L(s) })
	out := conditions{}
	for _, list := range [][]persistence.SavedMatch{saved.BothYes, saved.WorthTalking, saved.Fantasy} {
		for _, m := range list {
			mm := match.Match{Activity: m.ActivityID, Slot: match.Slot(m.Slot)}
			for i, s := range sides {
				role := match.Starter
				if s == responderSide {
					role = match.Responder
				}
				_, e, ok := match.Own(sheets[i], m.ActivityID, mm.Direction(role))
				if c := e.Conditions(); ok && !c.IsZero() {
					key := condKey(m.ActivityID, m.Slot)
					out[key] = append(out[key], lang.L("{{.Name}}: {{.Condition}}", map[string]any{"Name": names[i], "Condition": words.Condition(c)}))
				}
			}
		}
	}
	return out
}
