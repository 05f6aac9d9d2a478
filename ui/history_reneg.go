package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/domain/negotiation"
	"parley/persistence"
)

// histReneg starts a new version from the latest agreed one: first the
// questions about what is new since last time, for each person, with the
// previous version beside them; then the editor on the new draft.
type histReneg struct {
	h       *History
	d       *histDetail
	prev    negotiation.Document
	prevN   int
	content fyne.CanvasObject
	page    *container.Scroll // the questions' page, for the wheel over its fields
	problem *problem

	factors [][3]*widget.Entry // per participant, in document order
	start   *widget.Button
}

func newHistReneg(h *History, d *histDetail, prev negotiation.Document, prevN int) *histReneg {
	r := &histReneg{h: h, d: d, prev: prev, prevN: prevN, problem: newProblem()}
	r.start = widget.NewButtonWithIcon(lang.L("Start the new version"), theme.DocumentCreateIcon(), r.create)
	r.start.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Not now"), d.back)

	asks := container.NewVBox(
		heading(lang.L("Renegotiate")),
		para(lang.L("Version {{.N}} stays as you agreed it. The new version starts as a copy, and you change together what is different this time.", map[string]any{"N": prevN})),
		para(lang.L("First, ask each other what is new since last time. Anything new needs its own conversation; an earlier yes does not cover it.")),
	)
	qs := negotiation.NewFactorQuestions()
	for i := range prev.Participants {
		var row [3]*widget.Entry
		asks.Add(subheading(prev.DisplayName(i)))
		for k, q := range qs {
			e := newPageEntry(true, func() *container.Scroll { return r.page })
			e.SetMinRowsVisible(2)
			e.SetPlaceHolder(lang.L("Nothing new is a fine answer too"))
			row[k] = &e.Entry
			asks.Add(labelled(lang.L(q), e))
		}
		r.factors = append(r.factors, row)
	}
	asks.Add(r.problem)
	asks.Add(rightAligned(cancel, r.start))

	left := container.NewVScroll(container.NewPadded(asks))
	r.page = left
	prevText := container.NewVScroll(container.NewPadded(container.NewVBox(
		subheading(lang.L("Last time: version {{.N}}", map[string]any{"N": prevN})),
		docText(prev),
	)))
	split := container.NewHSplit(left, prevText)
	split.Offset = 0.5
	r.content = container.NewBorder(container.NewPadded(backButton(lang.L("Back to the negotiation"), d.back)), nil, nil, nil, split)
	return r
}

// next is the new version: the previous one, with each person's answers
// about what is new.
func (r *histReneg) next() negotiation.Document {
	doc := negotiation.Renegotiate(r.prev, r.h.app.now())
	for i, row := range r.factors {
		doc.Participants[i].NewFactors = negotiation.NewFactors{
			Medication: row[0].Text, Health: row[1].Text, Events: row[2].Text,
		}
	}
	return doc
}

// create keeps the new version and opens it in the editor.
func (r *histReneg) create() {
	a, id := r.h.app, r.d.id
	v, doc := a.Vault(), r.next()
	r.start.Disable()
	background(func() (int, error) { return v.NewVersion(id, doc) }, func(_ int, err error) {
		if !a.stillOpen(v) {
			return
		}
		r.start.Enable()
		if errors.Is(err, persistence.ErrDraftOpen) {
			r.problem.Say(lang.L("A new version has already been started and is still a draft. Carry on with that draft; your answers here are still on this page to copy across."))
			r.start.SetText(lang.L("Open that draft"))
			r.start.OnTapped = func() { openInNegotiate(a, id) }
			return
		}
		if err != nil {
			r.problem.Say(errorSentence(err))
			return
		}
		openInNegotiate(a, id)
	})
}
