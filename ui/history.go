package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// History keeps every negotiation: a searchable list, each negotiation's
// versions (read-only, and compared two at a time), renegotiation, the
// debriefs after the scene, and each person's limits over time.
//
// It shows one page at a time; every page has a way back to the list.
//
// Decisions where the design was silent:
//   - Renegotiating asks the three questions about what is new since last
//     time with empty answers: last time's answers are in the previous
//     version, shown beside them, and a stale answer copied forward would
//     read as news.
//   - A debrief is written after the scene's time; before it the page
//     says when it opens. It stays open to write after its 72 hours.
//   - A discovery is carried into a checklist only from that person's own
//     list, opened with their PIN when it is protected, and only the
//     changes they tick when they confirm. The note goes with it when the
//     answer has no note yet.
//   - The limits timeline lists changes to an answer a person had already
//     given; their very first answers are summed up in one line per day,
//     so the moves stand out.
//   - A person in a negotiation without a linked checklist is matched to
//     the one checklist with the same name, if there is exactly one.
type History struct {
	app     *App
	content *fyne.Container // the page showing
	problem *problem

	list *histList

	// The page open now, if any; each is built when it is opened.
	detail   *histDetail
	version  *histVersion
	diff     *histDiff
	reneg    *histReneg
	debrief  *histDebrief
	apply    *histApply
	timeline *histTimeline
}

func newHistory(a *App) *History {
	h := &History{app: a, content: container.NewStack(), problem: newProblem()}
	h.list = newHistList(h)
	h.show(h.list.content)
	h.list.search()
	return h
}

func (h *History) view() fyne.CanvasObject { return h.content }

// leave saves a debrief typed and not yet saved.
func (h *History) leave() {
	if h.debrief != nil {
		h.debrief.flush()
	}
	if h.apply != nil {
		h.apply.person = nil // a list opened for a debrief closes with the screen
	}
}

func (h *History) show(c fyne.CanvasObject) {
	h.content.Objects = []fyne.CanvasObject{c}
	h.content.Refresh()
}

// closePages forgets every page but the list, saving first.
func (h *History) closePages() {
	h.leave()
	h.detail, h.version, h.diff, h.reneg, h.debrief, h.apply, h.timeline = nil, nil, nil, nil, nil, nil, nil
}

// backToList shows the list again, searched afresh.
func (h *History) backToList() {
	h.closePages()
	h.show(h.list.content)
	h.list.search()
}

// openDetail shows one negotiation: its versions and what can be done
// with it.
func (h *History) openDetail(id string) {
	h.closePages()
	h.detail = newHistDetail(h, id)
	h.show(h.detail.content)
	h.detail.load()
}

// openDebrief shows the debrief page of a negotiation (from Home too).
func (h *History) openDebrief(id string) {
	h.closePages()
	h.debrief = newHistDebrief(h, id)
	h.show(h.debrief.content)
	h.debrief.load()
}

// openTimeline shows the limits over time.
func (h *History) openTimeline() {
	h.closePages()
	h.timeline = newHistTimeline(h)
	h.show(h.timeline.content)
	h.timeline.load()
}

// openInNegotiate opens a negotiation in the Negotiate section: a draft in
// the editor, an agreed version as its page.
func openInNegotiate(a *App, id string) { a.env.Navigate(kit.NegotiateOpen{NegotiationID: id}) }

// openHistoryDebrief opens History on a negotiation's debrief.
func openHistoryDebrief(a *App, id string) {
	a.env.Navigate(kit.HistoryDebrief{NegotiationID: id})
}

// Open shows the debrief a kit.HistoryDebrief names.
func (h *History) Open(t kit.Target) {
	if d, ok := t.(kit.HistoryDebrief); ok {
		h.openDebrief(d.NegotiationID)
	}
}

// activityNames names, from the catalog, the activities and limits the
// documents store only by ID, for Diff.
func activityNames(a *App, docs ...negotiation.Document) negotiation.Names {
	names := negotiation.Names{}
	if a.cat == nil {
		return names
	}
	add := func(id string) {
		if act, ok := a.cat.Activity(id); ok && id != "" {
			names[id] = act.Name
		}
	}
	for _, d := range docs {
		for _, act := range d.Scene.Activities {
			add(act.ID)
		}
		for _, p := range d.Participants {
			for _, l := range append(append([]negotiation.LimitItem(nil), p.Limits.Hard...), p.Limits.Soft...) {
				add(l.ActivityID)
			}
		}
	}
	return names
}
