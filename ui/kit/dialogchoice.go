package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A focused drop-down or tick box gets every key too (Tab reaches them in
// a dialog), and Fyne's Select and Check ignore Escape. So the ones
// Parley puts in a dialog are DialogSelect and DialogCheck, which hand
// Escape to EscapeTop as EscButton does: the dialog closes while nothing
// was typed in its fields, and asks first once something was.

// DialogSelect is a drop-down in a dialog that passes Escape to the dialog.
type DialogSelect struct {
	widget.Select
	win fyne.Window
}

// NewDialogSelect is widget.NewSelect for a dialog over win.
func NewDialogSelect(win fyne.Window, options []string, changed func(string)) *DialogSelect {
	s := &DialogSelect{win: win}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = widget.NewSelect(nil, nil).PlaceHolder
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey gives Escape to the dialog and everything else to the drop-down.
func (s *DialogSelect) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		EscapeTop(s.win)
		return
	}
	s.Select.TypedKey(k)
}

// DialogCheck is a tick box in a dialog that passes Escape to the dialog.
type DialogCheck struct {
	widget.Check
	win fyne.Window
}

// NewDialogCheck is widget.NewCheck for a dialog over win.
func NewDialogCheck(win fyne.Window, label string, changed func(bool)) *DialogCheck {
	c := &DialogCheck{win: win}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey gives Escape to the dialog and everything else to the tick box.
func (c *DialogCheck) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		EscapeTop(c.win)
		return
	}
	c.Check.TypedKey(k)
}
