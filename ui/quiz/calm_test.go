package quiz

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit"
)

// Moved from ui/calm_rest_test.go with the test.
func TestThePersonalityTestSaysWhyNextIsGrey(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	addTaker(t, q, "Sam")
	tap(q.start)
	if !q.ask.next.Disabled() || !q.ask.why.Visible() || !strings.Contains(q.ask.why.Text, "Choose an answer") {
		t.Fatalf("unanswered: Next grey %v, the line says %q (shown %v)", q.ask.next.Disabled(), q.ask.why.Text, q.ask.why.Visible())
	}
	tap(q.ask.scale[2])
	tap(q.ask.back)
	if q.ask.next.Disabled() || q.ask.why.Visible() {
		t.Errorf("answered: Next grey %v, the line still says %q", q.ask.next.Disabled(), q.ask.why.Text)
	}
}

// Escape in the untouched Add a person dialog closes it.
func TestEscapeClosesTheUntouchedAddAPerson(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	q.askAdd()
	ov := f.env.Window.Canvas().Overlays()
	w, ok := f.env.Window.Canvas().Focused().(*kit.DialogEntry)
	if ov.Top() == nil || !ok {
		t.Fatalf("Add a person did not open with the keyboard in its name (%T)", f.env.Window.Canvas().Focused())
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ov.Top() != nil {
		t.Error("Escape in an untouched Add a person did not close it")
	}
}

// The wheel over the result-code field scrolls the compare page.
func TestTheWheelOverTheCodeFieldScrollsThePage(t *testing.T) {
	f := newFixture(t)
	f.env.Window.Resize(fyne.NewSize(800, 600))
	q := openQuiz(t, f)
	addTaker(t, q, "Robin")
	takeTest(t, f, q, answersSam)
	q.showCompare()
	wheelScrollsPage(t, f, "the personality test's result-code field", q.cmp.code, q.cmp.page)
}

// wheelScrollsPage checks the wheel turned up over field moves page, with
// the page scrolled to the bottom first so there is room to move.
func wheelScrollsPage(t *testing.T, f *fixture, what string, field fyne.CanvasObject, page *container.Scroll) {
	t.Helper()
	if page == nil {
		t.Fatalf("%s: no page scroller around it", what)
	}
	page.ScrollToBottom()
	before := page.Offset.Y
	if before <= 0 {
		t.Fatalf("%s: the page does not scroll at this size", what)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(field)
	test.Scroll(f.env.Window.Canvas(), pos.Add(fyne.NewPos(12, 12)), 0, 40)
	if page.Offset.Y >= before {
		t.Errorf("the wheel over %s left the page at %v (was %v)", what, page.Offset.Y, before)
	}
}
