package kit_test

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"
)

// Issue 14: Escape on a focused drop-down or tick box in a dialog did
// nothing (Fyne's Select and Check ignore it). Now it does what Escape in
// the dialog's fields does: it closes the dialog while nothing was typed,
// and asks first once something was.
func TestEscapeOnAFocusedChoiceInADialog(t *testing.T) {
	for _, tc := range []struct {
		what  string
		typed string
	}{{"nothing typed", ""}, {"something typed", "Sam"}} {
		for _, which := range []string{"drop-down", "tick box"} {
			t.Run(which+", "+tc.what, func(t *testing.T) {
				w := test.NewTempWindow(t, widget.NewLabel("behind"))
				w.Resize(fyne.NewSize(600, 400))
				name := kit.NewDialogEntry()
				sel := kit.NewDialogSelect(w, []string{"One", "Two"}, nil)
				tick := kit.NewDialogCheck(w, "Only after we have talked", nil)
				d := kit.NewForm("Add", "Add", "Cancel", []*widget.FormItem{
					widget.NewFormItem("Name", name),
					widget.NewFormItem("Kind", container.NewVBox(sel, tick)),
				}, nil, w)
				d.Show()
				kit.EscapeLeaves(w, d.Hide, name)
				if tc.typed != "" {
					test.Type(name, tc.typed)
				}
				var f fyne.Focusable = sel
				if which == "tick box" {
					f = tick
				}
				w.Canvas().Focus(f)
				w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
				open := len(w.Canvas().Overlays().List())
				switch {
				case tc.typed == "" && open != 0:
					t.Errorf("Escape on the focused %s left the dialog open", which)
				case tc.typed != "" && open != 2:
					t.Errorf("Escape on the focused %s with a name typed: %d dialogs open, want the form and the question", which, open)
				}
				if tc.typed != "" && name.Text != tc.typed {
					t.Errorf("the name typed went: %q", name.Text)
				}
			})
		}
	}
}

// A DialogRadio behaves as Fyne's RadioGroup does for the pointer and
// Space, and hands Escape to the dialog: it closes an untouched dialog and
// asks first once the choice was changed (or something typed).
func TestDialogRadioChoosesAndPassesEscape(t *testing.T) {
	for _, change := range []bool{false, true} {
		w := test.NewTempWindow(t, widget.NewLabel("behind"))
		w.Resize(fyne.NewSize(600, 400))
		name := kit.NewDialogEntry()
		var heard []string
		who := kit.NewDialogRadio(w, []string{"Only me", "Everyone"}, func(s string) { heard = append(heard, s) })
		who.Required = true
		who.SetSelected("Only me")
		d := kit.NewForm("Add", "Add", "Cancel", []*widget.FormItem{
			widget.NewFormItem("Name", name),
			widget.NewFormItem("Who sees it", who),
		}, nil, w)
		d.Show()
		kit.EscapeLeaves(w, d.Hide, name)
		var choices []fyne.Focusable
		for range 10 {
			w.Canvas().FocusNext()
			if f := w.Canvas().Focused(); f != nil && f != fyne.Focusable(name) && !slices.Contains(choices, f) {
				if _, button := f.(*kit.DialogButton); !button {
					choices = append(choices, f)
				}
			}
		}
		if len(choices) != 2 {
			t.Fatalf("Tab reaches %d choices, want 2", len(choices))
		}
		test.Tap(choices[0].(fyne.Tappable)) // the chosen one, Required: stays
		if who.Selected != "Only me" {
			t.Errorf("a tap on the chosen option of a required group left %q", who.Selected)
		}
		if change {
			choices[1].TypedRune(' ')
			if who.Selected != "Everyone" || heard[len(heard)-1] != "Everyone" {
				t.Errorf("Space on Everyone chose %q (heard %q)", who.Selected, heard)
			}
		}
		w.Canvas().Focus(choices[0])
		choices[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		open := len(w.Canvas().Overlays().List())
		if !change && open != 0 {
			t.Error("Escape on a choice of the untouched dialog left it open")
		}
		if change && open != 2 {
			t.Errorf("Escape after changing the choice: %d dialogs open, want the form and the question", open)
		}
	}
}
