package match

import (
	"reflect"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

// Each person finds their own condition behind a match, from their own
// sheet, in the direction they answered; a custom activity by its name as
// they spelt it.
func TestEachPersonFindsTheirOwnConditionBehindAMatch(t *testing.T) {
	c := fakeCatalog()
	sam := sheetOf("act-01/giving=yes", "custom:Tea  Party/together=yes", "act-03/together=fantasy")
	sam.SetCondition(checklist.Key{Activity: "act-01", Direction: checklist.Giving}, checklist.Condition{OnlyWith: "Alex", UpTo: checklist.Gently})
	sam.SetCondition(checklist.Key{Activity: "custom:Tea  Party", Direction: checklist.Together}, checklist.Condition{AfterTalking: true})
	alex := sheetOf("act-01/receiving=maybe", "custom:tea party/together=yes", "act-03/together=yes")
	alex.SetCondition(checklist.Key{Activity: "act-01", Direction: checklist.Receiving}, checklist.Condition{AfterTalking: true})
	res, err := Compare(seeded(4), c, Person{Sheet: sam, Maybes: true, Fantasies: true}, Person{Sheet: alex, Maybes: true, Fantasies: true})
	if err != nil {
		t.Fatal(err)
	}
	all := append(append(append([]Match{}, res.BothYes...), res.WorthTalking...), res.Fantasy...)
	got := map[string][2]checklist.Condition{}
	for _, m := range all {
		var pair [2]checklist.Condition
		for i, side := range []struct {
			role  Role
			sheet *checklist.Sheet
		}{{Starter, sam}, {Responder, alex}} {
			_, e, ok := Own(side.sheet, m.Activity, m.Direction(side.role))
			if !ok {
				t.Fatalf("%v: no own entry behind %+v", side.role, m)
			}
			pair[i] = e.Conditions()
		}
		got[m.Activity] = pair
	}
	want := map[string][2]checklist.Condition{
		"act-01":           {{OnlyWith: "Alex", UpTo: checklist.Gently}, {AfterTalking: true}},
		"custom:tea party": {{AfterTalking: true}, {}},
		"act-03":           {{}, {}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("conditions behind the matches\n got  %+v\n want %+v", got, want)
	}
	if _, _, ok := Own(sam, "act-09", checklist.Together); ok {
		t.Error("an unanswered activity has an own entry")
	}
}

func TestGroupMatchSides(t *testing.T) {
	m := GroupMatch{Givers: []int{0, 2}, Receivers: []int{1, 2}}
	for p, want := range map[int][]checklist.Direction{
		0: {checklist.Giving}, 1: {checklist.Receiving}, 2: {checklist.Giving, checklist.Receiving}, 3: nil,
	} {
		if got := m.Sides(p); !reflect.DeepEqual(got, want) {
			t.Errorf("person %d: %v, want %v", p, got, want)
		}
	}
	if got := (GroupMatch{Together: true}).Sides(1); !reflect.DeepEqual(got, []checklist.Direction{checklist.Together}) {
		t.Errorf("together: %v", got)
	}
}
