package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// namedButton is a button that keeps its accessible name (Fyne 2.8's
// fyne.Accessible: what a screen reader says) when it shows only its icon,
// as the sidebar's Lock and Hide do in a narrow window; a plain Button with
// no text would be named by its icon's file name.
type namedButton struct {
	widget.Button
	name string
}

// newNamedButton is a button with an icon whose text may be emptied later;
// the *widget.Button it returns is the one to keep (to relabel, tap), the
// CanvasObject the one to place.
func newNamedButton(name string, icon fyne.Resource, tapped func()) (*widget.Button, fyne.CanvasObject) {
	b := &namedButton{name: name}
	b.Text, b.Icon, b.OnTapped = name, icon, tapped
	b.ExtendBaseWidget(b)
	return &b.Button, b
}

// AccessibilityLabel is the button's name, shown or not.
func (b *namedButton) AccessibilityLabel() string { return b.name }
