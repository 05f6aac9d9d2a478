package negotiation

import (
	"strings"
	"testing"
)

func TestCheckBreath(t *testing.T) {
	custom := func(name string) func(*Document) { return addActivity(CustomActivity(name, StatusYes)) }
	runRule(t, checkBreath, []ruleCase{
		{name: "nothing about the neck", want: nil},
		{name: "catalog breath category", edit: addActivity(choking), want: []RuleID{RuleBreath}},
		{name: "face-sitting from the catalog", edit: addActivity(Activity{ID: "breath.face-sitting", Name: "Face-sitting", Status: StatusTry}), want: []RuleID{RuleBreath}},
		{name: "custom: choking", edit: custom("choking"), want: []RuleID{RuleBreath}},
		{name: "custom: Choke", edit: custom("Choke"), want: []RuleID{RuleBreath}},
		{name: "custom: hand on the throat", edit: custom("Hand on the throat"), want: []RuleID{RuleBreath}},
		{name: "custom: breath play", edit: custom("Breath-play"), want: []RuleID{RuleBreath}},
		{name: "custom: breathplay", edit: custom("breathplay"), want: []RuleID{RuleBreath}},
		{name: "custom: strangling", edit: custom("Strangling"), want: []RuleID{RuleBreath}},
		{name: "custom: smothering", edit: custom("Smothering with a pillow"), want: []RuleID{RuleBreath}},
		{name: "custom: face-sitting", edit: custom("Face-sitting"), want: []RuleID{RuleBreath}},
		{name: "custom: facesitting", edit: custom("facesitting"), want: []RuleID{RuleBreath}},
		{name: "custom: grip on the neck", edit: custom("Grip on the neck"), want: []RuleID{RuleBreath}},
		{name: "custom: neck kisses are not", edit: custom("Neck kisses"), want: nil},
		{name: "catalog neck kisses are not", edit: addActivity(Activity{ID: "touch.neck-kisses", Name: "Neck kisses", Status: StatusYes}), want: nil},
		{name: "excluded this time", edit: addActivity(Activity{ID: "custom:choking", Name: "Choking", Status: StatusNotThisTime}), want: nil},
		{name: "one per activity", edit: func(d *Document) { custom("choking")(d); addActivity(choking)(d) }, want: []RuleID{RuleBreath, RuleBreath}},
	})
	d := goodDoc()
	d.Scene.Activities = append(d.Scene.Activities, CustomActivity("choking", StatusYes))
	fs := checkBreath(d, goodFacts())
	for _, must := range []string{"seconds", "no technique makes it safe", "restraint, alcohol or being alone", "urgent medical help"} {
		if !strings.Contains(fs[0].Message, must) {
			t.Errorf("breath finding lacks %q: %s", must, fs[0].Message)
		}
	}
	if GuideFor(fs[0].Rule) != GuideBreathPlay || fs[0].Field.Activity != 4 {
		t.Errorf("breath finding = %+v, guide %q", fs[0], GuideFor(fs[0].Rule))
	}
}

func TestCheckNeverAlone(t *testing.T) {
	with := func(as ...Activity) func(*Document) {
		return func(d *Document) {
			for _, a := range as {
				addActivity(a)(d)
			}
		}
	}
	runRule(t, checkNeverAlone, []ruleCase{
		{name: "left alone in wrist cuffs only", edit: with(leftAlone), want: nil},
		{name: "a gag, but someone stays", edit: with(ballGag), want: nil},
		{name: "left alone with a gag", edit: with(leftAlone, ballGag), want: []RuleID{RuleNeverAlone}},
		{name: "left alone with a hood", edit: with(leftAlone, Activity{ID: "sensory-deprivation.hood", Name: "Hood", Status: StatusYes, LimitsSpeech: true}), want: []RuleID{RuleNeverAlone}},
		{name: "left alone with a collar", edit: with(leftAlone, Activity{ID: "power-exchange.collar", Name: "Wearing a collar", Status: StatusYes}), want: []RuleID{RuleNeverAlone}},
		{name: "left alone in a hogtie", edit: with(leftAlone, hogtie), want: []RuleID{RuleNeverAlone}},
		{name: "left alone in suspension", edit: with(leftAlone, suspension), want: []RuleID{RuleNeverAlone}},
		{name: "left alone fully wrapped", edit: with(leftAlone, Activity{ID: "restraint.full-wrap", Name: "Full-body wrapping", Status: StatusYes}), want: []RuleID{RuleNeverAlone}},
		{name: "a note says so", edit: func(d *Document) {
			d.Scene.Activities[1].Note = "I leave the room for a minute or two"
			with(ballGag)(d)
		}, want: []RuleID{RuleNeverAlone}},
		{name: "a note that promises the opposite", edit: func(d *Document) {
			d.Scene.Activities[1].Note = "Never left alone, not even for a second"
			with(ballGag)(d)
		}, want: nil},
		{name: "custom words", edit: with(CustomActivity("Left alone tied up", StatusYes), CustomActivity("Cloth gag", StatusYes)), want: []RuleID{RuleNeverAlone}},
		{name: "left alone kept for later", edit: func(d *Document) {
			a := leftAlone
			a.Status = StatusNotThisTime
			with(a, ballGag)(d)
		}, want: nil},
	})
	d := goodDoc()
	d.Scene.Activities = append(d.Scene.Activities, leftAlone, ballGag, hogtie)
	fs := checkNeverAlone(d, goodFacts())
	if len(fs) != 1 || fs[0].Severity != BlocksPrinting || !strings.Contains(fs[0].Message, "ball gag and hogtie") || fs[0].Field.Activity != 4 {
		t.Errorf("never alone = %+v", fs)
	}
}

func TestCheckHogtieGag(t *testing.T) {
	runRule(t, checkHogtieGag, []ruleCase{
		{name: "hogtie alone", edit: addActivity(hogtie), want: nil},
		{name: "gag alone", edit: addActivity(ballGag), want: nil},
		{name: "hogtie with a gag", edit: func(d *Document) { addActivity(hogtie)(d); addActivity(ballGag)(d) }, want: []RuleID{RuleHogtieGag}},
		{name: "custom face-down tie with tape", edit: func(d *Document) {
			addActivity(CustomActivity("Tied face down", StatusYes))(d)
			addActivity(tapeGag)(d)
		}, want: []RuleID{RuleHogtieGag}},
		{name: "gag not this time", edit: func(d *Document) {
			addActivity(hogtie)(d)
			g := ballGag
			g.Status = StatusNotThisTime
			addActivity(g)(d)
		}, want: nil},
	})
}
