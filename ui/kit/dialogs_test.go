package kit_test

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"
)

// escapeOn presses Escape on the focused widget, as the desktop driver
// does once a button has the keyboard.
func escapeOn(t *testing.T, w fyne.Window) {
	t.Helper()
	f := w.Canvas().Focused()
	if f == nil {
		t.Fatal("nothing has the keyboard")
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

// focusButton tabs until a button with this text has the keyboard.
func focusButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	for range 20 {
		w.Canvas().FocusNext()
		if b, ok := w.Canvas().Focused().(*kit.DialogButton); ok && b.Text == text {
			return
		}
	}
	t.Fatalf("Tab never reaches %q", text)
}

// windowBehind is the window a dialog opens over.
func windowBehind(t *testing.T) fyne.Window {
	w := test.NewTempWindow(t, widget.NewLabel("behind"))
	w.Resize(fyne.NewSize(600, 400))
	return w
}

// askToDelete opens a confirmation over a new window; answer is "yes" or
// "no" once it is answered, "none" until then.
func askToDelete(t *testing.T) (fyne.Window, *string) {
	w := windowBehind(t)
	answer := "none"
	kit.ShowConfirm("Delete it?", "It cannot be brought back.", func(ok bool) {
		answer = map[bool]string{true: "yes", false: "no"}[ok]
	}, w)
	return w, &answer
}

// Issue 14 item 9: with the keyboard on one of the dialog's own buttons,
// Escape closes a confirmation as its "No" does, and a message as its OK.
func TestEscapeOnAFocusedButtonClosesTheDialog(t *testing.T) {
	w, answer := askToDelete(t)
	focusButton(t, w, "Yes")
	escapeOn(t, w)
	if *answer != "no" || w.Canvas().Overlays().Top() != nil {
		t.Errorf("Escape on the focused Yes: answer %q, dialog still open %v; want it closed as No", *answer, w.Canvas().Overlays().Top() != nil)
	}

	kit.ShowInformation("Settings", "Saved.", w)
	focusButton(t, w, "OK")
	escapeOn(t, w)
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Escape on the focused OK left the message open")
	}

	kit.ShowInformation("Settings", "Saved.", w) // nothing focused: the window's handler
	w.Canvas().Unfocus()
	if !kit.EscapeDialog(w.Canvas()) || w.Canvas().Overlays().Top() != nil {
		t.Error("Escape with nothing focused left the message open")
	}
}

// A form keeps Fyne's validation (the confirm button grey, Submit refused,
// until the fields agree) and Escape on its buttons asks first once
// something was typed, as Escape in its fields does.
func TestFormKeepsValidationAndEscapeAsksOnceTyped(t *testing.T) {
	w := windowBehind(t)
	name := kit.NewDialogEntry()
	name.Validator = func(s string) error {
		if s == "" {
			return errors.New("empty")
		}
		return nil
	}
	saved := 0
	d := kit.NewForm("Name", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, func(ok bool) {
		if ok {
			saved++
		}
	}, w)
	d.Show()
	kit.EscapeLeaves(w, d.Hide, name)
	d.Submit()
	if saved != 0 {
		t.Fatal("an empty name was submitted past the validator")
	}
	test.Type(name, "Sam")
	focusButton(t, w, "Save")
	escapeOn(t, w)
	if top := w.Canvas().Overlays().Top(); top == nil || len(w.Canvas().Overlays().List()) < 2 {
		t.Fatal("Escape on Save with a name typed did not ask before leaving")
	}
	// "Keep editing" has the keyboard: Space keeps the form and what was typed.
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if name.Text != "Sam" || len(w.Canvas().Overlays().List()) != 1 {
		t.Fatalf("Keep editing lost the form or the name (%q)", name.Text)
	}
	d.Submit()
	if saved != 1 {
		t.Errorf("a valid name was not submitted (%d)", saved)
	}
}

// Return on a highlighted dialog button presses it, as Space does: Fyne's
// buttons answer Space only, and the walk (issue 14) stuck on "Keep
// editing" with Return pressed twice.
func TestReturnPressesTheFocusedDialogButton(t *testing.T) {
	w, answer := askToDelete(t)
	focusButton(t, w, "No")
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if *answer != "no" || w.Canvas().Overlays().Top() != nil {
		t.Errorf("Return on the focused No: answer %q, still open %v", *answer, w.Canvas().Overlays().Top() != nil)
	}

	kit.AskLeave(w, func() { t.Error("Return on Keep editing left without saving") }, nil)
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Enter on the focused Keep editing did nothing")
	}
}
