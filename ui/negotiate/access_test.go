package negotiate

import (
	"testing"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 16 item 2: every interactive widget on the editor (a scene and an
// agreement, with findings in the review) has a name a screen reader can
// say; the finding cards Parley draws itself say their severity and text.
func TestEveryInteractiveWidgetOnTheEditorHasAName(t *testing.T) {
	a := kittest.NewSection(t, nil)
	for _, start := range []func() *negEditor{
		func() *negEditor {
			return newDraft(t, a, openNegotiate(t, a), negotiation.KindFirstScene, "Alex", "Sam")
		},
		func() *negEditor { return newAgreementDraft(t, a, openNegotiate(t, a), "Alex", "Sam") },
	} {
		ed := start()
		a.Drain()
		if len(ed.review.cards) == 0 {
			t.Fatal("the review shows no findings to check")
		}
		for _, c := range ed.review.cards {
			if c.AccessibilityLabel() == "" || c.AccessibilityRole() == "" {
				t.Errorf("a finding card has no accessible name or role: %v", c.finding.Rule)
			}
		}
		for _, u := range kittest.Unexplained(kittest.UnnamedUnder([]fyne.CanvasObject{ed.content}, false)) {
			t.Errorf("%s: %s", ed.doc.Template, u)
		}
	}
}
