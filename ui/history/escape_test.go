package history

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14 item 9: the PIN prompt History shows closes on Escape from its
// focused Cancel or Open while empty (the timeline stays closed), and asks
// first once a PIN was typed.
func TestEscapeOnThePINPromptsButtons(t *testing.T) {
	a := kittest.NewSection(t, nil)
	tl := timelineWithProtectedSam(t, a)
	askSam := func() {
		t.Helper()
		chooseInTimeline(a, tl, "Sam")
		a.Eventually(t, "Sam's PIN is asked for", func() bool { return a.Window.Canvas().Overlays().Top() != nil })
	}
	ov := a.Window.Canvas().Overlays()
	askSam()
	kittest.EscapeOnAButton(t, a.Window)
	a.Drain()
	if ov.Top() != nil || tl.list != nil {
		t.Fatalf("Escape on a button of the untouched PIN prompt: still open %v, timeline shown %v", ov.Top() != nil, tl.list != nil)
	}
	askSam()
	test.Type(a.Window.Canvas().Focused(), "blue")
	kittest.EscapeOnAButton(t, a.Window)
	if !kittest.AsksToLeave(a.Window) {
		t.Error("Escape on a button of the PIN prompt with a PIN typed did not ask first")
	}
}
