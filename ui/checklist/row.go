package checklist

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"parleyapp.org/parley/ui/kit"

	"parleyapp.org/parley/domain/checklist"
)

// answersWidth is the width of the five answer buttons together.
const answersWidth = 440

// answerRow is one line of the checklist: the activity's name and direction,
// the five answers as one control, and "tried before". Name and direction
// are one wrapping text (the direction in a quieter colour), so a long name
// takes a second line instead of running over its direction (issue 14).
type answerRow struct {
	name    *widget.RichText
	answers [5]*widget.Button // each the Button of an answerButton (a11y.go)
	tried   *widget.Check
	box     fyne.CanvasObject
	named   []*answerButton
}

func newAnswerRow(words checklist.Words) *answerRow {
	r := &answerRow{name: nameAndDirection("", "")}
	buttons := container.NewGridWithColumns(len(checklist.Answers))
	for i, a := range checklist.Answers {
		b := newAnswerButton(words.Answer(a))
		r.answers[i] = &b.Button
		r.named = append(r.named, b)
		buttons.Add(b)
	}
	r.tried = widget.NewCheck(lang.L("Tried"), nil)
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(answersWidth, buttons.MinSize().Height), buttons), r.tried)
	r.box = container.New(rowLayout{}, r.name, container.NewCenter(right))
	return r
}

// minNameWidth is the narrowest a name may be beside the answers; in a
// narrower list (800 px windows: five answers and Tried take 520 px) the
// answers go under the name instead, so neither is cut (issue 14).
const minNameWidth = 200

// rowStacked reports whether a row width wide puts its answers, right
// wide, under the name rather than beside it.
func rowStacked(width, right float32) bool {
	return width-right-theme.Padding() < minNameWidth
}

// rowLayout lays out a row's name and answers: side by side, the answers
// on the right, when there is room, else the answers under the name. The
// list sets each row's height to match (Checklist.fitRows).
type rowLayout struct{}

func (rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	n, r := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(r.Width, fyne.Max(n.Height, r.Height))
}

func (rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	r := objs[1].MinSize()
	if rowStacked(size.Width, r.Width) {
		objs[0].Move(fyne.NewPos(0, 0))
		objs[0].Resize(fyne.NewSize(size.Width, size.Height-r.Height))
		objs[1].Move(fyne.NewPos(0, size.Height-r.Height))
		objs[1].Resize(r)
		return
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width-r.Width-theme.Padding(), size.Height))
	objs[1].Move(fyne.NewPos(size.Width-r.Width, 0))
	objs[1].Resize(fyne.NewSize(r.Width, size.Height))
}

// nameAndDirection is an activity's name followed by its direction.
func nameAndDirection(name, dir string) *widget.RichText {
	t := widget.NewRichText()
	t.Wrapping = fyne.TextWrapWord
	setNameAndDirection(t, name, dir)
	return t
}

func setNameAndDirection(t *widget.RichText, name, dir string) {
	quiet := widget.RichTextStyleInline
	quiet.ColorName = theme.ColorNamePlaceHolder
	t.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: name + "   ", Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: dir, Style: quiet},
	}
	t.Refresh()
}

// rowFitter works out how tall each row of a list must be for its wrapped
// text, at the list's current width: issue 14, names cut or run over their
// direction at 800 px. It measures with a probe label of the same style.
// Heights are kept per text and width: a search keystroke or an answer
// re-fits only rows not measured at this width yet, and a text that fits on
// one line is settled with one fyne.MeasureText, without laying out a probe.
type rowFitter struct {
	probe *widget.Label
	row   *widget.RichText
	width float32
	known map[string]float32
}

func newRowFitter() *rowFitter {
	p := widget.NewLabel("")
	p.Wrapping = fyne.TextWrapWord
	return &rowFitter{probe: p, row: nameAndDirection("", ""), known: map[string]float32{}}
}

// at forgets the heights measured at another width.
func (f *rowFitter) at(width float32) {
	if width != f.width {
		f.width, f.known = width, map[string]float32{}
	}
}

// textHeight is the height of text wrapped in a label width wide.
func (f *rowFitter) textHeight(text string, width float32) float32 {
	f.probe.SetText(text)
	f.probe.Resize(fyne.NewSize(width, f.probe.MinSize().Height))
	return f.probe.MinSize().Height
}

// rowHeight is the height of a row's name and direction wrapped width
// wide, or 0 when they fit on one line.
func (f *rowFitter) rowHeight(name, dir string, width float32) float32 {
	f.at(width)
	key := name + "\x00" + dir
	if h, ok := f.known[key]; ok {
		return h
	}
	h := float32(0)
	text := fyne.MeasureText(name+"   "+dir, theme.TextSize(), fyne.TextStyle{}).Width
	if text+2*theme.InnerPadding() > width {
		setNameAndDirection(f.row, name, dir)
		f.row.Resize(fyne.NewSize(width, f.row.MinSize().Height))
		h = f.row.MinSize().Height
	}
	f.known[key] = h
	return h
}

