package checklist

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Issue 14: Tab reaches the "Who sees it" choice of "Add your own
// activity", and Escape there did nothing (Fyne's radio items take the
// key and drop it). Now it does what Escape does in the dialog's fields:
// it closes the untouched dialog, and asks "Leave without saving?" once a
// name was typed or the choice itself was changed.
func TestEscapeOnTheAddDialogsWhoSeesItChoice(t *testing.T) {
	for _, tc := range []struct {
		what    string
		change  func(f *fixture)
		wantAsk bool
	}{
		{"untouched", func(*fixture) {}, false},
		{"a name typed", func(f *fixture) { test.Type(f.env.Window.Canvas().Focused(), "Hand holding") }, true},
		{"the choice changed", nil, true},
	} {
		t.Run(tc.what, func(t *testing.T) {
			f := newFixture(t)
			c := openChecklist(t, f, "Sam")
			ov := f.env.Window.Canvas().Overlays()
			tap(c.addOwn)
			if ov.Top() == nil {
				t.Fatal("Add your own activity did not open")
			}
			if tc.change != nil {
				tc.change(f)
			}
			choice := tabToAChoice(t, f)
			if tc.change == nil { // Space picks "Everyone on this computer"
				tabToAChoice(t, f)
				choice = f.env.Window.Canvas().Focused()
				choice.TypedRune(' ')
			}
			pressEscape(f)
			asked := ov.Top() != nil && buttonIn(ov.Top(), "Leave without saving") != nil
			switch {
			case !tc.wantAsk && ov.Top() != nil:
				t.Errorf("Escape on the focused choice (%T) left the untouched dialog open", choice)
			case tc.wantAsk && !asked:
				t.Errorf("Escape on the focused choice (%T) with %s did not ask first (%d dialogs open)", choice, tc.what, len(ov.List()))
			case tc.wantAsk && len(ov.List()) != 2:
				t.Errorf("Escape with %s: %d dialogs open, want the form and the question", tc.what, len(ov.List()))
			}
		})
	}
}

// tabToAChoice presses Tab until one of a radio choice's items has the
// keyboard, and returns it.
func tabToAChoice(t *testing.T, f *fixture) fyne.Focusable {
	t.Helper()
	c := f.env.Window.Canvas()
	for range 40 {
		c.FocusNext()
		if foc := c.Focused(); foc != nil && strings.Contains(strings.ToLower(fmt.Sprintf("%T", foc)), "radio") {
			return foc
		}
	}
	t.Fatal("Tab never reaches the Who sees it choice")
	return nil
}
