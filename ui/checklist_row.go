package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/domain/checklist"
)

// answersWidth is the width of the four answer buttons together.
const answersWidth = 344

// answerRow is one line of the checklist: the activity's name and direction,
// the four answers as one control, and "tried before".
type answerRow struct {
	name    *widget.Label
	dir     *widget.Label
	answers [4]*widget.Button
	tried   *widget.Check
	box     fyne.CanvasObject
}

func newAnswerRow(words checklist.Words) *answerRow {
	r := &answerRow{name: widget.NewLabel(""), dir: widget.NewLabel("")}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.dir.Importance = widget.LowImportance
	buttons := container.NewGridWithColumns(4)
	for i, a := range checklist.Answers {
		r.answers[i] = widget.NewButton(words.Answer(a), nil)
		buttons.Add(r.answers[i])
	}
	r.tried = widget.NewCheck(lang.L("Tried"), nil)
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(answersWidth, buttons.MinSize().Height), buttons), r.tried)
	r.box = container.NewBorder(nil, nil, nil, right, container.NewBorder(nil, nil, nil, r.dir, r.name))
	return r
}

// show fills the row for one answer slot; onAnswer and onTried save.
func (r *answerRow) show(row checklist.Row, words checklist.Words, onAnswer func(checklist.Answer), onTried func(bool)) {
	r.name.SetText(row.Activity.Name)
	r.dir.SetText(words.Direction(row.Direction))
	for i, a := range checklist.Answers {
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
// selection, 1-4 answer the selected row, Enter goes to its note.
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
type noteEntry struct {
	widget.Entry
	onEscape func()
}

func newNoteEntry() *noteEntry {
	e := &noteEntry{}
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
