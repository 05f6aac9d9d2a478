package kittest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"
)

// EscapeOnAButton tabs until one of the top dialog's buttons has the
// keyboard and presses Escape there, as a person does who has tabbed past
// the fields (issue 14 item 9: Escape must still leave the dialog).
func EscapeOnAButton(t *testing.T, w fyne.Window) {
	t.Helper()
	c := w.Canvas()
	for range 40 {
		c.FocusNext()
		switch f := c.Focused().(type) {
		case *widget.Button, *kit.DialogButton, *kit.EscButton:
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			return
		}
	}
	t.Fatalf("Tab never reaches a button of the dialog (the keyboard is in %T)", c.Focused())
}

// AsksToLeave reports whether the dialog on top is "Leave without
// saving?" over the dialog it asks about.
func AsksToLeave(w fyne.Window) bool {
	ov := w.Canvas().Overlays()
	if len(ov.List()) < 2 {
		return false
	}
	for _, s := range Texts(ov.Top()) {
		if strings.Contains(s, "What you typed here is not saved yet.") {
			return true
		}
	}
	return false
}

// DialogButton is the button of w's top dialog whose text contains s,
// found before anything happens, as a person's pointer hovering over it
// would; the test fails without one.
func DialogButton(t *testing.T, w fyne.Window, s string) *widget.Button {
	t.Helper()
	b := ButtonIn(w.Canvas().Overlays().Top(), s)
	if b == nil {
		t.Fatalf("the dialog has no %q button", s)
	}
	return b
}

// ButtonOf is the button o is, seeing through kit's dialog buttons (a
// DialogButton or an EscButton is a widget.Button with Escape added).
func ButtonOf(o fyne.CanvasObject) (*widget.Button, bool) {
	switch b := o.(type) {
	case *widget.Button:
		return b, true
	case *kit.DialogButton:
		return &b.Button, true
	case *kit.EscButton:
		return &b.Button, true
	}
	return nil, false
}
