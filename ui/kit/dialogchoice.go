package kit

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
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

// Fyne's RadioGroup hands the keyboard to items of an unexported type, so
// it cannot be wrapped as Select and Check are: Escape on a focused choice
// went nowhere. DialogRadio is Parley's own: the same look (Fyne's radio
// icons, focus ring and hover), Space or a tap to choose, Tab between the
// choices, and Escape handed to EscapeTop. Changing the choice counts as a
// change for EscapeLeaves: Escape then asks before the dialog goes.

// DialogRadio is a choice of one option, one under another, in a dialog
// over win.
type DialogRadio struct {
	widget.DisableableWidget
	Options   []string
	Selected  string
	Required  bool // a tap on the chosen option keeps it chosen
	OnChanged func(string)
	win       fyne.Window
	choices   []*radioChoice
}

// NewDialogRadio is widget.NewRadioGroup for a dialog over win.
func NewDialogRadio(win fyne.Window, options []string, changed func(string)) *DialogRadio {
	r := &DialogRadio{Options: options, OnChanged: changed, win: win}
	for _, o := range options {
		r.choices = append(r.choices, newRadioChoice(r, o))
	}
	r.ExtendBaseWidget(r)
	return r
}

// SetSelected chooses option ("" for none) and tells OnChanged.
func (r *DialogRadio) SetSelected(option string) {
	if r.Selected == option {
		return
	}
	r.Selected = option
	if r.OnChanged != nil {
		r.OnChanged(option)
	}
	r.Refresh()
}

// Refresh redraws every choice.
func (r *DialogRadio) Refresh() {
	for _, c := range r.choices {
		c.Refresh()
	}
	r.BaseWidget.Refresh()
}

// CreateRenderer stacks the choices without gaps, as Fyne's group does.
func (r *DialogRadio) CreateRenderer() fyne.WidgetRenderer {
	objs := make([]fyne.CanvasObject, len(r.choices))
	for i, c := range r.choices {
		objs[i] = c
	}
	return widget.NewSimpleRenderer(container.New(layout.NewCustomPaddedVBoxLayout(0), objs...))
}

// tapped is a choice tapped or given Space.
func (r *DialogRadio) tapped(option string) {
	if r.Disabled() {
		return
	}
	if option == r.Selected {
		if r.Required {
			return
		}
		option = ""
	}
	r.SetSelected(option)
}

// radioChoice is one option of a DialogRadio: what Tab reaches.
type radioChoice struct {
	widget.BaseWidget
	group            *DialogRadio
	label            string
	focused, hovered bool
}

func newRadioChoice(g *DialogRadio, label string) *radioChoice {
	c := &radioChoice{group: g, label: label}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped chooses this option and gives it the keyboard, as Fyne's does.
func (c *radioChoice) Tapped(*fyne.PointEvent) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil && !c.focused && !fyne.CurrentDevice().IsMobile() {
		cv.Focus(c)
	}
	c.group.tapped(c.label)
}

// TypedKey gives Escape to the dialog; Space (TypedRune) chooses.
func (c *radioChoice) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		EscapeTop(c.group.win)
	}
}

func (c *radioChoice) TypedRune(r rune) {
	if r == ' ' {
		c.group.tapped(c.label)
	}
}

// Disabled, Enable and Disable are the group's: Tab passes over a grey
// group's choices.
func (c *radioChoice) Disabled() bool { return c.group.Disabled() }
func (c *radioChoice) Enable()        { c.group.Enable() }
func (c *radioChoice) Disable()       { c.group.Disable() }

func (c *radioChoice) FocusGained() { c.focused = true; c.Refresh() }
func (c *radioChoice) FocusLost()   { c.focused = false; c.Refresh() }

func (c *radioChoice) MouseIn(*desktop.MouseEvent)    { c.hovered = true; c.Refresh() }
func (c *radioChoice) MouseMoved(*desktop.MouseEvent) {}
func (c *radioChoice) MouseOut()                      { c.hovered = false; c.Refresh() }

// AccessibilityLabel is the option's words (fyne.Accessible).
func (c *radioChoice) AccessibilityLabel() string { return c.label }

// AccessibilityRole: Fyne 2.8 names no radio role; choosing is a press.
func (c *radioChoice) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (c *radioChoice) CreateRenderer() fyne.WidgetRenderer {
	r := &radioChoiceRenderer{c: c, ring: &canvas.Circle{}, in: &canvas.Image{}, out: &canvas.Image{}, text: &canvas.Text{}}
	r.update()
	return r
}

