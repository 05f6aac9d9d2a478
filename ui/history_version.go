package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// histVersion shows one version as it reads on paper, read-only.
type histVersion struct {
	h       *History
	n       int
	content *fyne.Container
	text    *widget.RichText
	problem *problem
	back    fyne.CanvasObject
	doc     negotiation.Document
	shows   []*widget.Button // one per person whose limits are sealed
	pin     *widget.Entry    // the PIN prompt, while open
	pinDlg  *dialog.FormDialog
}

func newHistVersion(h *History, d *histDetail, n int) *histVersion {
	p := &histVersion{h: h, n: n, content: container.NewStack(), problem: newProblem()}
	p.back = backButton(lang.L("Back to the negotiation"), d.back)
	p.content.Add(column(760, p.back, para(lang.L("Opening…"))))
	return p
}

// load reads the version in the background and shows it.
func (p *histVersion) load(id string) {
	h, n, back := p.h, p.n, p.back
	v := h.app.Vault()
	background(func() (negotiation.Document, error) { return v.Version(id, n) }, func(doc negotiation.Document, err error) {
		if h.version != p || !h.app.stillOpen(v) {
			return
		}
		if err != nil {
			p.problem.Say(errorSentence(err))
			p.content.Objects = []fyne.CanvasObject{column(760, back, p.problem)}
			p.content.Refresh()
			return
		}
		p.doc = doc
		p.render()
	})
}

// render shows the version; limits still sealed to a protected list are a
// line and a button that asks that person's PIN.
func (p *histVersion) render() {
	text := docText(p.doc)
	note := lang.L("Version {{.N}}, as it was written. It is kept as it is and can't be changed here.", map[string]any{"N": p.n})
	objs := []fyne.CanvasObject{p.back, hint(note), p.problem}
	p.shows = hiddenLimitButtons(p.doc, p.askShow)
	for _, b := range p.shows {
		objs = append(objs, container.NewHBox(b))
	}
	objs = append(objs, widget.NewCard("", "", text))
	p.content.Objects = []fyne.CanvasObject{column(760, objs...)}
	p.content.Refresh()
	p.text = text
}

// askShow asks the PIN of a protected list and shows, on this page only,
// the limits brought in from it. The opened list is not kept.
func (p *histVersion) askShow(profile string) {
	h := p.h
	v := h.app.Vault()
	background(v.Profiles, func(all []persistence.Profile, err error) {
		if h.version != p || !h.app.stillOpen(v) {
			return
		}
		prof, ok := profileByID(all, profile)
		if err != nil || !ok {
			p.problem.Say(lang.L("That protected list is no longer in this vault, so these limits can't be opened."))
			return
		}
		prompt := openProfile(h.app, prof, p.problem, func(person *persistence.Person) {
			doc := p.doc.Clone()
			background(func() (negotiation.Document, error) { return doc, v.RevealLimits(&doc, person) }, func(doc negotiation.Document, err error) {
				if h.version != p {
					return
				}
				if err != nil {
					p.problem.Say(errorSentence(err))
					return
				}
				p.doc = doc
				p.render()
			})
		}, func() {})
		p.pin, p.pinDlg = prompt.Entry, prompt.Dialog
	})
}
