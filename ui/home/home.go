package home

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/kit"
)

// homeGroupLimit is how many lines each part of Home shows; History has
// the rest.
const homeGroupLimit = 6

// Home is the landing page: what is coming up (debriefs due, scenes
// ahead, comparisons waiting, drafts to finish), or how to begin.
//
// Decisions where the design was silent:
//   - A debrief is "due" from 24 to 72 hours after the scene. Before that
//     Home lists it beside the scenes with the time it opens; after it,
//     for seven more days, as still worth writing (quietly, not as due);
//     then only History shows it.
//   - A scene ahead whose negotiation is still a draft is listed with the
//     scenes, saying it is not agreed yet.
//   - Once someone has written their debrief, the line says who has and
//     who is still to write theirs, by name only (what anyone wrote stays
//     theirs; sealed discoveries are never opened for this). While nobody
//     has written, the line is for everyone and names nobody.
type Home struct {
	env     kit.Env
	content fyne.CanvasObject
	problem *kit.Problem
	body    *fyne.Container

	items    []soonItem // what Home lists, in order
	buttons  []*widget.Button
	pendings []persistence.Exchange
	reviews  []persistence.AgreementSummary // agreements to look at again
	begin    *widget.Button                 // the empty state's first step
	looked   bool                           // what is coming up has been read and shown
	left     bool                           // the shell has moved on: a Home left behind is not updated
}

// New builds Home: what is coming up, or the first steps.
func New(env kit.Env) kit.Screen { return newHome(env) }

func newHome(env kit.Env) *Home {
	h := &Home{env: env, problem: kit.NewProblem(), body: container.NewVBox()}
	h.content = kit.Column(680,
		kit.Heading(lang.L("Home")),
		h.problem,
		h.body,
		kit.Spacer(12),
		kit.Hint(lang.L("Everything here is kept in an encrypted vault on this computer. Lock Parley any time with Ctrl+L, or hide the window at once with Ctrl+H.")),
	)
	h.Refresh()
	return h
}

func (h *Home) View() fyne.CanvasObject { return h.content }
func (h *Home) Leave()                  { h.left = true }

// showing reports whether Home is the section on screen (it is from
// the moment it is being built); a Home left behind is not updated.
func (h *Home) showing() bool {
	return !h.left
}

type homeData struct {
	items    []soonItem
	pendings []persistence.Exchange
	reviews  []persistence.AgreementSummary // agreements whose review is due or overdue
	kept     bool                           // the vault holds documents, listed here or not
}

// Refresh reads what is coming up, in the background.
func (h *Home) Refresh() {
	v := h.env.Vault()
	if v == nil {
		return
	}
	kit.Background(h.env, func() (homeData, error) {
		var x homeData
		all, err := v.Negotiations()
		if err != nil {
			return x, err
		}
		x.items = comingUp(all, h.env.Now())
		if err := readWhose(v, x.items); err != nil {
			return x, err
		}
		agreements, err := v.Agreements()
		if err != nil {
			return x, err
		}
		x.reviews = reviewsDue(agreements, h.env.Now())
		x.kept = len(all) > 0 || len(agreements) > 0
		x.pendings, err = v.Pendings()
		return x, err
	}, func(x homeData, err error) {
		if !h.env.StillOpen(v) || !h.showing() {
			return
		}
		if err != nil {
			h.problem.Say(kit.ErrorSentence(err))
			return
		}
		h.problem.Say("")
		h.fill(x)
	})
}

// readWhose fills in, for each debrief on Home, who has written theirs.
func readWhose(v *persistence.Vault, items []soonItem) error {
	for i := range items {
		if !isDebrief(items[i].kind) {
			continue
		}
		doc, _, _, err := v.LatestVersion(items[i].id)
		if err != nil {
			return err
		}
		debriefs, err := v.Debriefs(items[i].id)
		if err != nil {
			return err
		}
		items[i].written, items[i].waiting = kit.WhoseDebriefs(doc, debriefs)
	}
	return nil
}

// fill shows the items and the waiting comparisons.
func (h *Home) fill(x homeData) {
	h.body.Objects = nil
	h.buttons = nil
	h.begin = nil
	switch {
	case len(x.items) > 0 || len(x.pendings) > 0 || len(x.reviews) > 0:
		h.addReviews(x.reviews)
		h.showItems(x.items, x.pendings)
	case x.kept:
		h.showNothingComingUp()
	default:
		h.showBeginning()
	}
	h.items, h.pendings, h.reviews, h.looked = x.items, x.pendings, x.reviews, true
}

func (h *Home) showItems(items []soonItem, pendings []persistence.Exchange) {
	groups := []struct {
		title string
		kinds []soonKind
	}{
		{lang.L("Due now"), []soonKind{soonDebriefDue}},
		{lang.L("Coming up"), []soonKind{soonScene, soonDebriefNext}},
		{lang.L("Debriefs still to write"), []soonKind{soonDebriefLate}},
	}
	for _, g := range groups {
		h.addGroup(items, g.title, g.kinds)
	}
	h.addPendings(pendings)
	h.addGroup(items, lang.L("Drafts to finish"), []soonKind{soonDraft})
	h.body.Refresh()
}

