package kit

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	msg "parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
)

// AskAgain is the page every way of starting again from an agreed
// document goes through (History's Renegotiate, the editor's "Change
// something…", and the established partners' template): first the
// questions about what is new since last time, for each person, with the
// agreed document beside them; then the caller makes the new draft with
// the answers (negotiation.Document.AnswerNewFactors).
type AskAgain struct {
	Content fyne.CanvasObject
	page    *container.Scroll // the questions' page, for the wheel over its fields
	Problem *Problem

	Factors [][3]*widget.Entry // per participant, in document order
	Start   *widget.Button
}

// NewAskAgain builds the page. intro is the page's opening paragraphs,
// prevTitle the heading over the agreed document; back leaves the page
// with nothing made, start is called with the answers.
func NewAskAgain(l msg.Renderer, title string, intro []string, prev negotiation.Document, prevTitle string, backLabel string, back func(), start func([]negotiation.NewFactors)) *AskAgain {
	r := &AskAgain{Problem: NewProblem()}
	r.Start = widget.NewButtonWithIcon(lang.L("Start the new version"), theme.DocumentCreateIcon(), func() { start(r.Answers()) })
	r.Start.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Not now"), back)

	// Every text here wraps, so the page fits beside the agreed document
	// in a window 800 wide.
	top := Heading(title)
	top.Wrapping = fyne.TextWrapWord
	asks := container.NewVBox(top)
	for _, p := range intro {
		asks.Add(Para(p))
	}
	asks.Add(Para(lang.L("First, ask each other what is new since last time. Anything new needs its own conversation; an earlier yes does not cover it.")))
	qs := negotiation.NewFactorQuestions()
	for i := range prev.Participants {
		var row [3]*widget.Entry
		asks.Add(Subheading(prev.DisplayName(i)))
		for k, q := range qs {
			e := NewPageEntry(true, func() *container.Scroll { return r.page })
			e.SetMinRowsVisible(2)
			e.SetPlaceHolder(lang.L("Nothing new is a fine answer too"))
			row[k] = &e.Entry
			asks.Add(container.NewVBox(Para(lang.L(q)), e))
		}
		r.Factors = append(r.Factors, row)
	}
	asks.Add(r.Problem)
	asks.Add(RightAligned(cancel, r.Start))

	left := container.NewVScroll(container.NewPadded(asks))
	r.page = left
	beside := Subheading(prevTitle)
	beside.Wrapping = fyne.TextWrapWord
	prevText := container.NewVScroll(container.NewPadded(container.NewVBox(beside, DocText(prev, l))))
	split := container.NewHSplit(left, prevText)
	split.Offset = 0.5
	r.Content = container.NewBorder(container.NewPadded(BackButton(backLabel, back)), nil, nil, nil, split)
	return r
}

// Answers are each person's answers, in document order.
func (r *AskAgain) Answers() []negotiation.NewFactors {
	out := make([]negotiation.NewFactors, len(r.Factors))
	for i, row := range r.Factors {
		out[i] = negotiation.NewFactors{Medication: row[0].Text, Health: row[1].Text, Events: row[2].Text}
	}
	return out
}

// DocText is a document as readable text: the same sections as the
// printed page (the editor's preview).
func DocText(doc negotiation.Document, l msg.Renderer) *widget.RichText {
	t := widget.NewRichText(OutlineSegments(negotiation.OutlineOf(doc, time.Time{}).In(l))...)
	t.Wrapping = fyne.TextWrapWord
	return t
}

// BackButton is the quiet way back at the top of a page, on the left.
func BackButton(label string, back func()) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(label, theme.NavigateBackIcon(), back)
	b.Importance = widget.LowImportance
	return container.NewHBox(b)
}
