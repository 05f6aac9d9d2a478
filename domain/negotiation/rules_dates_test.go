package negotiation

import (
	"strings"
	"testing"
	"time"
)

func TestCheckSceneDate(t *testing.T) {
	draft := func(d *Document) { d.AgreedOn = time.Time{} }
	runRule(t, checkSceneDate, []ruleCase{
		{name: "agreed, scene ahead", want: nil},
		{name: "no scene date", edit: func(d *Document) { d.SceneOn = time.Time{} }, want: []RuleID{RuleSceneDateMissing}},
		{name: "draft, date gone by", edit: draft, facts: func(f *Facts) { f.Now = date(5, 9, 9, 0) }, want: []RuleID{RuleSceneDatePast}},
		{name: "agreed, date gone by", facts: func(f *Facts) { f.Now = date(5, 9, 9, 0) }, want: nil},
		{name: "draft, scene earlier today", edit: draft, facts: func(f *Facts) { f.Now = date(5, 8, 23, 0) }, want: nil},
		{name: "draft, no clock given", edit: draft, facts: func(f *Facts) { f.Now = time.Time{} }, want: nil},
	})
}

func TestCheckSameDay(t *testing.T) {
	plus2 := time.FixedZone("UTC+2", 2*3600)
	runRule(t, checkSameDay, []ruleCase{
		{name: "a week before", want: nil},
		{name: "same day, hours before", edit: func(d *Document) { d.NegotiatedOn = date(5, 8, 9, 0) }, want: []RuleID{RuleSameDay}},
		{name: "the evening before", edit: func(d *Document) { d.NegotiatedOn = date(5, 7, 21, 0) }, want: nil},
		{name: "same day where the scene is", edit: func(d *Document) {
			d.NegotiatedOn = time.Date(2026, 5, 7, 23, 30, 0, 0, time.UTC)
			d.SceneOn = time.Date(2026, 5, 8, 9, 0, 0, 0, plus2)
		}, want: []RuleID{RuleSameDay}},
		{name: "no negotiation date", edit: func(d *Document) { d.NegotiatedOn = time.Time{} }, want: nil},
	})
}

func TestCheckDebriefDate(t *testing.T) {
	debrief := func(t time.Time) func(*Document) { return func(d *Document) { d.DebriefOn = t } }
	scene := func(t time.Time) func(*Document) { return func(d *Document) { d.SceneOn = t } }
	both := func(s, b time.Time) func(*Document) { return func(d *Document) { scene(s)(d); debrief(b)(d) } }
	runRule(t, checkDebriefDate, []ruleCase{
		{name: "two days after", want: nil},
		{name: "missing", edit: debrief(time.Time{}), want: []RuleID{RuleDebriefMissing}},
		{name: "twelve hours after", edit: debrief(date(5, 9, 8, 0)), want: []RuleID{RuleDebriefWindow}},
		{name: "exactly 24 hours", edit: debrief(date(5, 9, 20, 0)), want: nil},
		{name: "exactly 72 hours", edit: debrief(date(5, 11, 20, 0)), want: nil},
		{name: "73 hours", edit: debrief(date(5, 11, 21, 0)), want: []RuleID{RuleDebriefWindow}},
		{name: "before the scene", edit: debrief(date(5, 7, 20, 0)), want: []RuleID{RuleDebriefWindow}},
		{name: "dates without times: three days", edit: both(date(5, 8, 0, 0), date(5, 11, 18, 0)), want: nil},
		{name: "dates without times: four days", edit: both(date(5, 8, 0, 0), date(5, 12, 0, 0)), want: []RuleID{RuleDebriefWindow}},
		{name: "dates without times: same day", edit: both(date(5, 8, 0, 0), date(5, 8, 0, 0)), want: []RuleID{RuleDebriefWindow}},
		{name: "no scene date to check against", edit: scene(time.Time{}), want: nil},
	})
}

func TestDateMessagesNameTheDate(t *testing.T) {
	d := goodDoc()
	d.AgreedOn = time.Time{}
	fs := checkSceneDate(d, Facts{Now: date(5, 9, 9, 0)})
	if len(fs) != 1 || fs[0].Message != "The scene date, 8 May, 20:00, has already passed, and this document hasn't been agreed yet. Check the date in Dates." {
		t.Errorf("past date finding = %v", fs)
	}
	d.DebriefOn = date(5, 20, 0, 0)
	fs = checkDebriefDate(d, Facts{})
	if len(fs) != 1 || !strings.HasPrefix(fs[0].Message, "The debrief is planned for 20 May, which is not one to three days after the scene.") {
		t.Errorf("debrief finding = %v", fs)
	}
}
