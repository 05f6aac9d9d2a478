package negotiate

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit"
)

// The walk of a new couple's first evening (docs/walks/first-couple.md)
// found the on-screen preview drawing each heading and the line after it
// as one: "Our negotiationAlex (they) and Sam (they)", "2   LimitsAlex".
// Fyne's heading styles are inline, so the page must end the heading's
// line itself.
func TestPreviewHeadingsStandOnTheirOwnLine(t *testing.T) {
	test.NewTempApp(t)
	d := negotiation.FirstScene([]negotiation.Participant{{Name: "Alex", Pronouns: "they"}, {Name: "Sam", Pronouns: "they"}}, time.Date(2026, 12, 2, 19, 0, 0, 0, time.UTC))
	rt := widget.NewRichText(kit.PreviewSegments(d)...)
	rt.Wrapping = fyne.TextWrapWord
	rt.Resize(fyne.NewSize(700, rt.MinSize().Height))
	w := test.NewWindow(rt)
	defer w.Close()
	w.Resize(fyne.NewSize(720, 2000))
	// the text after a heading must start a line of its own, at the
	// same left edge as the heading, not to the right of it
	objects := test.WidgetRenderer(rt).Objects()
	for _, pair := range [][2]string{{"Our negotiation", "Alex (they) and Sam (they)"}, {"2   Limits", "Alex"}} {
		at := -1
		for i, o := range objects {
			if tx, ok := o.(*canvas.Text); ok && strings.TrimSpace(tx.Text) == pair[0] {
				at = i
				break
			}
		}
		if at < 0 || at+1 >= len(objects) {
			t.Fatalf("the preview has no heading %q", pair[0])
		}
		head, _ := objects[at].(*canvas.Text)
		next, ok := objects[at+1].(*canvas.Text)
		if !ok || strings.TrimSpace(next.Text) != pair[1] {
			t.Fatalf("after %q the preview shows %v, not %q", pair[0], objects[at+1], pair[1])
		}
		if next.Position().X > head.Position().X {
			t.Errorf("%q is drawn on the heading's line, after %q", pair[1], pair[0])
		}
	}
}
