package negotiation

import (
	"slices"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
)

// The three scenes of issue 13's "done when": each review must say what
// a harm-reduction educator would say, and nothing that would mislead.

// ScenarioFirstSceneWithTape is a realistic first scene that includes a
// high-risk activity: tape over the mouth, to try, for someone with asthma.
func ScenarioFirstSceneWithTape() (Document, Facts) {
	now := date(5, 1, 18, 0)
	d := FirstScene([]Participant{{ID: "z", Name: "Zoë"}, {ID: "r", Name: "Renée"}}, now)
	give := func(a Activity, note string) Activity {
		a.Givers, a.Receivers, a.Note = []string{"r"}, []string{"z"}, note
		return a
	}
	d.Scene.Activities = []Activity{
		give(Activity{ID: "sensory-deprivation.blindfold", Name: "Blindfold", Status: StatusYes, Risk: catalog.RiskLow}, ""),
		give(Activity{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: StatusYes, Risk: catalog.RiskLow}, "Padded, hands in front"),
		give(Activity{ID: "sensation.feathers", Name: "Feathers", Status: StatusYes, Risk: catalog.RiskLow}, ""),
		give(Activity{ID: "sensory-deprivation.tape-gag", Name: "Tape over the mouth", Status: StatusTry, Risk: catalog.RiskHigh, LimitsSpeech: true}, "Just for a minute or two"),
		{ID: "restraint.simple-rope", Name: "Simple rope ties", Status: StatusNotThisTime, Risk: catalog.RiskMedium, NeedsSkill: true},
	}
	d.Scene.Setting = Setting{Place: "Renée's flat", Room: "bedroom", Around: "nobody else home"}
	d.SceneOn, d.DebriefOn = date(5, 8, 20, 0), date(5, 10, 19, 0)
	d.Safewords = Safewords{TrafficLight: true, Word: "Pineapple", Signal: "Three firm taps on Renée's arm"}
	d.Participants[0].Physical = "Asthma: the inhaler stays on the bedside table."
	d.Participants[1].Physical = "None"
	d.Participants[0].Intoxication, d.Participants[1].Intoxication = "Nothing", "Nothing"
	for i, other := range []string{"r", "z"} {
		d.Participants[i].Aftercare = Aftercare{
			Immediate:  Care{What: "Being held, water and a blanket", By: []string{other}},
			ShortTerm:  Care{What: "A message in the morning", By: []string{other}},
			LongerTerm: Care{What: "A call on Sunday", By: []string{other}},
		}
	}
	tried := map[string]bool{"sensory-deprivation.blindfold": true, "restraint.wrist-cuffs": true, "sensation.feathers": true}
	return d, Facts{Now: date(5, 3, 10, 0), Tried: map[string]map[string]bool{"z": tried, "r": tried}}
}

// ScenarioPartyGagAlone is a play party where the gagged person is to be
// left alone while the other fetches a drink, and nobody outside knows.
func ScenarioPartyGagAlone() (Document, Facts) {
	d := PlayParty([]Participant{{ID: "a", Name: "Ash"}, {ID: "k", Name: "Kit"}}, date(5, 1, 18, 0))
	give := func(a Activity) Activity { a.Givers, a.Receivers = []string{"a"}, []string{"k"}; return a }
	d.Scene.Activities = []Activity{
		give(Activity{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: StatusYes, Risk: catalog.RiskLow}),
		give(Activity{ID: "sensory-deprivation.ball-gag", Name: "Ball gag", Status: StatusYes, Risk: catalog.RiskMedium, LimitsSpeech: true}),
		give(Activity{ID: "restraint.left-alone", Name: "Left alone while restrained", Status: StatusYes, Risk: catalog.RiskHigh,
			Note: "Ash goes to the bar for a drink while Kit waits"}),
	}
	d.Scene.SetDuration("about 30 minutes")
	d.SceneOn, d.DebriefOn = date(5, 9, 21, 0), date(5, 11, 19, 0)
	d.Safewords = Safewords{TrafficLight: true, Word: "Rhubarb", Signal: "Three grunts"}
	d.Extraction = Extraction{Signal: "Saying 'I need some air'", HandledBy: []string{"a"}}
	for i := range d.Participants {
		d.Participants[i].Physical, d.Participants[i].Intoxication = "None", "A couple of drinks at the party"
		d.Participants[i].Aftercare.Immediate = Care{What: "Somewhere quiet to sit with water", By: []string{"a", "k"}}
	}
	all := map[string]bool{"restraint.wrist-cuffs": true, "sensory-deprivation.ball-gag": true, "restraint.left-alone": true}
	return d, Facts{Now: date(5, 3, 10, 0), Tried: map[string]map[string]bool{"a": all, "k": all}}
}

