package checklist

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/ui/kit/kittest"

	"parleyapp.org/parley/domain/checklist"
)

// accessibleName is what a screen reader would call o: kittest.FieldName,
// except that Fyne 2.8's list rows carry no name of their own: a row is
// named by what it holds (a category's label, a row's answers).
func accessibleName(o fyne.CanvasObject) string {
	if _, ok := o.(fyne.Accessible); !ok && fmt.Sprintf("%T", o) == "*widget.listItem" {
		name := ""
		walk(o, nil, func(in fyne.CanvasObject, _ []fyne.CanvasObject) {
			if a, ok := in.(fyne.Accessible); ok && name == "" && in != o {
				name = a.AccessibilityLabel()
			}
		})
		return name
	}
	return kittest.FieldName(o)
}

// unnamed lists every interactive widget under root (one that takes a tap
// or the keyboard) without an accessible name. The insides of a widget
// that is itself interactive belong to it, except a list's rows.
func unnamed(root fyne.CanvasObject) []string {
	return kittest.ControlsNamedBy(root, accessibleName, func(p fyne.CanvasObject) bool {
		switch p.(type) {
		case *answerList, *categoryList:
			return true
		}
		return false
	})
}

// Issue 16, item 2: every interactive widget of the checklist, the
// chooser, the open list with its rows, the details panel, has a name;
// an answer button says which answer, which activity, and if it is chosen.
func TestEveryControlOfTheChecklistHasAnAccessibleName(t *testing.T) {
	f := newFixture(t)
	c := f.screen()
	f.env.Eventually(t, "the chooser is ready", func() bool { return c.people.AddButton != nil })
	if bad := unnamed(f.env.Window.Canvas().Content()); len(bad) > 0 {
		t.Errorf("the chooser has unnamed controls: %v", bad)
	}
	c = openChecklist(t, f, "Sam")
	i := rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving)
	tapAnswer(t, c, i, checklist.Yes)
	c.list.Select(i)
	if bad := unnamed(f.env.Window.Canvas().Content()); len(bad) > 0 {
		t.Errorf("the open list has unnamed controls: %v", bad)
	}
	item := newAnswerRow(c.words)
	c.updateRow(i, item.box)
	if got := item.named[0].AccessibilityLabel(); got != "Yes for Blindfold (receiving), chosen" {
		t.Errorf("the chosen answer reads %q", got)
	}
	if got := item.named[3].AccessibilityLabel(); got != "Hard limit for Blindfold (receiving)" {
		t.Errorf("another answer reads %q", got)
	}
	if c.list.AccessibilityLabel() == "" || c.note.AccessibilityLabel() == "" {
		t.Error("the list or the note has no accessible name")
	}
}
