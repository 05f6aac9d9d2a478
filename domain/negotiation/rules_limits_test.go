package negotiation

import "testing"

func addActivity(a Activity) func(*Document) {
	return func(d *Document) { d.Scene.Activities = append(d.Scene.Activities, a) }
}

func TestCheckHardLimits(t *testing.T) {
	gag := Activity{ID: "gag", Name: "ball gag", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}}
	runRule(t, checkHardLimits, []ruleCase{
		{name: "nothing in scope is a hard limit", want: nil},
		{name: "matched by activity ID", edit: addActivity(gag), want: []RuleID{RuleHardLimitInScope}},
		{name: "let's try is in scope too", edit: func(d *Document) {
			g := gag
			g.Status = StatusTry
			addActivity(g)(d)
		}, want: []RuleID{RuleHardLimitInScope}},
		{name: "an empty status counts as in scope", edit: func(d *Document) {
			g := gag
			g.Status = ""
			addActivity(g)(d)
		}, want: []RuleID{RuleHardLimitInScope}},
		{name: "not this time is an exclusion, not a problem", edit: func(d *Document) {
			g := gag
			g.Status = StatusNotThisTime
			addActivity(g)(d)
		}, want: nil},
		{name: "matched by name ignoring case and punctuation", edit: addActivity(CustomActivity("Name Calling", StatusYes)),
			want: []RuleID{RuleHardLimitInScope}},
		{name: "matched by name ignoring a plural", edit: func(d *Document) {
			d.Participants[1].Limits.Hard = []LimitItem{{Text: "Gags"}}
			addActivity(CustomActivity("gag", StatusYes))(d)
		}, want: []RuleID{RuleHardLimitInScope}},
		{name: "a different activity does not match", edit: addActivity(CustomActivity("gagging sounds", StatusYes)), want: nil},
		{name: "anyone's hard limit blocks, even if they are not involved", edit: func(d *Document) {
			d.Participants = append(d.Participants, Participant{ID: "p3", Name: "Jo"})
			addActivity(Activity{Name: "name calling", Status: StatusYes, Givers: []string{"p3"}, Receivers: []string{"p2"}})(d)
		}, want: []RuleID{RuleHardLimitInScope}},
		{name: "a receiving-only limit does not stop the person giving", edit: func(d *Document) {
			d.Participants[1].Limits.Hard = []LimitItem{{ActivityID: "spanking", Side: SideReceiving, Text: "Spanking"}}
			addActivity(Activity{ID: "spanking", Name: "Spanking", Status: StatusYes, Givers: []string{"p2"}, Receivers: []string{"p1"}})(d)
		}, want: nil},
		{name: "a receiving-only limit blocks receiving", edit: func(d *Document) {
			d.Participants[1].Limits.Hard = []LimitItem{{ActivityID: "spanking", Side: SideReceiving, Text: "Spanking"}}
			addActivity(Activity{ID: "spanking", Name: "Spanking", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}})(d)
		}, want: []RuleID{RuleHardLimitInScope}},
		{name: "a one-sided limit blocks while sides are unset", edit: func(d *Document) {
			d.Participants[1].Limits.Hard = []LimitItem{{ActivityID: "spanking", Side: SideGiving, Text: "Spanking"}}
			addActivity(Activity{ID: "spanking", Name: "Spanking", Status: StatusYes})(d)
		}, want: []RuleID{RuleHardLimitInScope}},
		{name: "blank rows match nothing", edit: func(d *Document) {
			d.Participants[1].Limits.Hard = append(d.Participants[1].Limits.Hard, LimitItem{Text: "  "})
			addActivity(Activity{Status: StatusYes})(d)
		}, want: nil},
		{name: "one finding per limit and activity", edit: func(d *Document) {
			addActivity(gag)(d)
			addActivity(CustomActivity("name-calling", StatusTry))(d)
		}, want: []RuleID{RuleHardLimitInScope, RuleHardLimitInScope}},
	})
}

func TestHardLimitFindingPointsAtActivityAndLimit(t *testing.T) {
	d := goodDoc()
	d.Participants[1].Limits.Hard = append([]LimitItem{{Text: "tickling"}}, d.Participants[1].Limits.Hard...)
	d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "gag", Name: "ball gag", Status: StatusYes})
	fs := checkHardLimits(d, goodFacts())
	if len(fs) != 1 {
		t.Fatalf("findings = %v", fs)
	}
	f := fs[0]
	want := FieldRef{Section: SectionActivities, Participant: 1, Activity: 4, Item: 1, Part: "hard"}
	if f.Field != want || f.Severity != BlocksPrinting {
		t.Errorf("field = %+v severity %s, want %+v blocking", f.Field, f.Severity, want)
	}
	if f.Message != "Ball gag is in the scene, but it is one of Sam's hard limits. Take it out of What we're doing or set it to 'not this time'." {
		t.Errorf("message = %q", f.Message)
	}
}

func TestCheckSoftLimits(t *testing.T) {
	spank := Activity{ID: "spanking", Name: "spanking", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}}
	noCondition := func(d *Document) { d.Participants[1].Limits.Soft[0].Condition = " " }
	runRule(t, checkSoftLimits, []ruleCase{
		{name: "soft limit not in scope", want: nil},
		{name: "in scope with its condition written", edit: addActivity(spank), want: nil},
		{name: "in scope with no condition", edit: func(d *Document) {
			noCondition(d)
			addActivity(spank)(d)
		}, want: []RuleID{RuleSoftLimitNoTerms}},
		{name: "no condition but not this time", edit: func(d *Document) {
			noCondition(d)
			s := spank
			s.Status = StatusNotThisTime
			addActivity(s)(d)
		}, want: nil},
	})
}

func TestCheckSoftLimitsFantasyOnly(t *testing.T) {
	spank := Activity{ID: "spanking", Name: "spanking", Status: StatusTry, Givers: []string{"p1"}, Receivers: []string{"p2"}}
	fantasy := func(d *Document) {
		d.Participants[1].Limits.Soft[0].Condition = FantasyOnly + ": only as a story"
		d.Participants[1].Limits.Soft[0].Side = SideReceiving
	}
	runRule(t, checkSoftLimits, []ruleCase{
		{name: "a fantasy, not in scope", edit: fantasy, want: nil},
		{name: "a fantasy in scope, although it has a condition", edit: func(d *Document) {
			fantasy(d)
			addActivity(spank)(d)
		}, want: []RuleID{RuleFantasyInScope}},
		{name: "a fantasy set to not this time", edit: func(d *Document) {
			fantasy(d)
			s := spank
			s.Status = StatusNotThisTime
			addActivity(s)(d)
		}, want: nil},
		{name: "Sam gives it: the fantasy was about receiving", edit: func(d *Document) {
			fantasy(d)
			s := spank
			s.Givers, s.Receivers = []string{"p2"}, []string{"p1"}
			addActivity(s)(d)
		}, want: nil},
	})
}
