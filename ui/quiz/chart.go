package quiz

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/quiz"
	"parleyapp.org/parley/ui/kit"
)

// The bars of the personality test are drawn in the theme's accent colour
// only: a score is not good or bad, so green, amber and red (kept for
// safewords and hard limits) never appear. The first person's bar is
// solid; a second person's is a lighter fill with an outline, and every
// bar has its name or number written beside it, so colour is never the
// only way to tell them apart.

// quizBarStyle says whose bar it is in a comparison.
type quizBarStyle int

const (
	quizBarSolid   quizBarStyle = iota // the person, or the first of two
	quizBarOutline                     // the second of two
)

// quizBar is a horizontal bar from 0 to 100 with faint marks where the
// bands change (low, middle, high).
type quizBar struct {
	widget.BaseWidget
	score int
	style quizBarStyle
	min   fyne.Size
	name  string // what a screen reader says (fyne.Accessible)
}

// AccessibilityLabel says whose bar, which trait and the score, in words.
func (b *quizBar) AccessibilityLabel() string {
	if b.name != "" {
		return b.name
	}
	return lang.L("{{.Score}} of 100", map[string]any{"Score": b.score})
}

// AccessibilityRole: a bar is read, not pressed.
func (b *quizBar) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func newQuizBar(score int, style quizBarStyle) *quizBar {
	b := &quizBar{score: score, style: style, min: fyne.NewSize(160, 18)}
	b.ExtendBaseWidget(b)
	return b
}

// newQuizSwatch is a short bar for a legend.
func newQuizSwatch(style quizBarStyle) *quizBar {
	b := &quizBar{score: 100, style: style, min: fyne.NewSize(28, 14)}
	b.ExtendBaseWidget(b)
	return b
}

func (b *quizBar) CreateRenderer() fyne.WidgetRenderer {
	r := &quizBarRenderer{bar: b, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil)}
	for i := range r.marks {
		r.marks[i] = canvas.NewRectangle(nil)
	}
	r.Refresh()
	return r
}

type quizBarRenderer struct {
	bar   *quizBar
	track *canvas.Rectangle
	fill  *canvas.Rectangle
	marks [2]*canvas.Rectangle // at the low/middle and middle/high cuts
}

func (r *quizBarRenderer) Layout(size fyne.Size) {
	h := fyne.Min(size.Height, r.bar.min.Height)
	y := (size.Height - h) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(size.Width, h))
	r.fill.Move(fyne.NewPos(0, y))
	r.fill.Resize(fyne.NewSize(size.Width*float32(r.bar.score)/100, h))
	for i, cut := range []int{quiz.MiddleFrom, quiz.HighFrom} {
		r.marks[i].Move(fyne.NewPos(size.Width*float32(cut)/100-1, y))
		r.marks[i].Resize(fyne.NewSize(2, h))
	}
}

func (r *quizBarRenderer) MinSize() fyne.Size { return r.bar.min }

// Refresh reads the theme's colours again, so a change between light and
// dark shows at once.
func (r *quizBarRenderer) Refresh() {
	accent := theme.Color(theme.ColorNamePrimary)
	r.track.FillColor = theme.Color(theme.ColorNameInputBorder)
	r.track.CornerRadius = 4
	r.fill.CornerRadius = 4
	r.fill.FillColor, r.fill.StrokeColor, r.fill.StrokeWidth = accent, color.Transparent, 0
	if r.bar.style == quizBarOutline {
		r.fill.FillColor = withAlpha(accent, 0x70)
		r.fill.StrokeColor, r.fill.StrokeWidth = accent, 2
	}
	marks := len(r.marks)
	if r.bar.min.Width < 60 { // a legend swatch has no bands
		marks = 0
	}
	for i, m := range r.marks {
		m.FillColor = theme.Color(theme.ColorNameBackground)
		m.Hidden = i >= marks
	}
	r.Layout(r.bar.Size())
	canvas.Refresh(r.bar)
}

func (r *quizBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.fill, r.marks[0], r.marks[1]}
}

func (r *quizBarRenderer) Destroy() {}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// quizBandWord is a band in words.
func quizBandWord(b quiz.Band) string {
	switch b {
	case quiz.BandHigh:
		return lang.L("high")
	case quiz.BandLow:
		return lang.L("low")
	}
	return lang.L("middle")
}

// quizScoreText is a score and its band, e.g. "72 · high".
func quizScoreText(s quiz.TraitScore) string {
	return lang.L("{{.Score}} · {{.Band}}", map[string]any{"Score": s.Score, "Band": quizBandWord(s.Band)})
}

// quizPair is one trait of a comparison: a bar for each person, each
// labelled with the person's name and their score.
func quizPair(c quiz.TraitComparison, nameA, nameB string) fyne.CanvasObject {
	// The score column is as wide as the widest possible score, so both
	// bars of a pair (and of every pair) have the same length.
	widest := widget.NewLabel(quizScoreText(quiz.TraitScore{Score: 100, Band: quiz.BandMiddle}))
	row := func(who string, s quiz.TraitScore, style quizBarStyle) fyne.CanvasObject {
		n := widget.NewLabel(quizScoreText(s))
		n.Alignment = fyne.TextAlignTrailing
		w := canvas.NewRectangle(color.Transparent)
		w.SetMinSize(fyne.NewSize(widest.MinSize().Width, 1))
		bar := newQuizBar(s.Score, style)
		bar.name = lang.L("{{.Name}}: {{.Score}}", map[string]any{"Name": who, "Score": quizScoreText(s)})
		return container.NewBorder(nil, nil, nil, container.NewStack(w, n), bar)
	}
	return container.New(layout.NewFormLayout(),
		widget.NewLabel(nameA), row(nameA, c.A, quizBarSolid),
		widget.NewLabel(nameB), row(nameB, c.B, quizBarOutline),
	)
}

// quizLegend says which bar is whose.
func quizLegend(nameA, nameB string) fyne.CanvasObject {
	a, b := newQuizSwatch(quizBarSolid), newQuizSwatch(quizBarOutline)
	a.name = lang.L("{{.Name}}'s bars are solid", map[string]any{"Name": nameA})
	b.name = lang.L("{{.Name}}'s bars are outlined", map[string]any{"Name": nameB})
	return container.NewHBox(
		container.NewCenter(a), widget.NewLabel(nameA),
		kit.Spacer(0), container.NewCenter(b), widget.NewLabel(nameB),
	)
}

// quizIndent lines a bar up with the text of the labels around it.
func quizIndent(o fyne.CanvasObject) fyne.CanvasObject {
	p := theme.InnerPadding()
	return container.New(layout.NewCustomPaddedLayout(0, 0, p, p), o)
}
