package negotiation

import "testing"

func party(d *Document) {
	d.Template = KindPlayParty
	d.Extraction = Extraction{Signal: "Say 'pineapple juice' and we leave", HandledBy: []string{"p1"}}
}

func TestCheckPartyTried(t *testing.T) {
	samNew := func(f *Facts) { f.Tried["p2"] = map[string]bool{"blindfold": true, "wrist-cuffs": true} }
	runRule(t, checkPartyTried, []ruleCase{
		{name: "not a party", facts: samNew, want: nil},
		{name: "both have done everything", edit: party, want: nil},
		{name: "Sam has not tried one", edit: party, facts: samNew, want: []RuleID{RulePartyUntried}},
		{name: "untried but excluded", edit: func(d *Document) {
			party(d)
			d.Scene.Activities[2].Status = StatusNotThisTime
		}, facts: samNew, want: nil},
		{name: "together involves everyone", edit: func(d *Document) {
			party(d)
			addActivity(Activity{ID: "dancing", Name: "dancing", Status: StatusYes, Together: true})(d)
		}, facts: func(f *Facts) { f.Tried["p1"]["dancing"] = true }, want: []RuleID{RulePartyUntried}},
		{name: "unknown experience: one reminder per person", edit: party,
			facts: func(f *Facts) { delete(f.Tried, "p2") }, want: []RuleID{RulePartyTriedUnknown}},
		{name: "nothing known at all", edit: party,
			facts: func(f *Facts) { f.Tried = nil }, want: []RuleID{RulePartyTriedUnknown, RulePartyTriedUnknown}},
	})
	d := goodDoc()
	party(&d)
	f := goodFacts()
	f.Tried["p2"] = map[string]bool{}
	fs := checkPartyTried(d, f)
	if len(fs) != 3 || fs[0].Field.Participant != 1 || fs[0].Field.Activity != 0 || fs[0].Message != "Sam hasn't done blindfold before. At a party, keep to things you have both done; consider 'not this time', and save it for a private scene." {
		t.Errorf("findings = %+v", fs)
	}
}

func TestCheckExtraction(t *testing.T) {
	runRule(t, checkExtraction, []ruleCase{
		{name: "not a party", want: nil},
		{name: "agreed signal and who", edit: party, want: nil},
		{name: "the template's examples untouched", edit: func(d *Document) {
			d.Template = KindPlayParty
			d.Extraction = PlayParty(nil, date(5, 1, 0, 0)).Extraction
		}, want: []RuleID{RuleNoExtraction, RuleExtractionWho}},
		{name: "no signal", edit: func(d *Document) { party(d); d.Extraction.Signal = "" }, want: []RuleID{RuleNoExtraction}},
		{name: "nobody named, no plan", edit: func(d *Document) { party(d); d.Extraction.HandledBy = nil }, want: []RuleID{RuleExtractionWho}},
		{name: "nobody named, but a plan with the host", edit: func(d *Document) {
			party(d)
			d.Extraction.HandledBy = nil
			d.Extraction.Plan = "Tell Kim at the door; Kim calls the taxi."
		}, want: nil},
	})
}
