package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Escape in a dialog. Fyne 2.8's dialogs do not read Escape at all: the
// key goes to the focused widget (internal/driver/glfw/window.go,
// processKeyPressed), and an Entry ignores it. So a dialog's fields are
// dialogEntry values, which hand Escape to the dialog. Escape closes the
// dialog as its Cancel does, without saving, when nothing was typed; once
// something was typed it asks "Leave without saving?" first, with "Keep
// editing" the focused (default) answer, so a reflex Escape loses nothing.

// dialogEntry is a field of a dialog that passes Escape to the dialog.
type dialogEntry struct {
	widget.Entry
	escape func() // set by escapeLeaves
}

func newDialogEntry() *dialogEntry {
	e := &dialogEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func newDialogPassword() *dialogEntry {
	e := newDialogEntry()
	e.Password = true
	return e
}

// TypedKey gives Escape to the dialog and everything else to the entry.
func (e *dialogEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.escape != nil {
		e.escape()
		return
	}
	e.Entry.TypedKey(k)
}

// escapeLeaves makes Escape in any of the fields run cancel (what the
// dialog's Cancel does) while they are all as they were when it opened,
// and ask first otherwise.
func escapeLeaves(win fyne.Window, cancel func(), fields ...*dialogEntry) {
	start := make([]string, len(fields))
	for i, f := range fields {
		start[i] = f.Text
	}
	typed := func() bool {
		for i, f := range fields {
			if f.Text != start[i] {
				return true
			}
		}
		return false
	}
	leave := func() {
		if !typed() {
			cancel()
			return
		}
		askLeave(win, cancel, win.Canvas().Focused())
	}
	for _, f := range fields {
		f.escape = leave
	}
}

// askLeave asks before a dialog with typing in it is closed; "Keep
// editing" is the focused answer and gives the keyboard back to back.
func askLeave(win fyne.Window, leave func(), back fyne.Focusable) {
	var ask dialog.Dialog
	keep := widget.NewButton(lang.L("Keep editing"), func() {
		ask.Hide()
		if back != nil {
			win.Canvas().Focus(back)
		}
	})
	keep.Importance = widget.HighImportance
	drop := widget.NewButton(lang.L("Leave without saving"), func() {
		ask.Hide()
		leave()
	})
	body := container.NewVBox(
		para(lang.L("What you typed here is not saved yet.")),
		rightAligned(drop, keep),
	)
	ask = dialog.NewCustomWithoutButtons(lang.L("Leave without saving?"), body, win)
	ask.Show()
	win.Canvas().Focus(keep)
}

// newPassphrasePair is a new passphrase and its repeat for a form dialog:
// the dialog's confirm button stays grey (its validation) until the two
// agree, and why says the reason meanwhile. strength shows the meter's
// words for the first.
func newPassphrasePair(strength *widget.Label) (pass, again *dialogEntry, why *widget.Label) {
	pass, again, why = newDialogPassword(), newDialogPassword(), disabledReason()
	check := func(string) {
		if t := strengthText(pass.Text); t != "" || strength.Text == "" {
			strength.SetText(t)
		}
		say(why, samePassphrases(pass.Text, again.Text))
	}
	pass.OnChanged, again.OnChanged = check, check
	agree := func(string) error {
		if samePassphrases(pass.Text, again.Text) != "" {
			return errNotYet
		}
		return nil
	}
	pass.Validator, again.Validator = agree, agree
	return pass, again, why
}

// errNotYet marks a form dialog's field as not ready; the sentence that
// says why is on a line of its own.
var errNotYet = errors.New("not ready yet")
