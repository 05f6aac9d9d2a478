package negotiation

import (
	"strings"
	"testing"
)

func care(person int, b Band, what string, by ...string) func(*Document) {
	return func(d *Document) { d.Participants[person].Aftercare.SetBand(b, Care{What: what, By: by}) }
}

func TestCheckAftercare(t *testing.T) {
	runRule(t, checkAftercare, []ruleCase{
		{name: "specific for both, in every band", want: nil},
		{name: "the giver has none", edit: care(0, BandImmediate, ""), want: []RuleID{RuleAftercareMissing}},
		{name: "the receiver has none", edit: care(1, BandImmediate, " "), want: []RuleID{RuleAftercareMissing}},
		{name: "the usual", edit: care(1, BandImmediate, "the usual", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "one word", edit: care(1, BandImmediate, "Aftercare.", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "a stock phrase of three words", edit: care(1, BandImmediate, "We'll do aftercare.", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "a stock phrase of four words", edit: care(1, BandImmediate, "Same as last time", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "short but specific", edit: care(1, BandImmediate, "Water and quiet", "p1"), want: nil},
		{name: "being held, two words", edit: care(1, BandImmediate, "Being held", "p1"), want: nil},
		{name: "cuddles, one word", edit: care(1, BandImmediate, "Cuddles", "p1"), want: nil},
		{name: "water and a blanket", edit: care(1, BandImmediate, "Water and a blanket", "p1"), want: nil},
		{name: "we'll see", edit: care(1, BandImmediate, "We'll see", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "whatever is needed", edit: care(1, BandImmediate, "Whatever is needed.", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "the normal stuff", edit: care(1, BandImmediate, "the normal stuff", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "lots of aftercare", edit: care(1, BandImmediate, "Lots of aftercare", "p1"), want: []RuleID{RuleAftercareUnspecific}},
		{name: "nobody provides it", edit: care(1, BandImmediate, "Water and quiet"), want: []RuleID{RuleAftercareWho}},
		{name: "later bands empty", edit: func(d *Document) {
			care(1, BandShortTerm, "")(d)
			care(1, BandLongerTerm, "")(d)
		}, want: []RuleID{RuleAftercareLater}},
		{name: "both people missing everything", edit: func(d *Document) {
			d.Participants[0].Aftercare = Aftercare{}
			d.Participants[1].Aftercare = Aftercare{}
		}, want: []RuleID{RuleAftercareMissing, RuleAftercareLater, RuleAftercareMissing, RuleAftercareLater}},
	})
}

func TestAftercareMessagesNameTheGiver(t *testing.T) {
	d := goodDoc()
	d.Participants[0].Aftercare = Aftercare{}
	d.Participants[1].Aftercare = Aftercare{}
	fs := checkAftercare(d, goodFacts())
	if !strings.Contains(fs[0].Message, "Alex") || !strings.Contains(fs[0].Message, "Givers need care too") {
		t.Errorf("giver's message = %q", fs[0].Message)
	}
	if strings.Contains(fs[2].Message, "Givers") {
		t.Errorf("receiver's message = %q, should not talk about givers", fs[2].Message)
	}
	if fs[1].Message != "Nothing is written yet for Alex's aftercare in the first 24 hours or the days after, up to 72 hours. A low can arrive a day or two later, so a plan for checking in helps." {
		t.Errorf("later-bands tip = %q", fs[1].Message)
	}
	if fs[0].Field.Participant != 0 || fs[2].Field.Participant != 1 || fs[0].Field.Part != "first 30 minutes" {
		t.Errorf("fields = %+v, %+v", fs[0].Field, fs[2].Field)
	}
}
