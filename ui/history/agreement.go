package history

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// A standing agreement (negotiation.KindAgreement) is kept in History as a
// scene is, with its versions and the diff, but is listed apart and
// labelled as what it is. It has no scene and no debrief: its page offers
// "Review this agreement" (a new version, after the questions about what
// is new, as renegotiating a scene does) and "Start a scene from this
// agreement" (negotiation.SceneFromAgreement: the same people, limits,
// safewords and aftercare; everything about the scene still to talk
// through), which opens the new scene in Negotiate.

// agreementActions are an agreement's buttons on its page.
func (d *histDetail) agreementActions() []fyne.CanvasObject {
	d.renegotiate.SetText(lang.L("Review this agreement…"))
	d.startScene = widget.NewButtonWithIcon(lang.L("Start a scene from this agreement"), theme.DocumentCreateIcon(), d.sceneFromAgreement)
	if !d.agreed {
		d.carryOn.Importance = widget.HighImportance
		return []fyne.CanvasObject{d.carryOn}
	}
	d.renegotiate.Importance = widget.HighImportance
	return []fyne.CanvasObject{d.startScene, d.renegotiate}
}

// kindLine says what kind of document the page is about.
func (d *histDetail) kindLine() fyne.CanvasObject {
	if !d.doc.IsAgreement() {
		return kit.Spacer(0)
	}
	return kit.Quiet(lang.L("Standing agreement for an ongoing dynamic"))
}

// agreementStands is an agreement's people, state and review date.
func (d *histDetail) agreementStands() string {
	names := kit.JoinWords(participantNames(d.doc))
	where := lang.L("A draft, not yet agreed.")
	if d.agreed {
		where = lang.L("Agreed.")
	}
	review := lang.L("No review date yet.")
	if on := d.doc.Agreement.ReviewOn; !on.IsZero() {
		data := map[string]any{"Date": kit.LongDate(on)}
		review = lang.L("You look at it again together on {{.Date}}.", data)
		if negotiation.ReviewDue(on, d.h.env.Now()).Overdue {
			review = lang.L("You meant to look at it again on {{.Date}}; until you do, it stands as agreed.", data)
		}
	}
	return names + ". " + where + " " + review
}

// sceneFromAgreement keeps a new scene negotiation started from the
// agreement and opens it in Negotiate.
func (d *histDetail) sceneFromAgreement() {
	env := d.h.env
	v := env.Vault()
	doc := negotiation.SceneFromAgreement(d.doc, negotiation.KindEstablished, env.Now())
	d.startScene.Disable()
	kit.Background(env, func() (string, error) { return v.CreateNegotiation(doc) }, func(id string, err error) {
		if !env.StillOpen(v) {
			return
		}
		d.startScene.Enable()
		if err != nil {
			d.problem.Say(kit.ErrorSentence(err))
			return
		}
		openInNegotiate(env, id)
	})
}

// agreementLine is an agreement's people, state, review and versions for
// History's list, labelled as an agreement.
func agreementLine(s persistence.AgreementSummary) string {
	data := map[string]any{"People": kit.JoinWords(s.People), "State": kit.StateWords(negotiation.State(s.State))}
	line := lang.L("Standing agreement · {{.People}} · {{.State}} · no review date", data)
	if !s.ReviewOn.IsZero() {
		data["Date"] = kit.LongDate(s.ReviewOn)
		line = lang.L("Standing agreement · {{.People}} · {{.State}} · review on {{.Date}}", data)
	}
	if s.Versions > 1 {
		line += " · " + kit.Plural(s.Versions, "{{.N}} version", "{{.N}} versions", map[string]any{"N": s.Versions})
	}
	return line
}

// agreementsFor keeps the agreements the state filter allows: agreements
// are drafts or agreed, never a scene's later states.
func agreementsFor(all []persistence.AgreementSummary, state negotiation.State) []persistence.AgreementSummary {
	if state == "" {
		return all
	}
	var out []persistence.AgreementSummary
	for _, s := range all {
		if negotiation.State(s.State) == state {
			out = append(out, s)
		}
	}
	return out
}

// showAgreements lists the agreements found apart from the scenes, each
// labelled as an agreement.
func (l *histList) showAgreements(found []persistence.AgreementSummary) {
	l.agreements = found
	l.agreeBox.Objects = nil
	l.agreeBtns = nil
	if len(found) > 0 {
		l.agreeBox.Add(kit.Subheading(lang.L("Standing agreements")))
		for _, s := range found {
			id := s.ID
			b := widget.NewButtonWithIcon(kit.NegotiationTitle(s.Title, s.People), theme.FileTextIcon(), func() { l.h.openDetail(id) })
			b.Alignment = widget.ButtonAlignLeading
			l.agreeBtns = append(l.agreeBtns, b)
			l.agreeBox.Add(container.NewVBox(b, kit.Quiet(agreementLine(s))))
		}
		l.agreeBox.Add(kit.Subheading(lang.L("Scene negotiations")))
	}
	l.agreeBox.Refresh()
}
