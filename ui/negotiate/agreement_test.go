package negotiate

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// newAgreementDraft starts a standing agreement for two typed names.
func newAgreementDraft(t *testing.T, a *kittest.Section, n *Negotiate, names ...string) *negEditor {
	t.Helper()
	test.Tap(n.newBtn)
	s := n.starter
	a.Eventually(t, "the people to choose from are shown", func() bool { return len(s.others) > 0 })
	test.Tap(s.agreementBtn)
	for len(s.others) < len(names) {
		test.Tap(s.addOther)
	}
	for i, name := range names {
		test.Type(s.others[i], name)
	}
	test.Tap(s.start)
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	return n.ed
}

func findingRules(ed *negEditor) []negotiation.RuleID {
	var out []negotiation.RuleID
	for _, c := range ed.review.cards {
		out = append(out, c.finding.Rule)
	}
	return out
}

// A standing agreement is its own kind from Negotiate: its own parts in
// the editor (no scene parts), its own review rules (no way out blocks
// printing until both pausing and ending are written), its own outline in
// the preview, and one printed page.
func TestAStandingAgreementIsWrittenReviewedAndPrinted(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newAgreementDraft(t, a, n, "Alex", "Sam")
	if !ed.doc.IsAgreement() {
		t.Fatalf("the new document is a %q, not an agreement", ed.doc.Template)
	}
	for _, key := range []string{"dynamic-roles/0", "dynamic-roles/1/reach", "standing/rules/0", "standing/rituals/0/for/1", "check-in/rhythm", "exit/pause", "exit/end", "exit/then", "review/on", "safewords/word"} {
		if _, ok := ed.fields[key]; !ok {
			t.Errorf("the agreement's editor has no field %q", key)
		}
	}
	for _, key := range []string{"activities/0", "dates/scene", "duration"} {
		if _, ok := ed.fields[key]; ok {
			t.Errorf("the agreement's editor asks for the scene's %q", key)
		}
	}
	if rules := findingRules(ed); !slices.Contains(rules, negotiation.RuleNoWayOut) || !slices.Contains(rules, negotiation.RuleNoCheckIn) {
		t.Fatalf("the review does not run the agreement's rules: %v", rules)
	}
	if ok, _ := negotiation.Printable(ed.doc, ed.facts()); ok {
		t.Fatal("an agreement with no way to pause or end may be printed")
	}
	fillIn(t, a, ed, typed{
		"title":            "Our dynamic",
		"dynamic-roles/0":  "The one who leads",
		"dynamic-roles/1":  "The one who follows",
		"standing/rules/0": "A message when I get home safely",
		"check-in/rhythm":  "Every Sunday evening",
		"exit/pause":       "Either of us says pause, and we are simply partners until we have talked",
		"exit/end":         "Either of us can end it at any time, no reason needed",
		"exit/then":        "A calm talk within two days, and no blame",
		"safewords/word":   "rutabaga",
		"safewords/signal": "three taps",
	})
	fyne.DoAndWait(ed.review.update)
	if rules := findingRules(ed); slices.Contains(rules, negotiation.RuleNoWayOut) || slices.Contains(rules, negotiation.RuleNoCheckIn) {
		t.Fatalf("written in, the review still asks for a way out or a check-in: %v", rules)
	}
	for _, c := range ed.review.cards {
		if c.finding.Severity == negotiation.BlocksPrinting {
			t.Fatalf("a written agreement is still blocked: %v", c.finding.Rule)
		}
	}
	test.Tap(ed.preview)
	p := n.preview
	shown := strings.Join(kittest.ShownText(p.text), "\n")
	for _, want := range []string{"Our dynamic", "The one who leads", "A message when I get home safely", "Every Sunday evening", "Either of us can end it at any time"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the preview does not show %q:\n%s", want, shown)
		}
	}
	if strings.Contains(shown, "Debrief") {
		t.Errorf("the agreement's preview speaks of a debrief:\n%s", shown)
	}
	r, err := p.export(filepath.Join(t.TempDir(), "agreement.pdf"), p.facts())
	if err != nil {
		t.Fatal(err)
	}
	if r.Pages != 1 {
		t.Errorf("the agreement prints on %d pages, want one", r.Pages)
	}
}

// The landing lists agreements apart from the scenes, with their review.
func TestTheLandingListsAgreementsApart(t *testing.T) {
	a := kittest.NewSection(t, nil)
	doc := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, a.Now())
	doc.Title = "Our dynamic"
	if _, err := a.Vault().CreateNegotiation(doc); err != nil {
		t.Fatal(err)
	}
	n := openNegotiate(t, a)
	a.Eventually(t, "the agreement is listed", func() bool { return len(n.agreements) == 1 })
	shown := strings.Join(kittest.ShownText(n.list), "\n")
	if !strings.Contains(shown, "Agreements for an ongoing dynamic") || !strings.Contains(shown, "Standing agreement · draft · next review on") {
		t.Errorf("the agreement is not listed apart with its review:\n%s", shown)
	}
	if len(n.summaries) != 0 {
		t.Errorf("the agreement is listed with the scenes: %v", n.summaries)
	}
}
