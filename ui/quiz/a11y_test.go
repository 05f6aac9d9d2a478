package quiz

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/ui/kit/kittest"
)

// unnamed lists every interactive widget under root without an accessible
// name (the insides of an interactive widget belong to it, except the
// step that takes the keyboard).
func unnamed(root fyne.CanvasObject) []string {
	return kittest.ControlsNamedBy(root, kittest.FieldName, func(p fyne.CanvasObject) bool {
		_, keys := p.(*quizKeyArea)
		return keys
	})
}

// Issue 16, item 2: every interactive widget of the test's steps has a
// name, and its charts say whose bar and what score.
func TestEveryControlOfThePersonalityTestHasAnAccessibleName(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	check := func(step string) {
		t.Helper()
		if bad := unnamed(f.env.Window.Canvas().Content()); len(bad) > 0 {
			t.Errorf("%s has unnamed controls: %v", step, bad)
		}
	}
	check("the chooser")
	addTaker(t, q, "Sam")
	check("the introduction")
	tap(q.start)
	check("a statement")
	if q.ask.keys.AccessibilityLabel() == "" {
		t.Error("the statements' step has no name")
	}
	takeTest(t, f, q, answersSam)
	check("the result")
	var bars []string
	walk(q.content, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := o.(*quizBar); ok {
			bars = append(bars, b.AccessibilityLabel())
		}
	})
	if len(bars) != 8 || !strings.Contains(bars[0], ":") || !strings.Contains(bars[0], "·") {
		t.Errorf("the result's bars read %q", bars)
	}
	q.showCompare()
	check("the comparison's choice")
}
