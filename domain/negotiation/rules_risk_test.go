package negotiation

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
)

// catalogLike is an activity as ActivityFromCatalog would copy it, given
// to Sam by Alex.
func catalogLike(id, name string, risk catalog.Risk, skill, speech bool) Activity {
	return Activity{ID: id, Name: name, Status: StatusYes, Risk: risk, NeedsSkill: skill, LimitsSpeech: speech,
		Givers: []string{"p1"}, Receivers: []string{"p2"}}
}

var (
	tapeGag     = catalogLike("sensory-deprivation.tape-gag", "Tape over the mouth", catalog.RiskHigh, false, true)
	ballGag     = catalogLike("sensory-deprivation.ball-gag", "Ball gag", catalog.RiskMedium, false, true)
	leftAlone   = catalogLike("restraint.left-alone", "Left alone while restrained", catalog.RiskHigh, false, false)
	suspension  = catalogLike("restraint.suspension", "Rope suspension", catalog.RiskHigh, true, false)
	hogtie      = catalogLike("restraint.hogtie", "Hogtie", catalog.RiskHigh, true, false)
	mitts       = catalogLike("sensory-deprivation.mitts", "Bondage mitts", catalog.RiskMedium, false, false)
	cnc         = catalogLike("role-play.consensual-non-consent", "Consensual non-consent", catalog.RiskHigh, false, false)
	faceSlaps   = catalogLike("impact.face-slapping", "Face slapping", catalog.RiskHigh, false, false)
	ropeHarness = catalogLike("restraint.rope-harness", "Rope harness", catalog.RiskMedium, true, false)
	choking     = catalogLike("breath.choking", "Choking", catalog.RiskHigh, false, true)
)

func TestCheckHighRisk(t *testing.T) {
	runRule(t, checkHighRisk, []ruleCase{
		{name: "high risk, established partners", edit: addActivity(tapeGag), want: nil},
		{name: "nothing high risk in a first scene", edit: func(d *Document) { firstScene(d); addActivity(ballGag)(d) }, want: nil},
		{name: "tape gag in a first scene", edit: func(d *Document) { firstScene(d); addActivity(tapeGag)(d) }, want: []RuleID{RuleHighRiskFirst}},
		{name: "face slapping and CNC in a first scene", edit: func(d *Document) {
			firstScene(d)
			addActivity(faceSlaps)(d)
			addActivity(cnc)(d)
		}, want: []RuleID{RuleHighRiskFirst, RuleHighRiskFirst}},
		{name: "high risk but not this time", edit: func(d *Document) {
			firstScene(d)
			a := tapeGag
			a.Status = StatusNotThisTime
			addActivity(a)(d)
		}, want: nil},
		{name: "left alone at a party", edit: func(d *Document) { party(d); addActivity(leftAlone)(d) }, want: []RuleID{RuleHighRiskParty}},
		{name: "custom activity: risk not known", edit: func(d *Document) { firstScene(d); addActivity(CustomActivity("Wrestling", StatusYes))(d) }, want: nil},
	})
	d := goodDoc()
	firstScene(&d)
	d.Scene.Activities = append(d.Scene.Activities, suspension)
	fs := Review(d, goodFacts())
	recordMessages(t, fs)
	var high, skill int
	for _, f := range fs {
		switch f.Rule {
		case RuleHighRiskFirst:
			high++
			if !strings.Contains(f.Message, "takes skill") || f.Field.Activity != 4 {
				t.Errorf("high-risk finding = %+v", f)
			}
		case RuleFirstNeedsSkill:
			skill++
		}
	}
	if high != 1 || skill != 0 {
		t.Errorf("suspension in a first scene: %d high-risk and %d skill findings, want one finding that says both", high, skill)
	}
}

func TestCheckGiverUntried(t *testing.T) {
	alexHasNotGiven := func(f *Facts) { f.Gave = map[string]map[string]bool{"p1": {}} }
	alexGaveIt := func(f *Facts) { f.Gave = map[string]map[string]bool{"p1": {"restraint.suspension": true}} }
	runRule(t, checkGiverUntried, []ruleCase{
		{name: "nothing skilled", facts: alexHasNotGiven, want: nil},
		{name: "skilled, giver has given it", edit: addActivity(suspension), facts: alexGaveIt, want: nil},
		{name: "skilled, giver new to it", edit: addActivity(suspension), facts: alexHasNotGiven, want: []RuleID{RuleGiverUntried}},
		{name: "an experienced receiver does not cover a new giver", edit: addActivity(suspension), facts: func(f *Facts) {
			alexHasNotGiven(f)
			f.Tried["p2"]["restraint.suspension"] = true
			f.Gave["p2"] = map[string]bool{"restraint.suspension": true}
		}, want: []RuleID{RuleGiverUntried}},
		{name: "tried record only, either side", edit: addActivity(suspension), want: []RuleID{RuleGiverUntried}},
		{name: "tried record shows it", edit: addActivity(suspension), facts: func(f *Facts) { f.Tried["p1"]["restraint.suspension"] = true }, want: nil},
		{name: "giver's record unknown", edit: addActivity(suspension), facts: func(f *Facts) { f.Tried = nil }, want: nil},
		{name: "any template: a first scene too", edit: func(d *Document) { firstScene(d); addActivity(ropeHarness)(d) }, facts: alexHasNotGiven, want: []RuleID{RuleGiverUntried}},
		{name: "a party says it already", edit: func(d *Document) { party(d); addActivity(suspension)(d) }, facts: alexHasNotGiven, want: nil},
		{name: "excluded", edit: func(d *Document) {
			a := suspension
			a.Status = StatusNotThisTime
			addActivity(a)(d)
		}, facts: alexHasNotGiven, want: nil},
	})
	d := goodDoc()
	d.Scene.Activities = append(d.Scene.Activities, suspension)
	fs := checkGiverUntried(d, Facts{Gave: map[string]map[string]bool{"p1": {}}})
	if len(fs) != 1 || !strings.HasPrefix(fs[0].Message, "Alex's checklist doesn't show rope suspension") || fs[0].Field.Participant != 0 || fs[0].Field.Activity != 4 {
		t.Errorf("finding = %+v", fs)
	}
}

func TestFillRisk(t *testing.T) {
	cat, err := catalog.Parse([]byte(`{"version":"t","categories":[{"id":"restraint","name":"Restraint"}],"activities":[
		{"id":"restraint.left-alone","name":"Left alone while restrained","description":"x.","category":"restraint","kind":"give-receive","risk":"high"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	d := goodDoc()
	d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "restraint.left-alone", Name: "Left alone while restrained", Status: StatusYes})
	before := d.Clone()
	if !d.FillRisk(cat) || d.Scene.Activities[4].Risk != catalog.RiskHigh {
		t.Fatalf("an old document's catalog activity did not get its risk: %+v", d.Scene.Activities[4])
	}
	if before.Scene.Activities[4].Risk != "" {
		t.Error("FillRisk changed the document it was cloned from")
	}
	if d.Scene.Activities[2].Risk != "" || d.FillRisk(cat) {
		t.Error("a custom activity got a risk level, or a second fill changed something")
	}
}