// widthWatch lays out its one child at full size and calls onWidth when the
// width it is given changes, so rows can be fitted to it.
type widthWatch struct {
	last    float32
	least   float32 // the narrowest it may be, so wrapped words stay whole
	onWidth func(float32)
}

func (w *widthWatch) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(fyne.Max(m.Width, w.least), m.Height)
}

func (w *widthWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[0].Move(fyne.NewPos(0, 0))
	if size.Width != w.last && size.Width > 0 {
		w.last = size.Width
		w.onWidth(size.Width)
	}
}

// show fills the row for one answer slot; onAnswer and onTried save.
func (r *answerRow) show(row checklist.Row, words checklist.Words, onAnswer func(checklist.Answer), onTried func(bool)) {
	setNameAndDirection(r.name, row.Activity.Name, words.Direction(row.Direction))
	about := row.Activity.Name
	if d := words.Direction(row.Direction); d != "" {
		about = lang.L("{{.Name}} ({{.Direction}})", map[string]any{"Name": about, "Direction": d})
	}
	for i, a := range checklist.Answers {
		r.named[i].activity = about
		b := r.answers[i]
		b.OnTapped = func() { onAnswer(a) }
		imp := widget.MediumImportance
		if row.Entry.Answer == a {
			imp = widget.HighImportance
			if a == checklist.HardLimit {
				imp = widget.DangerImportance
			}
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
	r.tried.OnChanged = nil
	r.tried.SetChecked(row.Entry.Tried)
	r.tried.OnChanged = onTried
}

// answerList is the checklist's list with keys of its own: arrows move the
// selection, 1-5 answer the selected row, Enter goes to its note.
type answerList struct {
	widget.List
	onKey  func(*fyne.KeyEvent) bool
	onRune func(rune) bool
}

func newAnswerList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *answerList {
	l := &answerList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *answerList) TypedKey(e *fyne.KeyEvent) {
	if l.onKey != nil && l.onKey(e) {
		return
	}
	l.List.TypedKey(e)
}

func (l *answerList) TypedRune(r rune) {
	if l.onRune != nil && l.onRune(r) {
		return
	}
	l.List.TypedRune(r)
}

// noteEntry is the note field: Escape goes back to the list.
// It sits in the details' scroller and passes the wheel to it (wheel.go).
type noteEntry struct {
	kit.PageEntry
	onEscape func()
}

func newNoteEntry(page func() *container.Scroll) *noteEntry {
	e := &noteEntry{}
	e.Page = page
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

func (e *noteEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// searchLeast is the search box's narrowest width beside the tools:
// "Search activities" whole, and a word or two typed after it.
const searchLeast = 240

// searchRow puts the search box beside the list's tools (help, Add your
// own…, Summary, More…) when it keeps searchLeast there, and above them
// when the list is narrower (an 800 px window with the categories open),
// so the box is never squeezed to a few letters. When the choice changes,
// reflow refreshes the container around it, which asks MinSize again.
type searchRow struct {
	wrapped bool
	reflow  func()
}

func (r *searchRow) fits(width float32, tools fyne.Size) bool {
	return width >= searchLeast+theme.Padding()+tools.Width
}

func (r *searchRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	search, tools := objs[0].MinSize(), objs[1].MinSize()
	if r.wrapped {
		return fyne.NewSize(fyne.Max(search.Width, tools.Width), search.Height+theme.Padding()+tools.Height)
	}
	return fyne.NewSize(search.Width+theme.Padding()+tools.Width, fyne.Max(search.Height, tools.Height))
}

func (r *searchRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	search, tools := objs[0], objs[1]
	ts := tools.MinSize()
	if wrapped := !r.fits(size.Width, ts); wrapped != r.wrapped {
		r.wrapped = wrapped
		if r.reflow != nil {
			defer r.reflow()
		}
	}
	if r.wrapped {
		sh := search.MinSize().Height
		search.Move(fyne.NewPos(0, 0))
		search.Resize(fyne.NewSize(size.Width, sh))
		tools.Move(fyne.NewPos(size.Width-ts.Width, sh+theme.Padding()))
		tools.Resize(ts)
		return
	}
	h := fyne.Max(search.MinSize().Height, ts.Height)
	search.Move(fyne.NewPos(0, 0))
	search.Resize(fyne.NewSize(size.Width-ts.Width-theme.Padding(), h))
	tools.Move(fyne.NewPos(size.Width-ts.Width, 0))
	tools.Resize(fyne.NewSize(ts.Width, h))
}
