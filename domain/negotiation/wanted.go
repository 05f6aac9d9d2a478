package negotiation

import "slices"

// What only some of a group want. A negotiation started from a comparison
// of three or four people brings in what all of them want as "yes" and, so
// that nothing a pair found is lost, what only a pair wants too (issue
// 17). Such an activity comes in as "not this time" with WantedBy naming
// the people who want it: the group sees it under "Only some of you", with
// who, and chooses together whether it belongs in this scene. Once chosen
// it keeps its WantedBy, so the page still says only they want it.

// WantedByOnly reports whether only some of the people want a (WantedBy
// names fewer than all of them).
func (d Document) WantedByOnly(a Activity) bool {
	n := 0
	for _, id := range d.wantedBy(a) {
		if d.ParticipantIndex(id) >= 0 {
			n++
		}
	}
	return n > 0 && n < len(d.Participants)
}

// wantedBy is a.WantedBy without repeats, in the people's order.
func (d Document) wantedBy(a Activity) []string {
	out := slices.Clone(a.WantedBy)
	slices.SortStableFunc(out, func(x, y string) int { return d.ParticipantIndex(x) - d.ParticipantIndex(y) })
	return slices.Compact(out)
}

// WantedByWords says who wants an activity only some of the people want
// ("only Alex and Sam want this"); empty Words when all of them do.
func WantedByWords(d Document, a Activity) Words {
	if !d.WantedByOnly(a) {
		return Words{}
	}
	return say("outline.wanted-by", Args{"Names": d.idsMsg(d.wantedBy(a))})
}

// AddWantedBy adds ids to the people who want the activity at index i.
func (d *Document) AddWantedBy(i int, ids ...string) {
	if i < 0 || i >= len(d.Scene.Activities) {
		return
	}
	a := &d.Scene.Activities[i]
	for _, id := range ids {
		if !slices.Contains(a.WantedBy, id) {
			a.WantedBy = append(slices.Clone(a.WantedBy), id)
		}
	}
}
