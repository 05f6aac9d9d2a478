package negotiate

import (
	"parleyapp.org/parley/domain/negotiation"
)

// conditionLines says, beside an activity in the scene, the conditions a
// linked person's own list puts on their Yes or Maybe to it ("only
// with…", after talking, up to an intensity), one line per person and
// condition, in the order of the people. Only the person's own linked
// list is read (with their PIN when it is protected), as for the checks.
// The words are the outline's (negotiation.ConditionWords), so the form,
// the preview and the page say the same.
func (ed *negEditor) conditionLines(activityID string) []string {
	if activityID == "" {
		return nil
	}
	var out []string
	for _, p := range ed.doc.Participants {
		for _, c := range ed.conds[p.ID][activityID] {
			ac := negotiation.ActivityCondition{ParticipantID: p.ID, OnlyWith: c.OnlyWith, AfterTalking: c.AfterTalking, UpTo: c.UpTo.String()}
			out = append(out, negotiation.ConditionWords(ed.doc, ac).In(ed.env.Lang).Text)
		}
	}
	return out
}

// stored is the draft as the vault keeps it: without the conditions of a
// protected list, which are derived from it and so are never written in
// the clear (docs/threat-model.md). They stay in the open editor, its
// preview and the page printed from it, and come back after the PIN.
func (ed *negEditor) stored() negotiation.Document {
	doc := ed.doc.Clone()
	for pid := range ed.sealed {
		doc.SetConditions(pid, nil)
	}
	return doc
}

// syncConditions copies the conditions read from the linked lists into
// the draft (negotiation.Document.SetConditions), so the preview, the
// history view and the printed page show them; it reports whether the
// draft changed. A protected list's conditions are here only once its
// owner has typed the PIN in this editor, when they also appear beside
// the activity on screen, and they are never saved (stored).
func (ed *negEditor) syncConditions() bool {
	changed := false
	for _, p := range ed.doc.Participants {
		if conds, ok := ed.conds[p.ID]; ok && ed.doc.SetConditions(p.ID, conds) {
			changed = true
		}
	}
	return changed
}
