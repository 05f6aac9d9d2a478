package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// NamedButton is a button that keeps its accessible name (Fyne 2.8's
// fyne.Accessible: what a screen reader says) when it shows only its icon:
// a plain Button with no text is named by its icon's file name
// ("foreground_delete.svg"). The sidebar's Lock and Hide, which lose their
// text in a narrow window, and every icon-only button are NamedButtons
// (kittest.Unnamed finds any that are not).
type NamedButton struct {
	widget.Button
	name string
}

// NewNamedButton is a button with an icon, the text text (which may be
// empty or emptied later) and the accessible name name.
func NewNamedButton(name, text string, icon fyne.Resource, tapped func()) *NamedButton {
	b := &NamedButton{name: name}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// AccessibilityLabel is the button's name, shown or not.
func (b *NamedButton) AccessibilityLabel() string { return b.name }
