package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// Negotiate is where people write their negotiation together: a list of
// drafts and recent documents, a page to start a new one, the editor with
// its safety review beside it, and a preview of the printed page.
//
// Decisions where the design was silent:
//   - An agreed version opens as its preview, never as a form: it cannot
//     change. "Change something" starts a new version (renegotiation),
//     after the same questions about what is new as History's
//     Renegotiate (askAgain, history_reneg.go).
//   - Established partners who have agreed a document together start
//     from the latest one, after those questions; the new negotiation
//     page says beforehand what it starts from, or that there is nothing
//     yet and the template is used.
//   - "Save and print…" says on the button what it does: Parley cannot
//     reach a printer itself, so it saves the PDF and opens it in the
//     system's viewer.
//   - Things both people want, from a saved comparison, come in as "yes";
//     things worth talking about come in as "not this time" with a note,
//     so nothing only one person said "maybe" to is in the scene until
//     they choose it together.
//   - Hard limits brought in from a checklist are chosen one by one by
//     their owner; nothing is selected for them.
//   - Dates are typed day first (8/5/2026 20:00), and read back in words
//     beside the field so a mix-up shows at once.
//   - The PDF's suggested name carries the scene's date, or today's when
//     there is none.
//   - Coming back to Negotiate (from the guide's "?", or after a lock)
//     reopens the draft that was open; only its ID is kept, in the vault
//     setting "negotiate_open".
//   - The form is one long scroll in the order of the four parts, with a
//     bar of buttons to jump to each; a field reached with Tab scrolls
//     into view.
type Negotiate struct {
	app     *App
	content *fyne.Container // the page showing: landing, starter, editor or preview
	problem *problem

	landing   fyne.CanvasObject
	list      *fyne.Container
	newBtn    *widget.Button
	summaries []persistence.NegotiationSummary
	openBtns  []*widget.Button // one per listed negotiation, in order

	starter *negStarter
	ed      *negEditor
	preview *negPreview
	// asked is set once something was asked for (a document opened, a
	// new one begun), so reopening the last draft never overrides it.
	asked bool
}

// landingLimit is how many negotiations the landing lists; History has
// the rest.
const landingLimit = 12

func newNegotiate(a *App) *Negotiate {
	n := &Negotiate{app: a, content: container.NewStack(), problem: newProblem(), list: container.NewVBox()}
	n.newBtn = widget.NewButtonWithIcon(lang.L("New negotiation"), theme.ContentAddIcon(), func() { n.startNew(nil) })
	n.newBtn.Importance = widget.HighImportance
	n.landing = column(680,
		heading(lang.L("Negotiate")),
		para(lang.L("Write down together what you agree before a scene: what you will do, each person's limits, how to stop, and how you will look after each other afterwards. Parley checks it with you and prints it on one page.")),
		para(lang.L("Talk when you are both calm, clothed and sober, a few days before the scene.")),
		rightAligned(n.newBtn),
		n.problem,
		subheading(lang.L("Drafts and recent documents")),
		n.list,
	)
	n.show(n.landing)
	n.refresh()
	n.checkComparison()
	return n
}

func (n *Negotiate) view() fyne.CanvasObject { return n.content }

// leave saves anything typed and not yet saved.
func (n *Negotiate) leave() {
	if n.ed != nil {
		n.ed.leave()
	}
}

func (n *Negotiate) show(c fyne.CanvasObject) {
	n.content.Objects = []fyne.CanvasObject{c}
	n.content.Refresh()
}

// backToList leaves the editor or preview for the landing.
func (n *Negotiate) backToList() {
	n.leave()
	n.ed, n.preview, n.starter = nil, nil, nil
	n.remember("")
	n.show(n.landing)
	n.refresh()
}

// refresh reloads the list of drafts and recent documents.
func (n *Negotiate) refresh() {
	v := n.app.Vault()
	if v == nil {
		return
	}
	background(v.Negotiations, func(all []persistence.NegotiationSummary, err error) {
		if err != nil {
			n.problem.Say(errorSentence(err))
			return
		}
		n.summaries = landingPick(all)
		n.fillList(len(all) > len(n.summaries))
	})
}

// landingPick keeps the drafts and then the most recent others, up to
// landingLimit, in the order given (newest first).
func landingPick(all []persistence.NegotiationSummary) []persistence.NegotiationSummary {
	keep := map[string]bool{}
	for _, draft := range []bool{true, false} {
		for _, s := range all {
			if len(keep) < landingLimit && (s.State == string(negotiation.StateDraft)) == draft {
				keep[s.ID] = true
			}
		}
	}
	var out []persistence.NegotiationSummary
	for _, s := range all {
		if keep[s.ID] {
			out = append(out, s)
		}
	}
	return out
}

func (n *Negotiate) fillList(more bool) {
	n.list.Objects = nil
	n.openBtns = nil
	if len(n.summaries) == 0 {
		n.list.Add(para(lang.L("Nothing here yet. Start a new negotiation when you both have time to talk: a first one takes 45 to 60 minutes, and that is time well spent.")))
	}
	for _, s := range n.summaries {
		s := s
		b := widget.NewButtonWithIcon(negotiationTitle(s.Title, s.People), theme.DocumentIcon(), func() { n.open(s.ID) })
		b.Alignment = widget.ButtonAlignLeading
		info := widget.NewLabel(summaryLine(s))
		info.Importance = widget.LowImportance
		info.Wrapping = fyne.TextWrapWord
		n.openBtns = append(n.openBtns, b)
		n.list.Add(container.NewVBox(b, info))
	}
	if more {
		n.list.Add(para(lang.L("Older documents are in History.")))
	}
	n.list.Refresh()
}

// open loads a negotiation's latest version: a draft opens in the editor,
// an agreed one as its preview.
func (n *Negotiate) open(id string) {
	n.asked = true
	n.load(id, func(err error) { n.problem.Say(errorSentence(err)) })
}

// reopen is open for the draft that was open last time; if it has gone
// meanwhile (deleted in History), the list simply stays.
func (n *Negotiate) reopen(id string) {
	n.load(id, func(error) { n.remember("") })
}

func (n *Negotiate) load(id string, failed func(error)) {
	v := n.app.Vault()
	type latest struct {
		doc     negotiation.Document
		version int
		agreed  bool
	}
	background(func() (latest, error) {
		doc, ver, agreed, err := v.LatestVersion(id)
		return latest{doc, ver, agreed}, err
	}, func(l latest, err error) {
		if err != nil {
			failed(err)
			return
		}
		n.problem.Say("")
		if l.agreed {
			n.showPreview(id, l.doc, true)
			return
		}
		n.edit(id, l.doc)
	})
}

// edit opens the editor on a draft.
func (n *Negotiate) edit(id string, doc negotiation.Document) {
	n.leave()
	n.preview, n.starter = nil, nil
	n.ed = newNegEditor(n, id, doc)
	n.remember(id)
	n.show(n.ed.content)
}

// showPreview shows the page as it will print. agreed says the document
// can no longer change (no way back to the editor, only a new version).
func (n *Negotiate) showPreview(id string, doc negotiation.Document, agreed bool) {
	if n.ed != nil && !agreed {
		n.ed.save()
	}
	n.preview = newNegPreview(n, id, doc, agreed)
	n.show(n.preview.content)
}

// backToEditor returns from the preview of a draft.
func (n *Negotiate) backToEditor() {
	n.preview = nil
	if n.ed == nil {
		n.backToList()
		return
	}
	n.show(n.ed.content)
}
