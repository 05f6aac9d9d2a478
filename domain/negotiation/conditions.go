package negotiation

import (
	"slices"

	"parleyapp.org/parley/domain/checklist"
)

// Conditions on an activity in the scene: the "only with…" a person's own
// Yes or Maybe to it carries on their linked checklist (a particular
// person, only after talking it over, up to an intensity). They are part
// of what the people agree, so the document keeps them beside the activity
// and the outline prints them, and the preview, the history view and the
// PDF all show them in the same words (ConditionWords).
//
// Where they come from: the editor copies them in whenever it reads a
// linked list (SetConditions). A list read again replaces that person's
// conditions, so a condition taken off the checklist leaves the draft too;
// a saved version keeps the ones it had. A protected list's conditions
// come in only after its owner typed the PIN, and the editor never saves
// them (ui/negotiate, stored): like its limits, what is derived from a
// protected list is not kept in the clear, so the preview and the page
// printed then show them, and History does not. Only scene activities
// with a catalog or custom ID carry any.

// ActivityCondition is one person's condition on an activity.
type ActivityCondition struct {
	ParticipantID string `json:"participant"`
	OnlyWith      string `json:"only_with,omitempty"`
	AfterTalking  bool   `json:"after_talking,omitempty"`
	// UpTo is the intensity ceiling's storage name ("light", "medium"), or
	// empty for none (checklist.Intensity.String).
	UpTo string `json:"up_to,omitempty"`
}

// Checklist is c as the checklist's Condition.
func (c ActivityCondition) Checklist() checklist.Condition {
	return checklist.Condition{OnlyWith: c.OnlyWith, AfterTalking: c.AfterTalking, UpTo: checklist.ParseIntensity(c.UpTo)}.Normal()
}

// SetConditions makes pid's conditions on every scene activity those of
// byActivity (by activity ID, as read from their list), in the order
// given; it reports whether anything changed.
func (d *Document) SetConditions(pid string, byActivity map[string][]checklist.Condition) bool {
	changed := false
	for i, a := range d.Scene.Activities {
		var kept []ActivityCondition
		for _, c := range a.Conditions {
			if c.ParticipantID != pid {
				kept = append(kept, c)
			}
		}
		if a.ID != "" {
			for _, c := range byActivity[a.ID] {
				if c = c.Normal(); !c.IsZero() {
					kept = append(kept, ActivityCondition{ParticipantID: pid, OnlyWith: c.OnlyWith, AfterTalking: c.AfterTalking, UpTo: c.UpTo.String()})
				}
			}
		}
		slices.SortStableFunc(kept, func(x, y ActivityCondition) int {
			return d.ParticipantIndex(x.ParticipantID) - d.ParticipantIndex(y.ParticipantID)
		})
		if !slices.Equal(kept, a.Conditions) {
			d.Scene.Activities[i].Conditions = kept
			changed = true
		}
	}
	return changed
}

// ConditionWords is one condition in a sentence ("Sam's list: only with
// Alex, and gently."), as the editor, the preview and the page say it.
func ConditionWords(d Document, c ActivityCondition) Words {
	cc := c.Checklist()
	args := Args{"Name": d.displayNameMsg(d.ParticipantIndex(c.ParticipantID)), "With": cc.OnlyWith}
	id := "outline.condition"
	if cc.OnlyWith != "" {
		id += ".with"
	}
	if cc.AfterTalking {
		id += ".talk"
	}
	switch cc.UpTo {
	case checklist.Gently:
		id, args["Rest"] = id+".up-to", msg("outline.condition.gently", nil)
	case checklist.Moderately:
		id, args["Rest"] = id+".up-to", msg("outline.condition.moderate", nil)
	}
	return say(id, args)
}

// conditionsOf are the activity's conditions whose person is still in the
// document.
func conditionsOf(d Document, a Activity) []ActivityCondition {
	var out []ActivityCondition
	for _, c := range a.Conditions {
		if d.ParticipantIndex(c.ParticipantID) >= 0 && !c.Checklist().IsZero() {
			out = append(out, c)
		}
	}
	return out
}
