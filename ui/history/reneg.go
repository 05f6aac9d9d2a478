package history

import (
	"errors"
	"parleyapp.org/parley/ui/kit"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// histReneg is History's Renegotiate: a new version of the same
// negotiation from its latest agreed one.
type histReneg struct {
	*kit.AskAgain
	h     *History
	d     *histDetail
	prev  negotiation.Document
	prevN int
}

func newHistReneg(h *History, d *histDetail, prev negotiation.Document, prevN int) *histReneg {
	r := &histReneg{h: h, d: d, prev: prev, prevN: prevN}
	r.AskAgain = kit.NewAskAgain(h.env.Lang, lang.L("Renegotiate"),
		[]string{lang.L("Version {{.N}} stays as you agreed it. The new version starts as a copy, and you change together what is different this time.", map[string]any{"N": prevN})},
		prev, lang.L("Last time: version {{.N}}", map[string]any{"N": prevN}),
		lang.L("Back to the negotiation"), d.back,
		func(answers []negotiation.NewFactors) { r.create(answers) })
	return r
}

// create keeps the new version and opens it in the editor.
func (r *histReneg) create(answers []negotiation.NewFactors) {
	a, id := r.h.env, r.d.id
	v := a.Vault()
	doc := negotiation.Renegotiate(r.prev, a.Now())
	doc.AnswerNewFactors(answers)
	r.Start.Disable()
	kit.Background(a, func() (int, error) { return v.NewVersion(id, doc) }, func(_ int, err error) {
		if !a.StillOpen(v) {
			return
		}
		r.Start.Enable()
		if errors.Is(err, persistence.ErrDraftOpen) {
			r.Problem.Say(lang.L("A new version has already been started and is still a draft. Carry on with that draft; your answers here are still on this page to copy across."))
			r.Start.SetText(lang.L("Open that draft"))
			r.Start.OnTapped = func() { openInNegotiate(a, id) }
			return
		}
		if err != nil {
			r.Problem.Say(kit.ErrorSentence(err))
			return
		}
		openInNegotiate(a, id)
	})
}
