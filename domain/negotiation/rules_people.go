package negotiation

import (
	"parleyapp.org/parley/domain/message"
)

// Rules about who takes part and what is in scope.
const (
	RuleParticipantCount RuleID = "participant-count"
	RuleNoName           RuleID = "no-name"
	RuleScopeEmpty       RuleID = "scope-empty"
	RuleActivityUnnamed  RuleID = "activity-unnamed"
	RuleNewFactors       RuleID = "new-factors-unasked"
)

// checkPeople: two to four people, each with a name.
func checkPeople(d Document, _ Facts) []Finding {
	var out []Finding
	sec := sectionMsg(SectionParticipants)
	switch n := len(d.Participants); {
	case n < MinParticipants:
		noun := msg("phrase.a-negotiation", nil)
		if d.IsAgreement() {
			noun = msg("phrase.an-agreement", nil)
		}
		out = append(out, newFinding(RuleParticipantCount, Warning,
			msg("review.participant-count.too-few", Args{"ANoun": message.Capital{Value: noun}, "Section": sec}),
			at(SectionParticipants)))
	case n > MaxParticipants:
		out = append(out, newFinding(RuleParticipantCount, Warning,
			msg("review.participant-count.too-many", Args{"Section": sec}),
			at(SectionParticipants)))
	}
	for i, p := range d.Participants {
		if blank(p.Name) {
			out = append(out, newFinding(RuleNoName, Warning,
				msg("review.no-name", Args{"Name": d.displayNameMsg(i), "Section": sec}),
				at(SectionParticipants).person(i)))
		}
	}
	return out
}

// checkScope: something is in the scene, and no row is left empty.
func checkScope(d Document, _ Facts) []Finding {
	var out []Finding
	live, empty, first := 0, 0, -1
	for i, a := range d.Scene.Activities {
		switch {
		case a.Blank():
			if first < 0 {
				first = i
			}
			empty++
		case a.Status.InScope():
			live++
		}
	}
	sec := sectionMsg(SectionActivities)
	if live == 0 {
		out = append(out, newFinding(RuleScopeEmpty, Warning,
			msg("review.scope-empty", Args{"Section": sec}),
			at(SectionActivities)))
	}
	if empty > 0 {
		out = append(out, newFinding(RuleActivityUnnamed, Tip,
			message.Plural("review.activity-unnamed", empty, Args{"Section": sec}),
			at(SectionActivities).activity(first)))
	}
	return out
}

// checkNewFactors: for established partners, each person has been asked
// what is new since last time.
func checkNewFactors(d Document, _ Facts) []Finding {
	if d.Template != KindEstablished {
		return nil
	}
	var out []Finding
	for i, p := range d.Participants {
		if p.NewFactors.Empty() {
			out = append(out, newFinding(RuleNewFactors, Tip,
				msg("review.new-factors-unasked", Args{"Name": d.displayNameMsg(i), "Section": sectionMsg(SectionNewFactors)}),
				at(SectionNewFactors).person(i)))
		}
	}
	return out
}
