package negotiation

import (
	"strings"
	"testing"
)

func intox(person int, s string) func(*Document) {
	return func(d *Document) { d.Participants[person].Intoxication = s }
}

func TestCheckIntoxication(t *testing.T) {
	runRule(t, checkIntoxication, []ruleCase{
		{name: "both said nothing", want: nil},
		{name: "other ways of saying none", edit: func(d *Document) { intox(0, "No.")(d); intox(1, "nothing at all")(d) }, want: nil},
		{name: "sober", edit: intox(1, "We'll both be sober"), want: nil},
		{name: "nothing, staying sober", edit: intox(1, "Nothing; we stay sober"), want: nil},
		{name: "none, just water", edit: intox(1, "None, just water"), want: nil},
		{name: "no alcohol or drugs", edit: intox(1, "No alcohol or drugs"), want: nil},
		{name: "no alcohol, but a joint", edit: intox(1, "No alcohol, but a joint before"), want: []RuleID{RuleIntoxication}},
		{name: "nothing much, maybe a beer", edit: intox(1, "Nothing much, maybe a beer"), want: []RuleID{RuleIntoxication}},
		{name: "a glass of wine", edit: intox(1, "A glass of wine with dinner"), want: []RuleID{RuleIntoxication}},
		{name: "both drinking: one finding", edit: func(d *Document) { intox(0, "two beers")(d); intox(1, "a joint")(d) }, want: []RuleID{RuleIntoxication}},
		{name: "not asked", edit: intox(1, " "), want: []RuleID{RuleIntoxUnasked}},
		{name: "nobody asked: one reminder", edit: func(d *Document) { intox(0, "")(d); intox(1, "")(d) }, want: []RuleID{RuleIntoxUnasked}},
		{name: "one drinks, one not asked", edit: func(d *Document) { intox(0, "")(d); intox(1, "wine")(d) }, want: []RuleID{RuleIntoxication, RuleIntoxUnasked}},
	})
	d := goodDoc()
	intox(1, "A glass of wine")(&d)
	fs := checkIntoxication(d, goodFacts())
	if !strings.HasPrefix(fs[0].Message, "Sam ('A glass of wine') plans to drink or take something.") {
		t.Errorf("intoxication warning = %q", fs[0].Message)
	}
	for _, must := range []string{"consent", "pain", "gag", "rope", "fire", "judgement"} {
		if !strings.Contains(fs[0].Message, must) {
			t.Errorf("intoxication warning does not name %q: %s", must, fs[0].Message)
		}
	}
	if fs[0].Severity != Warning || fs[0].Field.Participant != 1 || fs[0].Field.Part != "intoxication" {
		t.Errorf("finding = %+v", fs[0])
	}
	intox(0, "")(&d)
	intox(1, "")(&d)
	if fs := checkIntoxication(d, goodFacts()); fs[0].Severity != Tip || !strings.Contains(fs[0].Message, "Alex and Sam") {
		t.Errorf("unanswered = %+v, want one gentle tip naming both", fs)
	}
}

func TestCheckPhysicalConditions(t *testing.T) {
	samBlank := func(d *Document) { d.Participants[1].Physical = "" }
	runRule(t, checkPhysicalConditions, []ruleCase{
		{name: "both answered", want: nil},
		{name: "none is an answer", edit: func(d *Document) { d.Participants[0].Physical = "none" }, want: nil},
		{name: "Sam blank", edit: samBlank, want: []RuleID{RulePhysicalBlank}},
		{name: "both blank: one finding", edit: func(d *Document) { samBlank(d); d.Participants[0].Physical = "" }, want: []RuleID{RulePhysicalBlank}},
	})
	cases := []struct {
		name string
		add  []Activity
		mins int
		ask  []string
		not  []string
	}{
		{"a gag raises breathing", []Activity{ballGag}, 30, []string{"asthma"}, []string{"pregnancy", "diabetes"}},
		{"electro raises the heart, epilepsy and pregnancy", []Activity{{ID: "sensation.electro", Name: "Electrical play", Status: StatusYes}}, 30,
			[]string{"pacemaker", "epilepsy", "pregnancy"}, []string{"asthma"}},
		{"suspension raises the heart and joints", []Activity{suspension}, 30, []string{"heart", "hypermobile", "Raynaud"}, nil},
		{"fear play raises the heart", []Activity{{ID: "verbal.fear-play", Name: "Fear play", Status: StatusYes}}, 30, []string{"heart"}, nil},
		{"face slapping raises contact lenses", []Activity{faceSlaps}, 30, []string{"contact lenses", "blood thinners"}, nil},
		{"tickling raises breathing", []Activity{{ID: "sensation.tickling", Name: "Tickling", Status: StatusYes}}, 30, []string{"asthma"}, nil},
		{"a long scene raises blood sugar", nil, 90, []string{"diabetes"}, nil},
		{"a hogtie raises the belly", []Activity{hogtie}, 30, []string{"pregnancy", "asthma"}, nil},
		{"play piercing raises blood thinners", []Activity{{ID: "sensation.play-piercing", Name: "Play piercing", Status: StatusYes}}, 30, []string{"blood thinners"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := goodDoc()
			samBlank(&d)
			d.Scene.Activities = append(d.Scene.Activities, c.add...)
			d.Scene.DurationMinutes, d.Scene.DurationText = c.mins, ""
			fs := checkPhysicalConditions(d, goodFacts())
			if len(fs) != 1 || fs[0].Severity != Tip {
				t.Fatalf("findings = %v, want one calm tip", fs)
			}
			for _, must := range c.ask {
				if !strings.Contains(fs[0].Message, must) {
					t.Errorf("does not ask about %q: %s", must, fs[0].Message)
				}
			}
			for _, not := range c.not {
				if strings.Contains(fs[0].Message, not) {
					t.Errorf("asks about %q without reason: %s", not, fs[0].Message)
				}
			}
		})
	}
	d := goodDoc()
	samBlank(&d)
	fs := checkPhysicalConditions(d, goodFacts())
	if !strings.HasPrefix(fs[0].Message, "Nothing is written yet about physical conditions for Sam; 'none' is a fine answer.") || fs[0].Field.Participant != 1 {
		t.Errorf("finding = %+v", fs[0])
	}
}

