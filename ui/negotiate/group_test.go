package negotiate

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Attack (issue 17 item 2): a negotiation started from a comparison of
// three people on this computer must have all three in it, and what all
// three want in the scene with who gives and who receives.
func TestANegotiationFromAGroupComparisonHasEveryone(t *testing.T) {
	a := kittest.NewSection(t, nil)
	v := a.Vault()
	for _, name := range []string{"Alex", "Sam", "Kim"} {
		if _, err := v.AddProfile(persistence.Profile{Name: name}); err != nil {
			t.Fatal(err)
		}
	}
	cmp, err := v.SaveComparison(persistence.SavedComparison{
		StarterName: "Alex", ResponderName: "Sam", Local: true,
		Group: &persistence.SavedGroup{
			Names: []string{"Alex", "Sam", "Kim"},
			Everyone: []persistence.SavedGroupMatch{
				{ActivityID: "touch.massage", Name: "Massage", GiverNames: []string{"Alex"}, ReceiverNames: []string{"Sam", "Kim"}},
			},
			WorthTalking:   []persistence.SavedGroupMatch{{ActivityID: "sensory-deprivation.blindfold", Name: "Blindfold", Together: true}},
			MaybesCompared: true,
			Pairs:          []persistence.SavedPair{{FirstName: "Alex"}, {FirstName: "Alex"}, {FirstName: "Sam"}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	n := openNegotiate(t, a)
	n.Open(kit.NegotiateFrom{ComparisonID: cmp.ID})
	a.Eventually(t, "the new page starts from the comparison", func() bool {
		return n.starter != nil && n.starter.from != nil && len(n.starter.checks) == 3
	})
	s := n.starter
	for _, c := range s.checks {
		if !c.Checked {
			t.Errorf("%s, compared in the group, is not chosen", c.Text)
		}
	}
	test.Tap(s.start)
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	doc := n.ed.doc
	ids := map[string]string{}
	for _, p := range doc.Participants {
		ids[p.Name] = p.ID
	}
	if len(ids) != 3 || ids["Kim"] == "" {
		t.Fatalf("the negotiation does not have everyone: %+v", doc.Participants)
	}
	var massage, blindfold *negotiation.Activity
	for i := range doc.Scene.Activities {
		switch doc.Scene.Activities[i].ID {
		case "touch.massage":
			massage = &doc.Scene.Activities[i]
		case "sensory-deprivation.blindfold":
			blindfold = &doc.Scene.Activities[i]
		}
	}
	if massage == nil || massage.Status != negotiation.StatusYes || !slices.Equal(massage.Givers, []string{ids["Alex"]}) || !slices.Equal(massage.Receivers, []string{ids["Sam"], ids["Kim"]}) {
		t.Errorf("what all three want is not in the scene with who gives and receives: %+v", massage)
	}
	if blindfold == nil || blindfold.Status != negotiation.StatusNotThisTime || !blindfold.Together {
		t.Errorf("what is worth talking about is not in the scene to choose together: %+v", blindfold)
	}
}

// Attack (issue 17): a group negotiation also brings in what only a pair
// wants, as "not this time" with who wants it, and nothing twice: a pair's
// match the whole group already shares is not added again.
func TestAGroupNegotiationBringsInWhatOnlyAPairWants(t *testing.T) {
	a := kittest.NewSection(t, nil)
	v := a.Vault()
	for _, name := range []string{"Alex", "Sam", "Kim"} {
		if _, err := v.AddProfile(persistence.Profile{Name: name}); err != nil {
			t.Fatal(err)
		}
	}
	massage := persistence.SavedMatch{ActivityID: "touch.massage", Name: "Massage", Slot: "starter-gives", GiverName: "Alex", ReceiverName: "Sam"}
	spanking := persistence.SavedMatch{ActivityID: "impact.hand-spanking", Name: "Spanking", Slot: "responder-gives", GiverName: "Kim", ReceiverName: "Sam"}
	blindfold := persistence.SavedMatch{ActivityID: "sensory-deprivation.blindfold", Name: "Blindfold", Slot: "together", Together: true}
	cmp, err := v.SaveComparison(persistence.SavedComparison{
		StarterName: "Alex", ResponderName: "Sam", Local: true,
		Group: &persistence.SavedGroup{
			Names: []string{"Alex", "Sam", "Kim"},
			Everyone: []persistence.SavedGroupMatch{
				{ActivityID: "touch.massage", Name: "Massage", GiverNames: []string{"Alex"}, ReceiverNames: []string{"Sam", "Kim"}},
			},
			Pairs: []persistence.SavedPair{
				{FirstName: "Alex", SecondName: "Sam", BothYes: []persistence.SavedMatch{massage, blindfold}},
				{FirstName: "Alex", SecondName: "Kim"},
				{FirstName: "Sam", SecondName: "Kim", BothYes: []persistence.SavedMatch{spanking}},
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	n := openNegotiate(t, a)
	n.Open(kit.NegotiateFrom{ComparisonID: cmp.ID})
	a.Eventually(t, "the new page starts from the comparison", func() bool {
		return n.starter != nil && n.starter.from != nil && len(n.starter.checks) == 3
	})
	test.Tap(n.starter.start)
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	doc := n.ed.doc
	ids := map[string]string{}
	for _, p := range doc.Participants {
		ids[p.Name] = p.ID
	}
	count := map[string]int{}
	for _, act := range doc.Scene.Activities {
		count[act.ID]++
		switch act.ID {
		case "impact.hand-spanking":
			if act.Status != negotiation.StatusNotThisTime || !slices.Equal(act.Givers, []string{ids["Kim"]}) || !slices.Equal(act.Receivers, []string{ids["Sam"]}) ||
				!slices.Equal(act.WantedBy, []string{ids["Sam"], ids["Kim"]}) {
				t.Errorf("the pair's spanking did not come in as theirs to choose: %+v", act)
			}
		case "sensory-deprivation.blindfold":
			if got := negotiation.WantedByWords(doc, act).Text; act.Status != negotiation.StatusNotThisTime || !act.Together ||
				!strings.Contains(got, "Alex") || !strings.Contains(got, "Sam") || strings.Contains(got, "Kim") {
				t.Errorf("blindfold: %+v (%q)", act, got)
			}
		}
	}
	if count["impact.hand-spanking"] != 1 || count["sensory-deprivation.blindfold"] != 1 || count["touch.massage"] != 1 {
		t.Errorf("activities in the scene: %v, want each once", count)
	}
	shown := outlineTexts(doc)
	if !slices.ContainsFunc(shown, func(s string) bool {
		return strings.Contains(s, "want this") && strings.Contains(s, "Sam") && strings.Contains(s, "Kim") && !strings.Contains(s, "Alex")
	}) {
		t.Errorf("the outline does not say who wants the spanking: %q", shown)
	}
}