// radioChoiceRenderer draws a choice as Fyne 2.8's radio item does
// (widget/radio_item.go): a focus or hover ring, the radio icon in two
// layers, the words.
type radioChoiceRenderer struct {
	c       *radioChoice
	ring    *canvas.Circle
	in, out *canvas.Image
	text    *canvas.Text
}

func (r *radioChoiceRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.ring, r.in, r.out, r.text}
}
func (r *radioChoiceRenderer) Destroy() {}

func (r *radioChoiceRenderer) MinSize() fyne.Size {
	th := r.c.Theme()
	pad := th.Size(theme.SizeNameInnerPadding) * 2
	return r.text.MinSize().AddWidthHeight(pad+th.Size(theme.SizeNameInlineIcon)+th.Size(theme.SizeNamePadding), pad)
}

func (r *radioChoiceRenderer) Layout(size fyne.Size) {
	th := r.c.Theme()
	inner, border, icon := th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameInputBorder), th.Size(theme.SizeNameInlineIcon)
	ring := fyne.NewSquareSize(icon + inner)
	r.ring.Resize(ring)
	r.ring.Move(fyne.NewPos(border, (size.Height-ring.Height)/2))
	r.text.Resize(size)
	r.text.Move(fyne.NewPos(ring.Width+th.Size(theme.SizeNamePadding), 0))
	at := fyne.NewPos(inner/2+border, (size.Height-icon)/2)
	for _, img := range []*canvas.Image{r.in, r.out} {
		img.Resize(fyne.NewSquareSize(icon))
		img.Move(at)
	}
}

func (r *radioChoiceRenderer) Refresh() {
	r.update()
	canvas.Refresh(r.c)
}

func (r *radioChoiceRenderer) update() {
	th, v := r.c.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	chosen, off := r.c.group.Selected == r.c.label, r.c.group.Disabled()
	r.text.Text, r.text.TextSize = r.c.label, th.Size(theme.SizeNameText)
	r.text.Color = th.Color(theme.ColorNameForeground, v)
	out := theme.NewThemedResource(th.Icon(theme.IconNameRadioButton))
	in := theme.NewThemedResource(th.Icon(theme.IconNameRadioButtonFill))
	out.ColorName, in.ColorName = theme.ColorNameInputBorder, theme.ColorNameInputBackground
	if chosen {
		out.ColorName, in.ColorName = theme.ColorNameForeground, theme.ColorNamePrimary
	}
	r.ring.FillColor = color.Transparent
	switch {
	case off:
		r.text.Color, out.ColorName, in.ColorName = th.Color(theme.ColorNameDisabled, v), theme.ColorNameDisabled, theme.ColorNameBackground
		if chosen {
			in.ColorName = theme.ColorNameDisabled
		}
	case r.c.focused:
		r.ring.FillColor = th.Color(theme.ColorNameFocus, v)
	case r.c.hovered:
		r.ring.FillColor = th.Color(theme.ColorNameHover, v)
	}
	r.in.Resource, r.out.Resource = in, out
	r.in.Refresh()
	r.out.Refresh()
	r.ring.Refresh()
	r.text.Refresh()
}

// choices is what the dialog's drop-downs, tick boxes and radio choices
// say when it opens, so Escape can tell whether the person changed one.
type choices map[fyne.CanvasObject]string

// choicesOf records the choices in the dialog on top of win.
func choicesOf(win fyne.Window) choices {
	out := choices{}
	if pop, ok := popUpOf(win.Canvas().Overlays().Top()); ok {
		eachPart(pop.Content, func(o fyne.CanvasObject) {
			if v, ok := choiceNow(o); ok {
				out[o] = v
			}
		})
	}
	return out
}

// changed reports whether any recorded choice now says something else.
func (cs choices) changed() bool {
	for o, was := range cs {
		if now, _ := choiceNow(o); now != was {
			return true
		}
	}
	return false
}

func choiceNow(o fyne.CanvasObject) (string, bool) {
	switch x := o.(type) {
	case *DialogRadio:
		return x.Selected, true
	case *DialogSelect:
		return x.Selected, true
	case *DialogCheck:
		return strconv.FormatBool(x.Checked), true
	}
	return "", false
}
