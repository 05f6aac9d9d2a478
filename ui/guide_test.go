//go:build ci

package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/guide"
)

func openGuide(t *testing.T, a *App) *Guide {
	t.Helper()
	a.shell.open("guide")
	g, ok := a.shell.current.(*Guide)
	if !ok {
		t.Fatal("the Guide section did not open")
	}
	return g
}

// bodyTexts is every text of the entry on the right.
func bodyTexts(g *Guide) []string { return texts(g.body) }

// termNamed is the glossary term whose name starts with name.
func termNamed(t *testing.T, name string) guide.Term {
	t.Helper()
	for _, term := range guide.Terms() {
		if strings.HasPrefix(strings.ToLower(term.Name), strings.ToLower(name)) {
			return term
		}
	}
	t.Fatalf("the glossary has no %q", name)
	return guide.Term{}
}

func TestEveryGlossaryWordCanBeFoundAndOpened(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	g := openGuide(t, a)
	// The words of DOMAIN.md's glossary, as a person would type them.
	for _, name := range []string{"Scene", "Negotiation", "Hard limit", "Soft limit", "Safeword",
		"Traffic-light system", "Aftercare", "SSC", "RACK", "Debrief"} {
		term := termNamed(t, name)
		g.search.SetText("")
		test.Type(g.search, name)
		found := -1
		for i, r := range g.refs {
			if r.ID == term.ID && r.Kind == guide.TermKind {
				found = i
				break
			}
		}
		if found < 0 {
			t.Errorf("searching %q does not list the term %q", name, term.Name)
			continue
		}
		if found > 2 {
			t.Errorf("searching %q lists %q only at place %d", name, term.Name, found+1)
		}
		g.list.Select(found)
		if g.shown != term.ID || g.title.Text != term.Name || !contains(bodyTexts(g), term.Definition) {
			t.Errorf("choosing %q shows %q (%s), not its definition", term.Name, g.title.Text, g.shown)
		}
		if g.empty.Visible() {
			t.Errorf("searching %q says nothing matches", name)
		}
	}
}

func TestAnEmptySearchSaysSoAndClearingShowsEverything(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	g := openGuide(t, a)
	all := len(g.g.Terms()) + len(g.g.Articles())
	if len(g.refs) != all || g.refs[0].Kind != guide.ArticleKind || g.refs[all-1].Kind != guide.TermKind {
		t.Fatalf("with no search the list has %d entries (want %d, articles first)", len(g.refs), all)
	}
	test.Type(g.search, "xylophone")
	if len(g.refs) != 0 || !g.empty.Visible() || !strings.Contains(g.empty.Text, "xylophone") {
		t.Errorf("a search with no results shows %d entries and says %q", len(g.refs), g.empty.Text)
	}
	g.search.SetText("")
	if len(g.refs) != all || g.empty.Visible() {
		t.Errorf("clearing the search shows %d entries", len(g.refs))
	}
	test.Type(g.search, "drop")
	if len(g.refs) == 0 || g.refs[0].Snippet == "" {
		t.Fatal("searching a word in the text finds nothing to show")
	}
}

func TestShowGuideOpensTheEntryAndSeeAlsoLinksFollow(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	g := openGuide(t, a)
	test.Type(g.search, "aftercare") // a search that hides the entry
	a.shell.open("home")
	a.ShowGuide("hard-limit")
	g = a.shell.current.(*Guide)
	hard := termNamed(t, "Hard limit")
	if a.shell.currentID != "guide" || g.shown != "hard-limit" || !contains(bodyTexts(g), hard.Definition) {
		t.Fatalf("ShowGuide(hard-limit) shows %q in %q", g.shown, a.shell.currentID)
	}
	g.search.SetText("aftercare")
	a.ShowGuide("hard-limit")
	if g.search.Text != "" || g.indexOf("hard-limit") < 0 || g.shown != "hard-limit" {
		t.Error("ShowGuide on an entry the search hides does not bring it back")
	}
	if len(g.seeBtns) != len(hard.See) {
		t.Fatalf("%d See also links, want %d", len(g.seeBtns), len(hard.See))
	}
	tap(g.seeBtns[0])
	if g.shown != hard.See[0] {
		t.Errorf("See also opened %q, want %q", g.shown, hard.See[0])
	}
}

func TestTheChecklistHelpButtonOpensTheGuide(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	var help *widget.Button
	walk(c.content, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == theme.HelpIcon().Name() {
			help = b
		}
	})
	if help == nil {
		t.Fatal("the checklist has no help button")
	}
	tap(help)
	tapText(t, a, "Soft limit")
	g, ok := a.shell.current.(*Guide)
	if !ok || g.shown != "soft-limit" {
		t.Fatalf("the help button's menu did not open the guide on soft limits (%v)", a.shell.currentID)
	}
	a.shell.open("checklist")
	c = a.shell.current.(*Checklist)
	eventually(t, "Sam is listed", func() bool { return len(c.people.all) == 1 })
	c.people.pick(c.people.all[0])
	eventually(t, "Sam's list reopens", func() bool { return c.person != nil })
	help = nil
	walk(c.content, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == theme.HelpIcon().Name() {
			help = b
		}
	})
	tap(help)
	tapText(t, a, "Hard limit")
	if g, ok := a.shell.current.(*Guide); !ok || g.shown != "hard-limit" {
		t.Fatal("the help button's menu did not open the guide on hard limits")
	}
}
