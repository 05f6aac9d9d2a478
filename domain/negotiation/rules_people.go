package negotiation

import (
	"fmt"
	"strconv"
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
	sec := SectionParticipants.Label()
	switch n := len(d.Participants); {
	case n < MinParticipants:
		out = append(out, Finding{RuleParticipantCount, Warning,
			fmt.Sprintf("%s is between at least two people. Add the other person in %s.", capFirst(d.aNoun()), sec),
			at(SectionParticipants)})
	case n > MaxParticipants:
		out = append(out, Finding{RuleParticipantCount, Warning,
			fmt.Sprintf("The document is made for up to four people. Take someone out in %s, or write a separate document with them.", sec),
			at(SectionParticipants)})
	}
	for i, p := range d.Participants {
		if blank(p.Name) {
			out = append(out, Finding{RuleNoName, Warning,
				fmt.Sprintf("%s has no name yet. Write one in %s (a first name or a scene name is fine), so the page says who agreed to what.", d.DisplayName(i), sec),
				at(SectionParticipants).person(i)})
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
	sec := SectionActivities.Label()
	if live == 0 {
		out = append(out, Finding{RuleScopeEmpty, Warning,
			fmt.Sprintf("Nothing is in the scene yet. Add what you are doing in %s, as specifically as you can.", sec),
			at(SectionActivities)})
	}
	if empty > 0 {
		rows, them := "is 1 empty row", "it"
		if empty > 1 {
			rows, them = "are "+strconv.Itoa(empty)+" empty rows", "them"
		}
		out = append(out, Finding{RuleActivityUnnamed, Tip,
			fmt.Sprintf("There %s in %s. Fill %s in or remove %s.", rows, sec, them, them),
			at(SectionActivities).activity(first)})
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
			out = append(out, Finding{RuleNewFactors, Tip,
				fmt.Sprintf("Nothing is written yet about what is new for %s since last time. Ask about medication, health and recent events in %s; 'nothing new' is a fine answer.", d.DisplayName(i), SectionNewFactors.Label()),
				at(SectionNewFactors).person(i)})
		}
	}
	return out
}
