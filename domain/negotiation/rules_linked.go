package negotiation

import "parleyapp.org/parley/domain/message"

// Rules about the checklists the people are linked to (Participant.
// ProfileID): a limit on a person's own list reaches the review whether or
// not it was brought into the document, so the printed page never hides a
// hard limit that someone forgot to copy across.
const (
	RuleLinkedHardInScope RuleID = "linked-hard-limit-in-scope"
	RuleLinkedSoftInScope RuleID = "linked-soft-limit-in-scope"
	RuleLinkedNoneWritten RuleID = "linked-hard-limits-not-written"
	RuleLinkedUnchecked   RuleID = "linked-list-not-checked"
	RuleHiddenLimits      RuleID = "protected-limits-hidden"
)

// coveredBy reports whether the scene activity k is already reported for
// this person by one of the document's own limits.
func coveredBy(m scopeMatcher, items []LimitItem, personID string, k int) bool {
	for _, it := range items {
		for _, h := range m.hits(it, personID) {
			if h == k {
				return true
			}
		}
	}
	return false
}

// checkLinkedHard: nothing in scope is a hard limit on a linked person's
// own checklist. It blocks printing, like a hard limit written in the
// document (which checkHardLimits reports; those are not said twice).
func checkLinkedHard(d Document, f Facts) []Finding {
	return eachLinkedHit(d, f, func(l Limits) []LimitItem { return l.Hard },
		func(m scopeMatcher, p Participant, _ Limits, k int) bool { return coveredBy(m, p.Limits.Hard, p.ID, k) },
		func(i, k int, _ LimitItem) Finding {
			return newFinding(RuleLinkedHardInScope, BlocksPrinting,
				msg("review.linked-hard-limit-in-scope", Args{"Activity": message.Capital{Value: d.Scene.Activities[k].nameMsg()}, "Name": d.displayNameMsg(i), "Section": sectionMsg(SectionActivities)}),
				at(SectionActivities).activity(k).person(i))
		})
}

// checkLinkedSoft: an activity in scope that a linked person's checklist
// says "not now" to is worth talking about, unless the document already
// has it as one of their limits.
func checkLinkedSoft(d Document, f Facts) []Finding {
	return eachLinkedHit(d, f, func(l Limits) []LimitItem { return l.Soft },
		func(m scopeMatcher, p Participant, linked Limits, k int) bool {
			return coveredBy(m, p.Limits.Soft, p.ID, k) || coveredBy(m, p.Limits.Hard, p.ID, k) || coveredBy(m, linked.Hard, p.ID, k)
		},
		func(i, k int, it LimitItem) Finding {
			id := "review.linked-soft-limit-in-scope.not-now"
			if it.IsFantasy() {
				id = "review.linked-soft-limit-in-scope.fantasy"
			}
			return newFinding(RuleLinkedSoftInScope, Warning,
				msg(id, Args{"Activity": message.Capital{Value: d.Scene.Activities[k].nameMsg()}, "Name": d.displayNameMsg(i), "Section": sectionMsg(SectionLimits)}),
				at(SectionLimits).person(i).part("soft"))
		})
}

// eachLinkedHit finds, for every participant linked to a checklist, the
// scene activities k that one of the list's items (pick) hits, once each
// and unless covered, and makes a finding of each (participant i).
func eachLinkedHit(d Document, f Facts, pick func(Limits) []LimitItem,
	covered func(m scopeMatcher, p Participant, linked Limits, k int) bool, finding func(i, k int, it LimitItem) Finding) []Finding {
	var out []Finding
	m := newScopeMatcher(d)
	for i, p := range d.Participants {
		linked, ok := f.Linked[p.ID]
		if !ok || p.ProfileID == "" {
			continue
		}
		seen := map[int]bool{}
		for _, it := range pick(linked) {
			for _, k := range m.hits(it, p.ID) {
				if seen[k] || covered(m, p, linked, k) {
					continue
				}
				seen[k] = true
				out = append(out, finding(i, k, it))
			}
		}
	}
	return out
}

// checkLinkedNoneWritten: a linked person whose checklist has hard limits
// but whose hard limits here read "None written". Which limits go into a
// shared document is that person's choice, so this is a warning and it
// names none of them.
func checkLinkedNoneWritten(d Document, f Facts) []Finding {
	var out []Finding
	for i, p := range d.Participants {
		linked, ok := f.Linked[p.ID]
		if !ok || p.ProfileID == "" || len(p.HiddenLimits) > 0 || !anyWritten(linked.Hard) || anyWritten(p.Limits.Hard) {
			continue
		}
		out = append(out, newFinding(RuleLinkedNoneWritten, Warning,
			msg("review.linked-hard-limits-not-written", Args{"Name": d.displayNameMsg(i)}),
			at(SectionLimits).person(i).part("hard")))
	}
	return out
}

func anyWritten(items []LimitItem) bool {
	for _, it := range items {
		if !it.Blank() {
			return true
		}
	}
	return false
}

// checkLinkedUnchecked: a linked list that could not be read for this
// review blocks printing, with the reason: the check waits for it.
func checkLinkedUnchecked(d Document, f Facts) []Finding {
	return uncheckedFindings(d, f, "review.linked-list-not-checked.protected", "review.linked-list-not-checked.unreadable")
}

// uncheckedFindings is the finding for each linked list the review could
// not read, a scene's or an agreement's: said with the protected message
// when the list waits for its PIN, the unreadable one otherwise.
func uncheckedFindings(d Document, f Facts, protected, unreadable string) []Finding {
	var out []Finding
	for i, p := range d.Participants {
		why, ok := f.Unchecked[p.ID]
		if !ok || p.ProfileID == "" || (why == UncheckedProtected && len(p.HiddenLimits) > 0) {
			continue // (hidden limits block already, and the same PIN settles both)
		}
		id := protected
		if why == UncheckedUnreadable {
			id = unreadable
		}
		out = append(out, newFinding(RuleLinkedUnchecked, BlocksPrinting, msg(id, Args{"Name": d.displayNameMsg(i)}), at(SectionLimits).person(i).part("linked")))
	}
	return out
}

// checkHiddenLimits: limits still sealed to a protected list cannot be
// checked or printed, so they block until their owner shows them.
func checkHiddenLimits(d Document, _ Facts) []Finding {
	var out []Finding
	for i, p := range d.Participants {
		if len(p.HiddenLimits) == 0 {
			continue
		}
		out = append(out, newFinding(RuleHiddenLimits, BlocksPrinting,
			msg("review.protected-limits-hidden", Args{"Name": d.displayNameMsg(i)}),
			at(SectionLimits).person(i).part("hidden")))
	}
	return out
}
