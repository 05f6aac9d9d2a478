package kit

import (
	"errors"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Escape in a dialog. Fyne 2.8's dialogs do not read Escape at all: the
// key goes to the focused widget (internal/driver/glfw/window.go,
// processKeyPressed), and an Entry ignores it. So a dialog's fields are
// DialogEntry values, which hand Escape to the dialog. Escape closes the
// dialog as its Cancel does, without saving, when nothing was typed; once
// something was typed it asks "Leave without saving?" first, with "Keep
// editing" the focused (default) answer, so a reflex Escape loses nothing.

// DialogEntry is a field of a dialog that passes Escape to the dialog.
type DialogEntry struct {
	widget.Entry
	Escape func() // set by EscapeLeaves; a dialog may set its own
}

func NewDialogEntry() *DialogEntry {
	e := &DialogEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func NewDialogPassword() *DialogEntry {
	e := NewDialogEntry()
	e.Password = true
	return e
}

// TypedKey gives Escape to the dialog and everything else to the entry.
func (e *DialogEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.Escape != nil {
		e.Escape()
		return
	}
	e.Entry.TypedKey(k)
}

// EscapeLeaves makes Escape in any of the fields run cancel (what the
// dialog's Cancel does) while they are all as they were when it opened,
// and ask first otherwise. Called once the dialog shows, it also counts
// its kit choices (DialogSelect, DialogCheck, DialogRadio): one changed
// since then asks too.
func EscapeLeaves(win fyne.Window, cancel func(), fields ...*DialogEntry) {
	start := make([]string, len(fields))
	for i, f := range fields {
		start[i] = f.Text
	}
	chosen := choicesOf(win)
	typed := func() bool {
		for i, f := range fields {
			if f.Text != start[i] {
				return true
			}
		}
		return chosen.changed()
	}
	leave := func() {
		if !typed() {
			cancel()
			return
		}
		AskLeave(win, cancel, win.Canvas().Focused())
	}
	for _, f := range fields {
		f.Escape = leave
	}
}

// A focused button gets every key too (Tab reaches a dialog's buttons,
// and AskLeave gives "Keep editing" the keyboard), and Fyne's Button
// ignores Escape. So the buttons Parley puts in a dialog are EscButtons,
// which hand Escape to EscapeTop: the same as Escape in the dialog's
// fields, or with nothing focused. Fyne's own rows of buttons (its Form,
// Confirm, Information and Custom dialogs) cannot be told, so Parley does
// not use those dialogs: kit's own (dialogs.go) take their place. A
// dialog that draws its own buttons (Fyne's NewCustomWithoutButtons: the
// PIN, import, picker and bring-in dialogs) makes them EscButtons. The
// file dialogs are Fyne's own, Escape and all.

// EscButton is a button in a dialog that passes Escape to the dialog.
type EscButton struct {
	widget.Button
	win fyne.Window
}

// NewEscButton is a dialog button for win; the *widget.Button it returns
// is the one to keep (to enable, relabel, tap), the CanvasObject the one
// to place in the dialog.
func NewEscButton(win fyne.Window, text string, tapped func()) (*widget.Button, fyne.CanvasObject) {
	b := &EscButton{win: win}
	b.Text, b.OnTapped = text, tapped
	b.ExtendBaseWidget(b)
	return &b.Button, b
}

// TypedKey gives Escape to the dialog, presses the button on Return or
// Enter as on Space (pressKey), and gives everything else to the button.
func (b *EscButton) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		EscapeTop(b.win)
		return
	}
	b.Button.TypedKey(pressKey(k))
}

// EscapeTop does for the dialog on top what Escape in it does: what its
// fields do (close, or ask once something was typed), or for a dialog
// without fields what EscapeTopDialog does.
func EscapeTop(win fyne.Window) {
	if pop, ok := popUpOf(win.Canvas().Overlays().Top()); ok {
		var field *DialogEntry
		eachPart(pop.Content, func(o fyne.CanvasObject) {
			if e, ok := o.(*DialogEntry); ok && field == nil && e.Escape != nil {
				field = e
			}
		})
		if field != nil {
			field.Escape()
			return
		}
	}
	EscapeTopDialog(win.Canvas())
}

// AskLeave asks before a dialog with typing in it is closed; "Keep
// editing" is the focused answer and gives the keyboard back to back.
func AskLeave(win fyne.Window, leave func(), back fyne.Focusable) {
	var ask dialog.Dialog
	keep, keepObj := NewEscButton(win, lang.L("Keep editing"), func() {
		ask.Hide()
		if back != nil {
			win.Canvas().Focus(back)
		}
	})
	keep.Importance = widget.HighImportance
	_, dropObj := NewEscButton(win, lang.L("Leave without saving"), func() {
		ask.Hide()
		leave()
	})
	body := container.NewVBox(
		Para(lang.L("What you typed here is not saved yet.")),
		RightAligned(dropObj, keepObj),
	)
	ask = dialog.NewCustomWithoutButtons(lang.L("Leave without saving?"), body, win)
	ask.Show()
	win.Canvas().Focus(keepObj.(fyne.Focusable))
}

