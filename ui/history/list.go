package history

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/kit"
)

// searchDelay is how long after the last key press History searches.
const searchDelay = 250 * time.Millisecond

// histList is History's first page: every negotiation, newest first,
// with a search box and filters by person and by state.
type histList struct {
	h       *History
	content fyne.CanvasObject

	query    *widget.Entry
	person   *widget.Select
	state    *widget.Select
	clear    *widget.Button
	filters  *fyne.Container
	count    *widget.Label
	empty    *fyne.Container // shown instead of the list when it is empty
	list     *widget.List
	timeline *widget.Button

	found []persistence.NegotiationSummary
	// Standing agreements, listed apart above the scenes.
	agreements []persistence.AgreementSummary
	agreeBox   *fyne.Container
	agreeBtns  []*widget.Button
	timer      *time.Timer
	gen        int // the newest search asked for; older answers are dropped
}

func newHistList(h *History) *histList {
	l := &histList{h: h}
	l.query = widget.NewEntry()
	l.query.SetPlaceHolder(lang.L("Search titles, names, activities, places and limits"))
	l.query.ActionItem = widget.NewIcon(theme.SearchIcon())
	l.query.OnChanged = func(string) { l.searchSoon() }
	l.query.OnSubmitted = func(string) { l.search() }
	l.person = widget.NewSelect([]string{everyone()}, nil)
	l.person.SetSelectedIndex(0)
	l.person.OnChanged = func(string) { l.search() }
	l.state = widget.NewSelect(stateChoices(), nil)
	l.state.SetSelectedIndex(0)
	l.state.OnChanged = func(string) { l.search() }
	l.clear = widget.NewButton(lang.L("Clear"), l.clearFilters)
	l.clear.Importance = widget.LowImportance
	l.count = widget.NewLabel("")
	l.count.Importance = widget.LowImportance
	l.timeline = widget.NewButtonWithIcon(lang.L("Limits over time"), theme.HistoryIcon(), h.openTimeline)
	l.empty = container.NewVBox()
	l.agreeBox = container.NewVBox()
	l.list = widget.NewList(
		func() int { return len(l.found) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.TextStyle.Bold = true
			title.Truncation = fyne.TextTruncateEllipsis
			info := widget.NewLabel("")
			info.Importance = widget.LowImportance
			info.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, info)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(l.found) {
				return
			}
			s := l.found[i]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(kit.NegotiationTitle(s.Title, s.People))
			box.Objects[1].(*widget.Label).SetText(historyLine(s))
		},
	)
	l.list.OnSelected = func(i widget.ListItemID) {
		l.list.UnselectAll()
		if i < len(l.found) {
			h.openDetail(l.found[i].ID)
		}
	}
	l.filters = container.NewHBox(widget.NewLabel(lang.L("Who")), l.person, widget.NewLabel(lang.L("Where it stands")), l.state, l.clear)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, l.timeline, kit.Heading(lang.L("History"))),
		kit.Para(lang.L("Every negotiation is kept here: each version as it was agreed, what changed between them, and the debriefs afterwards. Choose one to open it.")),
		l.query,
		l.filters,
		h.problem,
		l.count,
		l.empty,
		l.agreeBox,
	)
	l.content = container.New(kit.CentreLayout(860), container.NewBorder(top, nil, nil, nil, l.list))
	return l
}

func everyone() string { return lang.L("Everyone") }

// stateChoices are the state filter's options, in the order of
// stateFilters.
func stateChoices() []string {
	return []string{lang.L("Any"), lang.L("Drafts"), lang.L("Agreed, scene still to come"),
		lang.L("Scene done, debrief to come"), lang.L("Debriefed")}
}

var stateFilters = []negotiation.State{"", negotiation.StateDraft, negotiation.StateAgreed, negotiation.StateSceneDone, negotiation.StateDebriefed}

// historyLine is a negotiation's people, scene date, state and versions.
func historyLine(s persistence.NegotiationSummary) string {
	line := kit.SummaryLine(s)
	if s.Versions > 1 {
		line += " · " + kit.Plural(s.Versions, "{{.N}} version", "{{.N}} versions", map[string]any{"N": s.Versions})
	}
	return line
}

// searchSoon searches once typing has paused.
func (l *histList) searchSoon() {
	if l.timer != nil {
		l.timer.Stop()
	}
	l.timer = time.AfterFunc(searchDelay, func() { l.h.env.Do(l.search) })
}

