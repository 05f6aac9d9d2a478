package history

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"parleyapp.org/parley/ui/kit"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// histVersion shows one version as it reads on paper, read-only.
type histVersion struct {
	h       *History
	n       int
	content *fyne.Container
	text    *widget.RichText
	problem *kit.Problem
	back    fyne.CanvasObject
	doc     negotiation.Document
	shows   []*widget.Button // one per person whose limits are sealed
	pin     *widget.Entry    // the PIN prompt, while open
	pinDlg  *kit.Form
}

func newHistVersion(h *History, d *histDetail, n int) *histVersion {
	p := &histVersion{h: h, n: n, content: container.NewStack(), problem: kit.NewProblem()}
	p.back = kit.BackButton(lang.L("Back to the negotiation"), d.back)
	p.content.Add(kit.Column(760, p.back, kit.Para(lang.L("Opening…"))))
	return p
}

// load reads the version in the background and shows it.
func (p *histVersion) load(id string) {
	h, n, back := p.h, p.n, p.back
	v := h.env.Vault()
	kit.Background(h.env, func() (negotiation.Document, error) { return v.Version(id, n) }, func(doc negotiation.Document, err error) {
		if h.version != p || !h.env.StillOpen(v) {
			return
		}
		if err != nil {
			p.problem.Say(kit.ErrorSentence(err))
			p.content.Objects = []fyne.CanvasObject{kit.Column(760, back, p.problem)}
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
	text := kit.DocText(p.doc, p.h.env.Lang)
	note := lang.L("Version {{.N}}, as it was written. It is kept as it is and can't be changed here.", map[string]any{"N": p.n})
	objs := []fyne.CanvasObject{p.back, kit.Hint(note), p.problem}
	p.shows = kit.HiddenLimitButtons(p.doc, p.askShow)
	for _, b := range p.shows {
		objs = append(objs, container.NewHBox(b))
	}
	objs = append(objs, widget.NewCard("", "", text))
	p.content.Objects = []fyne.CanvasObject{kit.Column(760, objs...)}
	p.content.Refresh()
	p.text = text
}

// askShow asks the PIN of a protected list and shows, on this page only,
// the limits brought in from it. The opened list is not kept.
func (p *histVersion) askShow(profile string) {
	h := p.h
	v := h.env.Vault()
	kit.Background(h.env, v.Profiles, func(all []persistence.Profile, err error) {
		if h.version != p || !h.env.StillOpen(v) {
			return
		}
		prof, ok := kit.ProfileByID(all, profile)
		if err != nil || !ok {
			p.problem.Say(lang.L("That protected list is no longer in this vault, so these limits can't be opened."))
			return
		}
		prompt := kit.OpenProfile(h.env, prof, p.problem, func(person *persistence.Person) {
			doc := p.doc.Clone()
			kit.Background(h.env, func() (negotiation.Document, error) { return doc, v.RevealLimits(&doc, person) }, func(doc negotiation.Document, err error) {
				if h.version != p {
					return
				}
				if err != nil {
					p.problem.Say(kit.ErrorSentence(err))
					return
				}
				p.doc = doc
				p.render()
			})
		}, func() {})
		p.pin, p.pinDlg = prompt.Entry, prompt.Dialog
	})
}
