package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// askAgain is the page every way of starting again from an agreed
// document goes through (History's Renegotiate, the editor's "Change
// something…", and the established partners' template): first the
// questions about what is new since last time, for each person, with the
// agreed document beside them; then the caller makes the new draft with
// the answers (negotiation.Document.AnswerNewFactors).
type askAgain struct {
	content fyne.CanvasObject
	page    *container.Scroll // the questions' page, for the wheel over its fields
	problem *problem

	factors [][3]*widget.Entry // per participant, in document order
	start   *widget.Button
}

// newAskAgain builds the page. intro is the page's opening paragraphs,
// prevTitle the heading over the agreed document; back leaves the page
// with nothing made, start is called with the answers.
func newAskAgain(title string, intro []string, prev negotiation.Document, prevTitle string, backLabel string, back func(), start func([]negotiation.NewFactors)) *askAgain {
	r := &askAgain{problem: newProblem()}
	r.start = widget.NewButtonWithIcon(lang.L("Start the new version"), theme.DocumentCreateIcon(), func() { start(r.answers()) })
	r.start.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Not now"), back)

	// Every text here wraps, so the page fits beside the agreed document
	// in a window 800 wide.
	top := heading(title)
	top.Wrapping = fyne.TextWrapWord
	asks := container.NewVBox(top)
	for _, p := range intro {
		asks.Add(para(p))
	}
	asks.Add(para(lang.L("First, ask each other what is new since last time. Anything new needs its own conversation; an earlier yes does not cover it.")))
	qs := negotiation.NewFactorQuestions()
	for i := range prev.Participants {
		var row [3]*widget.Entry
		asks.Add(subheading(prev.DisplayName(i)))
		for k, q := range qs {
			e := newPageEntry(true, func() *container.Scroll { return r.page })
			e.SetMinRowsVisible(2)
			e.SetPlaceHolder(lang.L("Nothing new is a fine answer too"))
			row[k] = &e.Entry
			asks.Add(container.NewVBox(para(lang.L(q)), e))
		}
		r.factors = append(r.factors, row)
	}
	asks.Add(r.problem)
	asks.Add(rightAligned(cancel, r.start))

	left := container.NewVScroll(container.NewPadded(asks))
	r.page = left
	beside := subheading(prevTitle)
	beside.Wrapping = fyne.TextWrapWord
	prevText := container.NewVScroll(container.NewPadded(container.NewVBox(beside, docText(prev))))
	split := container.NewHSplit(left, prevText)
	split.Offset = 0.5
	r.content = container.NewBorder(container.NewPadded(backButton(backLabel, back)), nil, nil, nil, split)
	return r
}

// answers are each person's answers, in document order.
func (r *askAgain) answers() []negotiation.NewFactors {
	out := make([]negotiation.NewFactors, len(r.factors))
	for i, row := range r.factors {
		out[i] = negotiation.NewFactors{Medication: row[0].Text, Health: row[1].Text, Events: row[2].Text}
	}
	return out
}

// histReneg is History's Renegotiate: a new version of the same
// negotiation from its latest agreed one.
type histReneg struct {
	*askAgain
	h     *History
	d     *histDetail
	prev  negotiation.Document
	prevN int
}

func newHistReneg(h *History, d *histDetail, prev negotiation.Document, prevN int) *histReneg {
	r := &histReneg{h: h, d: d, prev: prev, prevN: prevN}
	r.askAgain = newAskAgain(lang.L("Renegotiate"),
		[]string{lang.L("Version {{.N}} stays as you agreed it. The new version starts as a copy, and you change together what is different this time.", map[string]any{"N": prevN})},
		prev, lang.L("Last time: version {{.N}}", map[string]any{"N": prevN}),
		lang.L("Back to the negotiation"), d.back,
		func(answers []negotiation.NewFactors) { r.create(answers) })
	return r
}

// create keeps the new version and opens it in the editor.
func (r *histReneg) create(answers []negotiation.NewFactors) {
	a, id := r.h.app, r.d.id
	v := a.Vault()
	doc := negotiation.Renegotiate(r.prev, a.now())
	doc.AnswerNewFactors(answers)
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
