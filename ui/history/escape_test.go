package history

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14 item 9: the PIN prompt History shows closes on Escape from its
// focused Cancel or Open while empty (the timeline stays closed), and asks
// first once a PIN was typed.
func TestEscapeOnThePINPromptsButtons(t *testing.T) {
	a := kittest.NewSection(t, nil)
	kittest.AddPerson(t, a.Vault(), "Alex", alexsAnswers)
	sam := kittest.AddPerson(t, a.Vault(), "Sam", samsAnswers)
	if err := a.Vault().SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	h := openHistory(t, a)
	fyne.DoAndWait(h.openTimeline)
	tl := h.timeline
	a.Eventually(t, "the people are listed", func() bool { return len(tl.choose) == 2 })
	askSam := func() {
		t.Helper()
		for i, p := range tl.profiles {
			if p.Name == "Sam" {
				test.Tap(tl.choose[i])
			}
		}
		a.Drain()
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
