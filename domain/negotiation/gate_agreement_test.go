package negotiation

import (
	"slices"
	"testing"
)

// blockingMessages are the messages of the findings that block printing,
// in the review's order.
func blockingMessages(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == BlocksPrinting {
			out = append(out, f.Message)
		}
	}
	return out
}

// TestTheGateRefusesAnAgreementAsItRefusesAScene: Printable, the one gate
// for Save as PDF, Print and Mark as agreed, refuses an agreement with a
// blocking finding exactly as it refuses a scene: not printable, and the
// reasons are the blocking findings' messages, each once and in order,
// with nothing the review only advises.
func TestTheGateRefusesAnAgreementAsItRefusesAScene(t *testing.T) {
	sealed := []Sealed{{ProfileID: "sam1", Box: []byte{1}}}
	cases := []struct {
		name  string
		doc   func() Document
		facts func(f *Facts)
		rules []RuleID // the blocking findings expected
	}{
		{"agreement: no way to pause or end", func() Document {
			d := goodAgreement()
			d.Agreement.Exit = Exit{Then: "A talk."}
			return d
		}, nil, []RuleID{RuleNoWayOut}},
		{"agreement: a standing rule that is a hard limit", func() Document {
			d := goodAgreement()
			d.Agreement.Rules = append(d.Agreement.Rules, Standing{Text: "Gag", For: []string{"p2"}})
			return d
		}, nil, []RuleID{RuleStandingHardLimit}},
		{"agreement: a ritual that is a hard limit on a linked list", func() Document {
			d := goodAgreement()
			d.Participants[0].ProfileID = "alex1"
			d.Agreement.Rituals = []Standing{{Text: "Collar at home", ActivityID: "power-exchange.collar"}}
			return d
		}, func(f *Facts) {
			f.Linked = map[string]Limits{"p1": {Hard: []LimitItem{{ActivityID: "power-exchange.collar", Text: "Collar"}}}}
		}, []RuleID{RuleStandingHardLimit}},
		{"agreement: limits still sealed to a protected list", func() Document {
			d := goodAgreement()
			d.Participants[1].ProfileID, d.Participants[1].HiddenLimits = "sam1", sealed
			return d
		}, nil, []RuleID{RuleHiddenLimits}},
		{"agreement: a linked list not opened", func() Document {
			d := goodAgreement()
			d.Participants[0].ProfileID = "alex1"
			return d
		}, func(f *Facts) { f.Unchecked = map[string]Unchecked{"p1": UncheckedProtected} }, []RuleID{RuleLinkedUnchecked}},
		{"agreement: two blocks and advice", func() Document {
			d := goodAgreement()
			d.Agreement.Exit = Exit{}
			d.Agreement.CheckIn = CheckIn{}
			d.Agreement.Rules = []Standing{{Text: "name-calling"}}
			return d
		}, nil, []RuleID{RuleNoWayOut, RuleStandingHardLimit}},
		{"scene: a hard limit in scope", func() Document {
			d := goodDoc()
			d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "gag", Name: "gag", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}})
			return d
		}, nil, []RuleID{RuleHardLimitInScope}},
	}
	for _, c := range cases {
		d, f := c.doc(), goodFacts()
		if c.facts != nil {
			c.facts(&f)
		}
		fs := Review(d, f)
		var blocking []RuleID
		for _, x := range fs {
			if x.Severity == BlocksPrinting {
				blocking = append(blocking, x.Rule)
			}
		}
		if !slices.Equal(blocking, c.rules) {
			t.Errorf("%s: blocking findings %v, want %v", c.name, blocking, c.rules)
		}
		ok, reasons := Printable(d, f)
		if ok {
			t.Errorf("%s: the gate lets it print", c.name)
		}
		if want := blockingMessages(fs); !slices.Equal(reasons, want) || len(reasons) != len(c.rules) {
			t.Errorf("%s: the gate gives %q, want the blocking findings' messages %q", c.name, reasons, want)
		}
	}
	for name, d := range map[string]Document{"agreement": goodAgreement(), "scene": goodDoc()} {
		if ok, why := Printable(d, goodFacts()); !ok {
			t.Errorf("a complete %s is refused: %q", name, why)
		}
	}
}
