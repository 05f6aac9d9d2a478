package quiz

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14 item 9: Escape on a focused button of the personality test's
// dialogs closes them when nothing was typed and asks when a name was.
func TestEscapeOnTheQuizDialogButtons(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	w := f.env.Window
	ov := w.Canvas().Overlays()

	q.askAdd()
	kittest.EscapeOnAButton(t, w)
	if ov.Top() != nil {
		t.Fatal("Escape on a button of the untouched Add a person left it open")
	}

	q.askAdd()
	test.Type(w.Canvas().Focused(), "Robin")
	kittest.EscapeOnAButton(t, w)
	if !kittest.AsksToLeave(w) {
		t.Fatal("Escape on a button of Add a person with a name typed did not ask first")
	}
}

// Share my result has nothing to lose (the name only labels the code):
// Escape on its Copy or Close button closes it.
func TestEscapeOnTheShareDialogButtonCloses(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	addTaker(t, q, "Robin")
	takeTest(t, f, q, answersSam)
	w := f.env.Window
	q.showShare()
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("Share my result did not open")
	}
	kittest.EscapeOnAButton(t, w)
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Escape on a button of Share my result left it open")
	}
}