// NewPassphrasePair is a new passphrase and its repeat for a form dialog:
// the dialog's confirm button stays grey (its validation) until the two
// agree, and why says the reason meanwhile. strength shows the meter's
// words for the first.
func NewPassphrasePair(strength *widget.Label) (pass, again *DialogEntry, why *widget.Label) {
	pass, again, why = NewDialogPassword(), NewDialogPassword(), DisabledReason()
	check := func(string) {
		if t := StrengthText(pass.Text); t != "" || strength.Text == "" {
			strength.SetText(t)
		}
		Say(why, SamePassphrases(pass.Text, again.Text))
	}
	pass.OnChanged, again.OnChanged = check, check
	agree := func(string) error {
		if SamePassphrases(pass.Text, again.Text) != "" {
			return ErrNotYet
		}
		return nil
	}
	pass.Validator, again.Validator = agree, agree
	return pass, again, why
}

// ErrNotYet marks a form dialog's field as not ready; the sentence that
// says why is on a line of its own.
var ErrNotYet = errors.New("not ready yet")

// A dialog without fields (a confirmation, a message, a summary) has
// nothing to hold the keyboard, and Fyne 2.8 gives a key with nothing
// focused to the canvas alone. So the window's key handler passes Escape to
// EscapeTopDialog, which closes the dialog on top as its Cancel or Close
// does. Dialogs are Fyne's: a modal pop-up over the window (the canvas's
// overlays, the same list Lock closes), whose content holds the dialog's
// own body at index 2 and Fyne's row of buttons at index 3 (dialog/base.go,
// create). A dialog with fields is left to its fields (EscapeLeaves): what
// was typed must not go with a stray Escape.

// EscapeTopDialog closes the top dialog the way its dismiss button does,
// when it has no fields; it reports whether it did. A kit dialog
// (dialogs.go) answers for itself: its fields ask once something was typed.
func EscapeTopDialog(c fyne.Canvas) bool {
	if EscapeDialog(c) { // one of kit's own (dialogs.go)
		return true
	}
	pop, ok := popUpOf(c.Overlays().Top())
	if !ok {
		return false
	}
	parts, ok := pop.Content.(*fyne.Container)
	if !ok || len(parts.Objects) != 5 || hasFields(parts.Objects[2]) {
		return false
	}
	// Fyne's own dismiss (No, OK, Close, or the text Parley set) comes
	// first in its row; a dialog without Fyne's buttons has Parley's own
	// Cancel or Close in its body.
	if row, ok := parts.Objects[3].(*fyne.Container); ok && len(row.Objects) > 0 {
		if b, ok := row.Objects[0].(*widget.Button); ok && b.OnTapped != nil && !b.Disabled() {
			b.OnTapped()
			return true
		}
	}
	if b := dismissIn(parts.Objects[2]); b != nil {
		b.OnTapped()
		return true
	}
	return false
}

// popUpOf is the pop-up an overlay shows. Fyne 2.8 puts a pop-up in the
// overlays inside its own OverlayContainer (widget/popup.go), an internal
// type whose exported Content field is the pop-up; reflect reads that field
// because the type cannot be named outside Fyne.
func popUpOf(o fyne.CanvasObject) (*widget.PopUp, bool) {
	if p, ok := o.(*widget.PopUp); ok {
		return p, true
	}
	v := reflect.ValueOf(o)
	if o == nil || v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil, false
	}
	p, ok := f.Interface().(*widget.PopUp)
	return p, ok
}

// hasFields reports whether o holds anything a person types or chooses in.
func hasFields(o fyne.CanvasObject) bool {
	found := false
	eachPart(o, func(o fyne.CanvasObject) {
		switch o.(type) {
		case *widget.Entry, *DialogEntry, *PageEntry, *widget.Form, *widget.Select, *widget.SelectEntry:
			found = true
		}
	})
	return found
}

// dismissIn is the enabled Cancel, Close or Keep editing button in o, or nil.
func dismissIn(o fyne.CanvasObject) *widget.Button {
	var found *widget.Button
	eachPart(o, func(o fyne.CanvasObject) {
		if e, ok := o.(*EscButton); ok {
			o = &e.Button
		}
		b, ok := o.(*widget.Button)
		if !ok || found != nil || b.OnTapped == nil || b.Disabled() || !b.Visible() {
			return
		}
		switch b.Text {
		case lang.L("Cancel"), lang.L("Close"), lang.L("Keep editing"):
			found = b
		}
	})
	return found
}

// eachPart visits o and what it is built of, through containers,
// scrollers and forms (the parts a dialog's body is made of).
func eachPart(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			eachPart(c, visit)
		}
	case *container.Scroll:
		eachPart(x.Content, visit)
	case *marker:
		eachPart(x.content, visit)
	case *widget.Form:
		for _, it := range x.Items {
			eachPart(it.Widget, visit)
		}
	}
}