// ScenarioUnwellToday is established partners on the scene day, one of
// them unwell and short of sleep.
func ScenarioUnwellToday() (Document, Facts) {
	d := goodDoc()
	d.Template = KindEstablished
	for i := range d.Participants {
		d.Participants[i].NewFactors.Events = "Nothing new"
	}
	d.Participants[0].Today = SceneDay{Fine: true}
	d.Participants[1].Today = SceneDay{Unwell: true, Exhausted: true, Note: "A cold since Tuesday, slept badly"}
	f := goodFacts()
	f.Now = date(5, 8, 18, 0)
	return d, f
}

// ruleSet is the rules of the findings, each once, with their severities.
func ruleSet(fs []Finding) map[RuleID]Severity {
	out := map[RuleID]Severity{}
	for _, f := range fs {
		out[f.Rule] = f.Severity
	}
	return out
}

func messageOf(fs []Finding, r RuleID) string {
	for _, f := range fs {
		if f.Rule == r {
			return f.Message
		}
	}
	return ""
}

func TestScenarioFirstSceneWithHighRiskActivity(t *testing.T) {
	d, f := ScenarioFirstSceneWithTape()
	fs := Review(d, f)
	recordMessages(t, fs)
	got := ruleSet(fs)
	for r, sev := range map[RuleID]Severity{RuleHighRiskFirst: Warning, RuleConditionMeets: Warning} {
		if got[r] != sev {
			t.Errorf("%s = %q, want %q; review: %v", r, got[r], sev, ruleIDs(fs))
		}
	}
	if ok, why := CanPrint(fs); !ok {
		t.Errorf("a careful first scene with a signal is blocked: %v", why)
	}
	if m := messageOf(fs, RuleHighRiskFirst); !strings.HasPrefix(m, "Tape over the mouth is one of the higher-risk activities.") {
		t.Errorf("high-risk message = %q", m)
	}
	if m := messageOf(fs, RuleConditionMeets); !strings.Contains(m, "Zoë") || !strings.Contains(m, "asthma") || !strings.Contains(m, "tape over the mouth") {
		t.Errorf("asthma with tape: %q", m)
	}
	for _, f := range fs {
		if f.Rule == RuleAftercareUnspecific {
			t.Errorf("specific aftercare scolded: %s", f.Message)
		}
	}
	t.Logf("review of the first scene: %v", ruleIDs(fs))
}

func TestScenarioPartyWithAGagAndNobodyStaying(t *testing.T) {
	d, f := ScenarioPartyGagAlone()
	fs := Review(d, f)
	recordMessages(t, fs)
	got := ruleSet(fs)
	want := map[RuleID]Severity{
		RuleNeverAlone:      BlocksPrinting,
		RuleHighRiskParty:   Warning,
		RuleIntoxication:    Warning,
		RuleSafeCallMissing: Warning,
	}
	for r, sev := range want {
		if got[r] != sev {
			t.Errorf("%s = %q, want %q; review: %v", r, got[r], sev, ruleIDs(fs))
		}
	}
	ok, why := CanPrint(fs)
	if ok || !slices.ContainsFunc(why, func(s string) bool { return strings.Contains(s, "ball gag") && strings.Contains(s, "within reach") }) {
		t.Errorf("party with a gag and nobody staying: can print %v, reasons %v", ok, why)
	}
	t.Logf("review of the party: %v", ruleIDs(fs))
}

func TestScenarioSomeoneUnwellToday(t *testing.T) {
	d, f := ScenarioUnwellToday()
	fs := Review(d, f)
	recordMessages(t, fs)
	if len(fs) != 1 || fs[0].Rule != RuleSceneDayConcern || fs[0].Severity != Warning {
		t.Fatalf("review = %v, want only the scene-day warning", fs)
	}
	m := fs[0].Message
	for _, must := range []string{"Sam", "unwell and exhausted", "scale the scene right back or postpone"} {
		if !strings.Contains(m, must) {
			t.Errorf("scene-day message lacks %q: %s", must, m)
		}
	}
	if fs[0].Field.Section != SectionSceneDay || fs[0].Field.Participant != 1 {
		t.Errorf("finding points at %+v", fs[0].Field)
	}
}
