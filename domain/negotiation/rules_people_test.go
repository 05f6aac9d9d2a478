package negotiation

import (
	"strings"
	"testing"
)

func TestCheckPeople(t *testing.T) {
	runRule(t, checkPeople, []ruleCase{
		{name: "two named people", want: nil},
		{name: "one person", edit: func(d *Document) { d.Participants = d.Participants[:1] }, want: []RuleID{RuleParticipantCount}},
		{name: "five people", edit: func(d *Document) {
			for _, id := range []string{"p3", "p4", "p5"} {
				d.Participants = append(d.Participants, Participant{ID: id, Name: id})
			}
		}, want: []RuleID{RuleParticipantCount}},
		{name: "four people", edit: func(d *Document) {
			d.Participants = append(d.Participants, Participant{ID: "p3", Name: "Jo"}, Participant{ID: "p4", Name: "Kim"})
		}, want: nil},
		{name: "no names", edit: func(d *Document) { d.Participants[0].Name, d.Participants[1].Name = "", " " },
			want: []RuleID{RuleNoName, RuleNoName}},
	})
	d := goodDoc()
	d.Participants[1].Name = ""
	fs := checkPeople(d, goodFacts())
	if fs[0].Field.Participant != 1 || !strings.HasPrefix(fs[0].Message, "Person 2 has no name yet.") {
		t.Errorf("finding = %+v", fs[0])
	}
}

func TestCheckScope(t *testing.T) {
	runRule(t, checkScope, []ruleCase{
		{name: "activities in scope", want: nil},
		{name: "everything excluded", edit: func(d *Document) {
			for i := range d.Scene.Activities {
				d.Scene.Activities[i].Status = StatusNotThisTime
			}
		}, want: []RuleID{RuleScopeEmpty}},
		{name: "an empty row", edit: addActivity(Activity{Status: StatusYes}), want: []RuleID{RuleActivityUnnamed}},
		{name: "a fresh first-scene template", edit: func(d *Document) {
			d.Scene.Activities = FirstScene(nil, date(5, 1, 0, 0)).Scene.Activities
		}, want: []RuleID{RuleScopeEmpty, RuleActivityUnnamed}},
	})
	d := goodDoc()
	d.Scene.Activities = FirstScene(nil, date(5, 1, 0, 0)).Scene.Activities
	fs := checkScope(d, goodFacts())
	if fs[1].Message != "There are 5 empty rows in What we're doing. Fill them in or remove them." || fs[1].Field.Activity != 0 {
		t.Errorf("empty rows finding = %+v", fs[1])
	}
}

func TestCheckNewFactors(t *testing.T) {
	established := func(d *Document) { d.Template = KindEstablished }
	runRule(t, checkNewFactors, []ruleCase{
		{name: "not a renegotiation", want: nil},
		{name: "nobody asked", edit: established, want: []RuleID{RuleNewFactors, RuleNewFactors}},
		{name: "Sam answered", edit: func(d *Document) {
			established(d)
			d.Participants[1].NewFactors.Events = "Nothing new."
		}, want: []RuleID{RuleNewFactors}},
	})
}
