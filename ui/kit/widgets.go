package kit

import (
	"image/color"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Heading is a screen's title.
func Heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameHeadingText
	l.TextStyle.Bold = true
	return l
}

// Subheading titles a part of a screen.
func Subheading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameSubHeadingText
	l.TextStyle.Bold = true
	return l
}

// Para is a paragraph that wraps.
func Para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Problem is a label for an error a person can meet: hidden while empty.
type Problem struct {
	*widget.Label
}

func NewProblem() *Problem {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Bold = true // not red: red means a hard limit or a blocking finding
	l.Hide()
	return &Problem{l}
}

// Say shows the sentence (or hides the label when it is empty).
func (p *Problem) Say(text string) {
	p.SetText(text)
	if text == "" {
		p.Hide()
	} else {
		p.Show()
	}
}

// Column centres a narrow, readable column of content in the window.
func Column(width float32, objs ...fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox(objs...)
	return container.NewVScroll(container.New(&centreColumn{width: width}, box))
}

// ScrollOf is the scroller a page built by Column is, or nil.
func ScrollOf(page fyne.CanvasObject) *container.Scroll {
	s, _ := page.(*container.Scroll)
	return s
}

// CentreLayout lays its one child out at a fixed maximum width, centred.
func CentreLayout(width float32) fyne.Layout { return &centreColumn{width: width} }

type centreColumn struct{ width float32 }

func (c *centreColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(fyne.Min(m.Width, c.width), m.Height+2*theme.Padding()*4)
}

func (c *centreColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width-4*theme.Padding(), c.width)
	h := objs[0].MinSize().Height
	objs[0].Resize(fyne.NewSize(w, fyne.Max(h, size.Height-8*theme.Padding())))
	objs[0].Move(fyne.NewPos((size.Width-w)/2, 4*theme.Padding()))
}

// NewCover is a plain screen with one button: used by quick-hide.
func NewCover(label string, onShow func()) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	btn := widget.NewButton(label, onShow)
	btn.Importance = widget.LowImportance
	return container.NewStack(bg, container.NewCenter(btn))
}

// Spacer adds a little vertical air.
func Spacer(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, h))
	return r
}

// RightAligned puts buttons at the end of a row, the primary one last.
func RightAligned(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, objs...)...)
}

// Say sets a status label's text, showing it only while it has some.
func Say(l *widget.Label, text string) {
	l.SetText(text)
	l.Hidden = text == ""
	l.Refresh()
}

// ProgressLine is a slim bar: a neutral track with the accent filling the
// done part, so a small fraction looks small.
type ProgressLine struct {
	widget.BaseWidget
	value float64
}

func NewProgressLine() *ProgressLine {
	p := &ProgressLine{}
	p.ExtendBaseWidget(p)
	return p
}

// SetValue sets the fraction done, 0 to 1.
func (p *ProgressLine) SetValue(v float64) {
	p.value = max(0, min(1, v))
	p.Refresh()
}

// Value is the fraction done, 0 to 1.
func (p *ProgressLine) Value() float64 { return p.value }

func (p *ProgressLine) CreateRenderer() fyne.WidgetRenderer {
	track := canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	fill := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	track.CornerRadius, fill.CornerRadius = 4, 4
	return &progressRenderer{p: p, track: track, fill: fill}
}

type progressRenderer struct {
	p           *ProgressLine
	track, fill *canvas.Rectangle
}

func (r *progressRenderer) Layout(s fyne.Size) {
	h := float32(8)
	y := (s.Height - h) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(s.Width, h))
	r.fill.Move(fyne.NewPos(0, y))
	r.fill.Resize(fyne.NewSize(s.Width*float32(r.p.value), h))
}

func (r *progressRenderer) MinSize() fyne.Size { return fyne.NewSize(40, 20) }

func (r *progressRenderer) Refresh() {
	r.track.FillColor = theme.Color(theme.ColorNameSeparator)
	r.fill.FillColor = theme.Color(theme.ColorNamePrimary)
	r.Layout(r.p.Size())
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *progressRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *progressRenderer) Destroy()                     {}

// DisabledReason is the quiet line beside a primary action that says why it
// is grey; hidden while the action can be used.
func DisabledReason() *widget.Label {
	l := Hint("")
	l.Hide()
	return l
}

// EnableWhy enables b when on; otherwise greys it out and says why in the
// line beside it. Every primary action that can be grey says why this way,
// so a grey button is never a riddle.
func EnableWhy(b *widget.Button, why *widget.Label, on bool, reason string) {
	Enable(b, on)
	if on {
		reason = ""
	}
	Say(why, reason)
}

// WrappingButton is a button whose words wrap onto more lines when its
// column is narrow, for a button that names a person (their name can be
// long) in a panel beside the form. Fyne's own button keeps its text on
// one line and so sets the narrowest the window can be. The button
// underneath takes taps, hover and the keyboard; the label and icon on
// top only show its words, which are also the button's accessible name.
func WrappingButton(text string, icon fyne.Resource, tapped func()) (*widget.Button, fyne.CanvasObject) {
	b := NewNamedButton(text, "", nil, tapped)
	words := widget.NewLabel(text)
	words.Wrapping = fyne.TextWrapWord
	face := container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(icon)), nil, words)
	return &b.Button, container.NewStack(b, container.NewPadded(face))
}

// FileWhere names a saved file for "Saved as {{.File}} in {{.Folder}}":
// its name, and the whole folder it is in, so the person can find it.
func FileWhere(path string) map[string]any {
	return map[string]any{"File": filepath.Base(path), "Folder": filepath.Dir(path)}
}

// Hint is a quiet sentence of help.
func Hint(text string) *widget.Label {
	l := Para(text)
	l.Importance = widget.LowImportance
	return l
}

// Quiet is a short quiet label that never wraps, for a row of controls.
func Quiet(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	return l
}

func Enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// Bullets is a bulleted list that wraps, its items set close together.
func Bullets(items ...string) *widget.RichText {
	list := &widget.ListSegment{}
	for _, it := range items {
		list.Items = append(list.Items, &widget.ParagraphSegment{Texts: []widget.RichTextSegment{
			&widget.TextSegment{Text: it, Style: widget.RichTextStyleInline},
		}})
	}
	rt := widget.NewRichText(list)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// TopFirst is container.NewBorder(top, nil, nil, nil, center) with top
// first in Tab order. Fyne's Border lists its centre before its edges, and
// Tab follows that list, so a bar of actions above a long form came after
// every field; the layout places each object by identity, so the order of
// the list changes nothing on screen.
func TopFirst(top, center fyne.CanvasObject) *fyne.Container {
	c := container.NewBorder(top, nil, nil, nil, center)
	c.Objects = []fyne.CanvasObject{top, center}
	return c
}
