package match

import (
	"slices"
	"strings"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// A person's conditions ("only with…") and notes never travel in an
// exchange. Beside a match, Parley shows them only from the person's own
// list, on their own computer: Direction and Sides say which of the
// person's answers a match came from, and Own finds it on their sheet.

// Direction is the direction the person on side role answered for the
// match to arise: the inverse of the slot rule in Tokens.
func (m Match) Direction(role Role) checklist.Direction {
	switch {
	case m.Slot == SlotTogether:
		return checklist.Together
	case (m.Slot == SlotStarterGives) == (role == Starter):
		return checklist.Giving
	}
	return checklist.Receiving
}

// Sides lists the directions in which the group's person (by position)
// takes part in a group match: Together, or Giving and/or Receiving.
func (m GroupMatch) Sides(person int) []checklist.Direction {
	if m.Together {
		return []checklist.Direction{checklist.Together}
	}
	var out []checklist.Direction
	if slices.Contains(m.Givers, person) {
		out = append(out, checklist.Giving)
	}
	if slices.Contains(m.Receivers, person) {
		out = append(out, checklist.Receiving)
	}
	return out
}

// Own finds the person's own entry behind a matched activity in direction
// d: the sheet's key (for an activity of their own, the one whose name
// normalises to the match's) and what they said, with its note and
// condition. It reports false when the sheet has no such entry.
func Own(sheet *checklist.Sheet, activity string, d checklist.Direction) (checklist.Key, checklist.Entry, bool) {
	if !strings.HasPrefix(activity, "custom:") {
		k := checklist.Key{Activity: activity, Direction: d}
		e := sheet.Get(k)
		return k, e, e.Answer != checklist.Unanswered
	}
	for _, k := range sheet.Keys() {
		if name, ok := strings.CutPrefix(k.Activity, "custom:"); ok && k.Direction == d && catalog.CustomID(name) == activity {
			if e := sheet.Get(k); e.Answer != checklist.Unanswered {
				return k, e, true
			}
		}
	}
	return checklist.Key{}, checklist.Entry{}, false
}