// search asks the vault, in the background, for what matches now.
func (l *histList) search() {
	v := l.h.env.Vault()
	if v == nil {
		return
	}
	l.gen++
	gen := l.gen
	query, person := l.query.Text, l.person.Selected
	if person == everyone() {
		person = ""
	}
	state := stateFilters[max(l.state.SelectedIndex(), 0)]
	filtered := strings.TrimSpace(query) != "" || person != "" || state != ""
	kit.Background(l.h.env, func() (listData, error) {
		var x listData
		var err error
		x.found, x.more, err = v.SearchNegotiationsPage(query, person, string(state), historyPage)
		if err == nil {
			x.agreements, err = v.SearchAgreements(query, person)
			x.agreements = agreementsFor(x.agreements, state)
		}
		if err == nil && !filtered {
			x.profiles, err = v.Profiles()
		}
		return x, err
	}, func(x listData, err error) {
		if gen != l.gen || !l.h.env.StillOpen(v) {
			return
		}
		if err != nil {
			l.h.problem.Say(kit.ErrorSentence(err))
			return
		}
		l.h.problem.Say("")
		if !filtered {
			l.learnPeople(x.found, x.profiles)
		}
		l.showAgreements(x.agreements)
		l.show(x.found, x.more, filtered)
	})
}

// historyPage is how many negotiations the list shows at once: the most
// recently changed. A search or a filter reaches the others.
const historyPage = 200

type listData struct {
	found      []persistence.NegotiationSummary
	agreements []persistence.AgreementSummary
	more       bool
	profiles   []persistence.Profile
}

// learnPeople offers in the person filter everyone with a checklist and
// everyone named in the newest negotiations.
func (l *histList) learnPeople(newest []persistence.NegotiationSummary, profiles []persistence.Profile) {
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		key := strings.ToLower(strings.TrimSpace(n))
		if key != "" && !seen[key] {
			seen[key] = true
			names = append(names, strings.TrimSpace(n))
		}
	}
	for _, p := range profiles {
		add(p.Name)
	}
	for _, s := range newest {
		for _, n := range s.People {
			add(n)
		}
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	l.person.Options = append([]string{everyone()}, names...)
	l.person.Refresh()
}

func (l *histList) show(found []persistence.NegotiationSummary, more, filtered bool) {
	l.found = found
	l.list.Refresh()
	l.list.ScrollToTop()
	l.empty.Objects = nil
	// Searching an empty History would only distract from how to begin.
	if len(found) == 0 && !filtered && len(l.agreements) == 0 {
		l.query.Hide()
		l.filters.Hide()
	} else {
		l.query.Show()
		l.filters.Show()
	}
	switch {
	case len(found) == 0 && len(l.agreements) > 0:
		kit.Say(l.count, "")
		if filtered {
			l.empty.Add(kit.Para(lang.L("No scene negotiation matches.")))
		}
	case len(found) == 0 && !filtered:
		go1 := widget.NewButtonWithIcon(lang.L("Start a negotiation"), theme.DocumentCreateIcon(), func() { l.h.env.Navigate(kit.Section{ID: "negotiate"}) })
		go1.Importance = widget.HighImportance
		l.empty.Add(kit.Para(lang.L("Nothing here yet. Each negotiation you write in Negotiate is kept here, with every version and the debrief after the scene.")))
		l.empty.Add(kit.RightAligned(go1))
		kit.Say(l.count, "")
	case len(found) == 0:
		l.empty.Add(kit.Para(lang.L("Nothing matches. Try fewer words, another spelling, or clear the filters.")))
		kit.Say(l.count, "")
	case more:
		kit.Say(l.count, kit.Plural(len(found), "The most recently changed one. Search, or choose a person or a state, to find older ones.", "The {{.N}} most recently changed. Search, or choose a person or a state, to find older ones.", map[string]any{"N": len(found)}))
	default:
		kit.Say(l.count, kit.Plural(len(found), "One negotiation", "{{.N}} negotiations", map[string]any{"N": len(found)}))
	}
	l.empty.Refresh()
}

func (l *histList) clearFilters() {
	l.query.SetText("")
	l.person.SetSelectedIndex(0)
	l.state.SetSelectedIndex(0)
	l.search()
}
