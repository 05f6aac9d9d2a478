package guide

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/guide"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// openGuide builds the guide screen on a test Env of its own. The tests do
// not call t.Parallel: Fyne 2.8.1 measures text through one shared shaper,
// and two tests laying out at once panicked inside it (go-text harfbuzz).
func openGuide(t *testing.T) (*Guide, *kittest.Env) {
	t.Helper()
	env := kittest.New(t, nil)
	return New(env.Env).(*Guide), env
}

// bodyTexts is every text of the entry on the right.
func bodyTexts(g *Guide) []string { return kittest.Texts(g.body) }

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
	g, _ := openGuide(t)
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
		if g.shown != term.ID || g.title.Text != term.Name || !kittest.Contains(bodyTexts(g), term.Definition) {
			t.Errorf("choosing %q shows %q (%s), not its definition", term.Name, g.title.Text, g.shown)
		}
		if g.empty.Visible() {
			t.Errorf("searching %q says nothing matches", name)
		}
	}
}

func TestAnEmptySearchSaysSoAndClearingShowsEverything(t *testing.T) {
	g, _ := openGuide(t)
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

func TestOpeningATopicShowsItThroughASearchThatHidesItAndSeeAlsoFollows(t *testing.T) {
	g, env := openGuide(t)
	test.Type(g.search, "aftercare") // a search that hides the entry
	g.Open(kit.GuideTopic{ID: "hard-limit"})
	hard := termNamed(t, "Hard limit")
	if g.search.Text != "" || g.indexOf("hard-limit") < 0 || g.shown != "hard-limit" || !kittest.Contains(bodyTexts(g), hard.Definition) {
		t.Fatalf("opening hard-limit through a search that hides it shows %q (search %q)", g.shown, g.search.Text)
	}
	if len(g.seeBtns) != len(hard.See) {
		t.Fatalf("%d See also links, want %d", len(g.seeBtns), len(hard.See))
	}
	test.Tap(g.seeBtns[0])
	if g.shown != hard.See[0] {
		t.Errorf("See also opened %q, want %q", g.shown, hard.See[0])
	}
	if len(env.Went) != 0 {
		t.Errorf("following links inside the guide navigated away: %v", env.Went)
	}
}
