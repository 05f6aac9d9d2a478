package negotiate

import (
	"testing"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 16 item 2: every interactive widget on the editor (a scene and an
// agreement, with findings in the review) has a name a screen reader can
// say; the finding cards Parley draws itself say their severity and text.
func TestEveryInteractiveWidgetOnTheEditorHasAName(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	for _, start := range []func() *negEditor{
		func() *negEditor { return newDraft(t, openNegotiate(t, a), negotiation.KindFirstScene, "Alex", "Sam") },
		func() *negEditor { return newAgreementDraft(t, openNegotiate(t, a), "Alex", "Sam") },
	} {
		ed := start()
		drainUI()
		if len(ed.review.cards) == 0 {
			t.Fatal("the review shows no findings to check")
		}
		for _, c := range ed.review.cards {
			if c.AccessibilityLabel() == "" || c.AccessibilityRole() == "" {
				t.Errorf("a finding card has no accessible name or role: %v", c.finding.Rule)
			}
		}
		for _, u := range kittest.UnnamedIn(ed.content) {
			t.Errorf("%s: an interactive %s has no name", ed.doc.Template, u)
		}
	}
}