// addGroup lists the items of these kinds under a heading.
func (h *Home) addGroup(items []soonItem, title string, kinds []soonKind) {
	shown, more := 0, 0
	for _, it := range items {
		if !hasKind(kinds, it.kind) {
			continue
		}
		if shown == homeGroupLimit {
			more++
			continue
		}
		if shown == 0 {
			h.body.Add(kit.Subheading(title))
		}
		shown++
		h.body.Add(h.line(it))
	}
	if more > 0 {
		h.body.Add(kit.Hint(kit.Plural(more, "And {{.N}} more in History.", "And {{.N}} more in History.", map[string]any{"N": more})))
	}
}

func hasKind(kinds []soonKind, k soonKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// line is one item: a sentence and the button that opens it.
func (h *Home) line(it soonItem) fyne.CanvasObject {
	a := h.env
	data := map[string]any{"Title": it.title, "When": kit.LongDate(it.when), "From": kit.LongDate(it.from)}
	var text string
	var b *widget.Button
	switch it.kind {
	case soonDebriefDue:
		text = lang.L("Debrief due for {{.Title}}, until {{.When}}.", data)
		b = widget.NewButtonWithIcon(lang.L("Write the debrief"), theme.DocumentIcon(), func() { a.Navigate(kit.HistoryDebrief{NegotiationID: it.id}) })
		b.Importance = widget.HighImportance
	case soonScene:
		text = lang.L("{{.Title}}: the scene is on {{.When}}.", data)
		if it.draft {
			text += " " + lang.L("Still a draft: agree it together before then.")
		}
		b = widget.NewButtonWithIcon(lang.L("Open"), theme.FileIcon(), func() { a.Navigate(kit.NegotiateOpen{NegotiationID: it.id}) })
	case soonDebriefNext:
		text = lang.L("{{.Title}}: the scene has happened. Give yourselves a day; the debrief is best from {{.When}}.", data)
		b = widget.NewButtonWithIcon(lang.L("Open the debrief"), theme.DocumentIcon(), func() { a.Navigate(kit.HistoryDebrief{NegotiationID: it.id}) })
	case soonDebriefLate:
		text = lang.L("The debrief for {{.Title}} was due by {{.When}}. It is still worth writing.", data)
		b = widget.NewButtonWithIcon(lang.L("Write the debrief"), theme.DocumentIcon(), func() { a.Navigate(kit.HistoryDebrief{NegotiationID: it.id}) })
	default:
		text = lang.L("{{.Title}}: a draft, last changed {{.When}}.", data)
		b = widget.NewButtonWithIcon(lang.L("Carry on"), theme.DocumentCreateIcon(), func() { a.Navigate(kit.NegotiateOpen{NegotiationID: it.id}) })
	}
	if left := kit.DebriefsLeft(it.written, it.waiting); left != "" && isDebrief(it.kind) {
		text += " " + left
	}
	h.buttons = append(h.buttons, b)
	return container.NewBorder(nil, nil, nil, b, kit.Para(text))
}

// addPendings mentions comparisons waiting for a partner's code.
func (h *Home) addPendings(pendings []persistence.Exchange) {
	if len(pendings) == 0 {
		return
	}
	h.body.Add(kit.Subheading(lang.L("Comparisons waiting")))
	text := kit.Plural(len(pendings), "A comparison is waiting for your partner's code.", "{{.N}} comparisons are waiting for your partner's code.", map[string]any{"N": len(pendings)})
	text += " " + kit.ExpiresText(pendings[0], h.env.Now())
	b := widget.NewButtonWithIcon(lang.L("Open Compare"), theme.ViewRestoreIcon(), func() { h.env.Navigate(kit.Section{ID: "compare"}) })
	h.buttons = append(h.buttons, b)
	h.body.Add(container.NewBorder(nil, nil, nil, b, kit.Para(text)))
}

// showBeginning is the empty state: how to begin.
func (h *Home) showBeginning() {
	h.begin = widget.NewButtonWithIcon(lang.L("Start with the checklist"), theme.CheckButtonCheckedIcon(), func() { h.env.Navigate(kit.Section{ID: "checklist"}) })
	h.begin.Importance = widget.HighImportance
	h.body.Add(kit.Subheading(lang.L("Coming up")))
	h.body.Add(kit.Para(lang.L("Nothing yet. Here is a gentle way to begin: each of you answers the checklist on your own; Compare then shows what you both want; and Negotiate helps you write down together what you agree.")))
	h.body.Add(kit.Para(lang.L("Scenes you plan, debriefs that are due and drafts to finish will show here.")))
	h.body.Add(kit.RightAligned(h.begin))
	h.body.Refresh()
}

// showNothingComingUp is Home once something is kept but nothing is near:
// an agreed document with no scene date, say. It must not read as a first
// run: say where the document is and what brings it here.
func (h *Home) showNothingComingUp() {
	b := widget.NewButtonWithIcon(lang.L("Open History"), theme.HistoryIcon(), func() { h.env.Navigate(kit.Section{ID: "history"}) })
	h.buttons = append(h.buttons, b)
	h.body.Add(kit.Subheading(lang.L("Coming up")))
	h.body.Add(kit.Para(lang.L("Nothing is coming up just now.")))
	h.body.Add(kit.Para(lang.L("History keeps every document you have agreed. Give a document a scene date and it shows here as the day comes near, with its debrief afterwards.")))
	h.body.Add(kit.RightAligned(b))
	h.body.Refresh()
}