func TestCheckSceneDay(t *testing.T) {
	onTheDay := func(f *Facts) { f.Now = date(5, 8, 17, 0) }
	runRule(t, checkSceneDay, []ruleCase{
		{name: "days before, nothing ticked", want: nil},
		{name: "Sam unwell", edit: func(d *Document) { d.Participants[1].Today.Unwell = true }, want: []RuleID{RuleSceneDayConcern}},
		{name: "Alex exhausted and grieving", edit: func(d *Document) {
			d.Participants[0].Today = SceneDay{Exhausted: true, Grieving: true}
		}, want: []RuleID{RuleSceneDayConcern}},
		{name: "a new injury each", edit: func(d *Document) {
			d.Participants[0].Today.Injured = true
			d.Participants[1].Today.Injured = true
		}, want: []RuleID{RuleSceneDayConcern, RuleSceneDayConcern}},
		{name: "on the day, nobody checked", facts: onTheDay, want: []RuleID{RuleSceneDayToday}},
		{name: "on the day, both fine", edit: func(d *Document) {
			d.Participants[0].Today.Fine = true
			d.Participants[1].Today.Fine = true
		}, facts: onTheDay, want: nil},
		{name: "on the day, Sam unwell, Alex not checked", edit: func(d *Document) { d.Participants[1].Today.Unwell = true }, facts: onTheDay,
			want: []RuleID{RuleSceneDayConcern, RuleSceneDayToday}},
	})
	d := goodDoc()
	d.Participants[1].Today = SceneDay{Unwell: true, Exhausted: true}
	fs := checkSceneDay(d, goodFacts())
	if fs[0].Message != "Sam said today: unwell and exhausted. On a day like this, scale the scene right back or postpone it; another day will come, and choosing that is nobody's failure." || fs[0].Field.Participant != 1 {
		t.Errorf("finding = %+v", fs[0])
	}
}

func TestCheckSafeCall(t *testing.T) {
	runRule(t, checkSafeCall, []ruleCase{
		{name: "not a casual scene", want: nil},
		{name: "party, nobody knows", edit: party, want: []RuleID{RuleSafeCallMissing}},
		{name: "party, a friend but no time", edit: func(d *Document) { party(d); d.SafeCall.Friend = "Jo" }, want: []RuleID{RuleSafeCallWhen}},
		{name: "party, a friend and a plan", edit: func(d *Document) {
			party(d)
			d.SafeCall = SafeCall{Friend: "Jo", Arrangement: "Knows the address; I text by 23:00, and if I don't, Jo rings and then comes round."}
		}, want: nil},
	})
}

func TestCheckConditionMeets(t *testing.T) {
	physical := func(person int, s string) func(*Document) {
		return func(d *Document) { d.Participants[person].Physical = s }
	}
	runRule(t, checkConditionMeets, []ruleCase{
		{name: "a shoulder injury and cuffs", want: nil},
		{name: "Sam's asthma and a gag for Sam", edit: func(d *Document) { physical(1, "Asthma; inhaler by the bed")(d); addActivity(tapeGag)(d) },
			want: []RuleID{RuleConditionMeets}},
		{name: "Alex's asthma, but Sam wears the gag", edit: func(d *Document) { physical(0, "Asthma")(d); addActivity(tapeGag)(d) }, want: nil},
		{name: "a pacemaker and electrical play", edit: func(d *Document) {
			physical(1, "I have a pacemaker")(d)
			addActivity(Activity{ID: "sensation.electro", Name: "Electrical play", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}})(d)
		}, want: []RuleID{RuleConditionMeets}},
		{name: "epilepsy and wrist cuffs", edit: physical(1, "Epilepsy, well controlled"), want: []RuleID{RuleConditionMeets}},
		{name: "contact lenses and a blindfold", edit: physical(1, "I wear contact lenses"), want: []RuleID{RuleConditionMeets}},
		{name: "pregnant, and a hogtie", edit: func(d *Document) { physical(1, "Pregnant, 20 weeks")(d); addActivity(hogtie)(d) },
			want: []RuleID{RuleConditionMeets}},
		{name: "the gag kept for later", edit: func(d *Document) {
			physical(1, "Asthma")(d)
			g := tapeGag
			g.Status = StatusNotThisTime
			addActivity(g)(d)
		}, want: nil},
	})
}
