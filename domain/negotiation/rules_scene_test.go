package negotiation

import (
	"strings"
	"testing"
)

func duration(m int, text string) func(*Document) {
	return func(d *Document) { d.Scene.DurationMinutes, d.Scene.DurationText = m, text }
}

func TestCheckDuration(t *testing.T) {
	runRule(t, checkDuration, []ruleCase{
		{name: "about 30 minutes", want: nil},
		{name: "minutes only", edit: duration(45, ""), want: nil},
		{name: "text only, readable", edit: duration(0, "half an hour"), want: nil},
		{name: "missing", edit: duration(0, "  "), want: []RuleID{RuleDurationMissing}},
		{name: "as long as it takes", edit: duration(0, "as long as it takes"), want: []RuleID{RuleDurationVague}},
		{name: "open-ended despite a number", edit: duration(60, "at least an hour"), want: []RuleID{RuleDurationVague}},
		{name: "two minutes", edit: duration(2, "two minutes"), want: []RuleID{RuleDurationTooShort}},
		{name: "four minutes, no text", edit: duration(4, ""), want: []RuleID{RuleDurationTooShort}},
		{name: "five minutes is enough", edit: duration(5, ""), want: nil},
		{name: "short text read when minutes are unset", edit: duration(0, "3 min"), want: []RuleID{RuleDurationTooShort}},
	})
}

func firstScene(d *Document) { d.Template = KindFirstScene }

func TestCheckFirstScene(t *testing.T) {
	runRule(t, checkFirstScene, []ruleCase{
		{name: "not a first scene", edit: func(d *Document) {
			duration(90, "")(d)
			d.Scene.Intensity = IntensityIntense
		}, want: nil},
		{name: "30 light minutes", edit: firstScene, want: nil},
		{name: "31 minutes", edit: func(d *Document) { firstScene(d); duration(31, "")(d) }, want: []RuleID{RuleFirstTooLong}},
		{name: "a range counts by its upper end", edit: func(d *Document) {
			firstScene(d)
			duration(0, "20 to 45 minutes")(d)
		}, want: []RuleID{RuleFirstTooLong}},
		{name: "medium", edit: func(d *Document) { firstScene(d); d.Scene.Intensity = IntensityMedium }, want: []RuleID{RuleFirstTooIntense}},
		{name: "intense and long", edit: func(d *Document) {
			firstScene(d)
			d.Scene.Intensity = IntensityIntense
			duration(60, "an hour")(d)
		}, want: []RuleID{RuleFirstTooLong, RuleFirstTooIntense}},
		{name: "needs skill", edit: func(d *Document) {
			firstScene(d)
			addActivity(Activity{ID: "rope", Name: "rope bondage", Status: StatusTry, NeedsSkill: true})(d)
		}, want: []RuleID{RuleFirstNeedsSkill}},
		{name: "needs skill, kept for later", edit: func(d *Document) {
			firstScene(d)
			addActivity(Activity{ID: "rope", Name: "rope bondage", Status: StatusNotThisTime, NeedsSkill: true})(d)
		}, want: nil},
	})
}

func TestCheckMarks(t *testing.T) {
	runRule(t, checkMarks, []ruleCase{
		{name: "marking activity excluded", want: nil},
		{name: "marking activity in scope", edit: addActivity(Activity{ID: "spanking", Name: "spanking", Status: StatusYes, Marks: true}),
			want: []RuleID{RuleMarks}},
	})
	d := goodDoc()
	d.Scene.Activities[3].Status = StatusTry
	fs := checkMarks(d, goodFacts())
	if len(fs) != 1 || fs[0].Severity != Tip || !strings.Contains(fs[0].Message, "Guide") || !strings.Contains(fs[0].Message, "legal note") {
		t.Errorf("marks finding = %v, want a tip pointing to the Guide's legal note", fs)
	}
	if strings.Contains(fs[0].Message, "records what you agreed") || !strings.Contains(fs[0].Message, "does not make every injury lawful") {
		t.Errorf("marks tip must not suggest the document makes injuries lawful: %q", fs[0].Message)
	}
	if fs[0].Field.Activity != 3 {
		t.Errorf("marks finding points at activity %d, want 3", fs[0].Field.Activity)
	}
}
