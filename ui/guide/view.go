package guide

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/guide"
	"parleyapp.org/parley/ui/kit"
)

// guideReadingWidth keeps the lines of an article comfortable to read.
const guideReadingWidth = 680

// newGuideRow is one line of the guide's list: the title, whether it is an
// article or a glossary term, and two lines of text (the opening, or where
// the search words were found).
func newGuideRow() fyne.CanvasObject {
	title := widget.NewLabel("The four parts of a negotiation")
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	kind := widget.NewLabel(lang.L("Glossary"))
	kind.TextStyle.Italic = true
	snippet := widget.NewLabel("")
	snippet.Wrapping = fyne.TextWrapWord
	snippet.Truncation = fyne.TextTruncateEllipsis
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
	twoLines := canvas.NewRectangle(nil)
	twoLines.SetMinSize(fyne.NewSize(10, 2*line+theme.LineSpacing()+2*theme.InnerPadding()))
	return container.New(guideRowLayout{},
		container.NewBorder(nil, nil, nil, kind, title),
		container.NewStack(twoLines, snippet),
	)
}

// guideRowLayout stacks a row's title and text, letting the text's top
// padding overlap the title's bottom padding so the two read as one entry.
type guideRowLayout struct{}

func (guideRowLayout) overlap() float32 { return theme.InnerPadding() }

func (l guideRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(fyne.Max(a.Width, b.Width), a.Height+b.Height-l.overlap())
}

func (l guideRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := objs[0].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h))
	objs[1].Move(fyne.NewPos(0, h-l.overlap()))
	objs[1].Resize(fyne.NewSize(size.Width, size.Height-h+l.overlap()))
}

func (g *Guide) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(g.refs) {
		return
	}
	r := g.refs[i]
	box := o.(*fyne.Container)
	top := box.Objects[0].(*fyne.Container)
	top.Objects[0].(*widget.Label).SetText(r.Title)
	top.Objects[1].(*widget.Label).SetText(guideKindWord(r.Kind))
	box.Objects[1].(*fyne.Container).Objects[1].(*widget.Label).SetText(r.Snippet)
}

func guideKindWord(k guide.Kind) string {
	if k == guide.TermKind {
		return lang.L("Glossary")
	}
	return lang.L("Article")
}

func (g *Guide) buildDetail() {
	g.title = kit.Heading("")
	g.title.Wrapping = fyne.TextWrapWord
	g.kind = widget.NewLabel("")
	g.kind.TextStyle.Italic = true
	g.body = container.NewVBox()
	g.see = container.NewVBox()
	g.scroll = kit.Column(guideReadingWidth, g.title, g.kind, g.body, kit.Spacer(4), g.see).(*container.Scroll)
}

// showWelcome is the right-hand side before anything is chosen.
func (g *Guide) showWelcome() {
	g.shown = ""
	g.title.SetText(lang.L("Guide"))
	g.kind.SetText("")
	g.kind.Hide()
	g.body.Objects = []fyne.CanvasObject{
		kit.Para(lang.L("Short articles on negotiating a scene, safewords and their limits, safety on the day and in an emergency, breath play, alcohol, health conditions, aftercare, the debrief and the law, and a glossary of the words Parley uses.")),
		kit.Para(lang.L("Choose an entry on the left, or type a word into the search box.")),
	}
	g.body.Refresh()
	g.setSee(nil)
	if arts := g.g.Articles(); len(arts) > 0 {
		first := arts[0]
		b := widget.NewButton(lang.L("Start reading: {{.Title}}", map[string]any{"Title": first.Title}), func() { g.selectID(first.ID) })
		b.Importance = widget.HighImportance
		g.see.Objects = []fyne.CanvasObject{container.NewHBox(b)}
		g.see.Refresh()
	}
}

// show puts a term or an article on the right.
func (g *Guide) show(id string) {
	if t, ok := g.g.Term(id); ok {
		g.render(t.Name, lang.L("From the glossary"), []guide.Block{{Kind: guide.Paragraph, Text: t.Definition}}, t.See)
	} else if a, ok := g.g.Article(id); ok {
		g.render(a.Title, "", a.Body, a.See)
	} else {
		return
	}
	g.shown = id
	g.env.Touch()
	g.scroll.ScrollToTop()
}

func (g *Guide) render(title, kind string, body []guide.Block, see []string) {
	g.title.SetText(title)
	g.kind.SetText(kind)
	g.kind.Hidden = kind == ""
	g.kind.Refresh()
	g.body.Objects = nil
	for _, b := range body {
		g.body.Add(guideBlock(b))
	}
	g.body.Refresh()
	g.setSee(see)
}

// guideBlock renders one block of an article.
func guideBlock(b guide.Block) fyne.CanvasObject {
	switch b.Kind {
	case guide.Heading:
		h := kit.Subheading(b.Text)
		h.Wrapping = fyne.TextWrapWord
		return h
	case guide.Bullets:
		return kit.Bullets(b.Items...)
	}
	return kit.Para(b.Text)
}

// setSee lists the "See also" links as buttons that open those entries.
func (g *Guide) setSee(ids []string) {
	g.seeBtns = nil
	g.see.Objects = nil
	for _, id := range ids {
		ref, ok := g.g.Lookup(id)
		if !ok {
			continue
		}
		b := widget.NewButtonWithIcon(ref.Title, theme.NavigateNextIcon(), func() { g.selectID(ref.ID) })
		b.Alignment = widget.ButtonAlignLeading
		g.seeBtns = append(g.seeBtns, b)
		g.see.Add(container.NewHBox(b))
	}
	if len(g.seeBtns) > 0 {
		g.see.Objects = append([]fyne.CanvasObject{widget.NewSeparator(), kit.Subheading(lang.L("See also"))}, g.see.Objects...)
	}
	g.see.Refresh()
}
