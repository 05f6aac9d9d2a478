package guide

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/guide"
	"parleyapp.org/parley/ui/kit"
)

// Guide is the in-app guide: short articles and a glossary on the left,
// searchable as you type, and the chosen entry on the right.
type Guide struct {
	env     kit.Env
	g       *guide.Guide
	content fyne.CanvasObject

	search *widget.Entry
	list   *widget.List
	refs   []guide.Ref // what the list shows
	empty  *widget.Label

	scroll  *container.Scroll
	title   *widget.Label
	kind    *widget.Label
	body    *fyne.Container
	see     *fyne.Container
	seeBtns []*widget.Button
	shown   string // ID of the entry on the right, "" for the welcome
}

// Open shows the entry a kit.GuideTopic names.
func (g *Guide) Open(t kit.Target) {
	if topic, ok := t.(kit.GuideTopic); ok {
		g.selectID(topic.ID)
	}
}

// New builds the guide screen, on its welcome page.
func New(env kit.Env) kit.Screen {
	g := &Guide{env: env, g: env.Lang.Guide()}
	g.search = widget.NewEntry()
	g.search.SetPlaceHolder(lang.L("Search the guide"))
	g.search.OnChanged = func(string) { env.Touch(); g.refilter() }
	g.empty = kit.Para("")
	g.empty.Hide()
	g.list = widget.NewList(func() int { return len(g.refs) }, newGuideRow, g.updateRow)
	g.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(g.refs) {
			g.show(g.refs[i].ID)
		}
	}
	g.buildDetail()
	left := container.NewBorder(container.NewVBox(g.search, g.empty), nil, nil, nil, g.list)
	split := container.NewHSplit(left, g.scroll)
	split.Offset = 0.34
	g.content = split
	g.refilter()
	g.showWelcome()
	return g
}

// View is the screen's content.
func (g *Guide) View() fyne.CanvasObject { return g.content }

// Leave has nothing to save: the guide is read-only.
func (g *Guide) Leave() {}

// refilter fills the list from the search box: every article then every
// glossary term when it is empty, otherwise the search's results.
func (g *Guide) refilter() {
	q := g.search.Text
	if strings.TrimSpace(q) == "" {
		g.refs = g.everything()
		kit.Say(g.empty, "")
	} else {
		g.refs = g.g.Search(q)
		if len(g.refs) == 0 {
			kit.Say(g.empty, lang.L("Nothing in the guide matches “{{.Q}}”. Try a shorter word, or clear the search to see everything.", map[string]any{"Q": q}))
		} else {
			kit.Say(g.empty, "")
		}
	}
	g.list.UnselectAll()
	g.list.Refresh()
	g.list.ScrollToTop()
}

// everything is the whole guide in reading order: articles, then terms.
func (g *Guide) everything() []guide.Ref {
	var out []guide.Ref
	for _, a := range g.g.Articles() {
		if r, ok := g.g.Lookup(a.ID); ok {
			out = append(out, r)
		}
	}
	for _, t := range g.g.Terms() {
		if r, ok := g.g.Lookup(t.ID); ok {
			out = append(out, r)
		}
	}
	return out
}

// selectID shows an entry and selects it in the list, clearing a search
// that hides it.
func (g *Guide) selectID(id string) {
	if _, ok := g.g.Lookup(id); !ok {
		return
	}
	i := g.indexOf(id)
	if i < 0 {
		g.search.SetText("") // refilters through OnChanged
		i = g.indexOf(id)
	}
	if i < 0 {
		g.show(id)
		return
	}
	g.list.Select(i)
	g.list.ScrollTo(i)
	g.show(id) // Select does nothing when the row is already selected
}

func (g *Guide) indexOf(id string) int {
	for i, r := range g.refs {
		if r.ID == id {
			return i
		}
	}
	return -1
}
