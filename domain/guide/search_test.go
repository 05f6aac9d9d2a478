package guide

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func ids(refs []Ref) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.ID)
	}
	return out
}

func contains(refs []Ref, id string) bool {
	for _, r := range refs {
		if r.ID == id {
			return true
		}
	}
	return false
}

func TestSearchFindsTermsByName(t *testing.T) {
	g := New()
	tests := []struct{ query, first string }{
		{"hard limit", "hard-limit"},
		{"HARD LIMIT", "hard-limit"},
		{"hard limits", "hard-limit"},
		{"Soft", "soft-limit"},
		{"rack", "rack"},
		{"traffic light", "traffic-light-system"},
		{"extraction", "extraction-protocol"},
		{"sub-drop", "sub-drop-top-drop"},
	}
	for _, tc := range tests {
		got := g.Search(tc.query)
		if len(got) == 0 || got[0].ID != tc.first || got[0].Kind != TermKind {
			t.Errorf("Search(%q) = %v, want %q first", tc.query, ids(got), tc.first)
		}
	}
}

func TestSearchFindsTermsByAWordOfTheDefinition(t *testing.T) {
	g := New()
	tests := []struct{ query, want string }{
		{"pineapple", "safeword"},
		{"gag", "non-verbal-signal"},
		{"tapping", "non-verbal-signal"},
		{"goodbyes", "extraction-protocol"},
	}
	for _, tc := range tests {
		got := g.Search(tc.query)
		if !contains(got, tc.want) {
			t.Errorf("Search(%q) = %v, want it to include %q", tc.query, ids(got), tc.want)
		}
		for _, r := range got {
			if r.ID == tc.want && !strings.Contains(strings.ToLower(r.Snippet), tc.query) {
				t.Errorf("Search(%q): snippet %q does not show the word", tc.query, r.Snippet)
			}
		}
	}
}

func TestSearchRanksTitleHitsFirst(t *testing.T) {
	g := New()
	got := g.Search("aftercare")
	if len(got) < 3 {
		t.Fatalf("Search(aftercare) = %v", ids(got))
	}
	if got[0].ID != "aftercare" || got[1].ID != "aftercare-stages" {
		t.Errorf("Search(aftercare) starts %v, want the term, then the article", ids(got)[:2])
	}
	seenBodyHit := false
	for _, r := range got {
		inTitle := strings.Contains(strings.ToLower(r.Title), "aftercare")
		if inTitle && seenBodyHit {
			t.Errorf("title hit %q ranked after a body hit: %v", r.ID, ids(got))
		}
		if !inTitle {
			seenBodyHit = true
		}
	}
	if !seenBodyHit || !contains(got, "safeword-rule") {
		t.Errorf("Search(aftercare) misses articles that only mention it: %v", ids(got))
	}

	// Some words in the title beat none in the title.
	got = g.Search("safeword unconditional")
	if len(got) == 0 || got[0].ID != "safeword" {
		t.Errorf("Search(safeword unconditional) = %v, want the safeword term first", ids(got))
	}
}

func TestSearchNeedsEveryWord(t *testing.T) {
	g := New()
	if got := g.Search("safeword pineapple"); !contains(got, "safeword") {
		t.Errorf("both words in the safeword term: %v", ids(got))
	}
	if got := g.Search("safeword zebra"); len(got) != 0 {
		t.Errorf("Search(safeword zebra) = %v, want nothing", ids(got))
	}
	legal := g.Search("brown wilson")
	if len(legal) != 1 || legal[0].ID != "uk-law" {
		t.Errorf("Search(brown wilson) = %v, want only the legal article", ids(legal))
	}
}

func TestSearchFindsNothingForNonsense(t *testing.T) {
	g := New()
	for _, q := range []string{"xqzzyv", "", "   ", "?!.,", "rackety"} {
		if got := g.Search(q); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, ids(got))
		}
	}
}

func TestSearchSnippetsAreShortAndWhole(t *testing.T) {
	g := New()
	for _, q := range []string{"law", "minutes", "scene", "Online Safety"} {
		for _, r := range g.Search(q) {
			if r.Snippet == "" || len(r.Snippet) > snippetLen+2*len("…") || !utf8.ValidString(r.Snippet) {
				t.Errorf("Search(%q) %s: snippet %q", q, r.ID, r.Snippet)
			}
		}
	}
	got := g.Search("Online Safety")
	if len(got) != 1 || !strings.Contains(got[0].Snippet, "Online Safety Act 2023") {
		t.Errorf("Search(Online Safety) = %+v", got)
	}
}

func TestSnippetAt(t *testing.T) {
	long := strings.Repeat("word ", 30) + "target " + strings.Repeat("tail ", 40)
	pos := strings.Index(long, "target")
	s := snippetAt(long, pos)
	if !strings.HasPrefix(s, "…word") || !strings.Contains(s, "target") || !strings.HasSuffix(s, "tail…") {
		t.Errorf("snippet %q", s)
	}
	if got := snippetAt("short text", 6); got != "short text" {
		t.Errorf("short text cut: %q", got)
	}
}

func BenchmarkSearch(b *testing.B) {
	g := New()
	for b.Loop() {
		g.Search("safeword signal")
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		New()
	}
}

func TestSearchSnippetShowsWhereTheWordIs(t *testing.T) {
	g := New()
	tests := []struct{ query, id, prefix string }{
		// every word in the title: the opening of the text
		{"law", "uk-law", "This is general information, not legal advice."},
		{"aftercare", "aftercare", "The deliberate care"},
		// a word in a heading: the heading and what follows it
		{"films", "uk-law", "Photographs and films: Photographing"},
		// a word deep in a long paragraph: a window around it
		{"bedposts", "four-parts", "…things to different people; \"wrist cuffs to the bedposts"},
	}
	for _, tc := range tests {
		var snip string
		for _, r := range g.Search(tc.query) {
			if r.ID == tc.id {
				snip = r.Snippet
			}
		}
		if !strings.HasPrefix(snip, tc.prefix) {
			t.Errorf("Search(%q) %s: snippet %q, want it to start %q", tc.query, tc.id, snip, tc.prefix)
		}
	}
}

// Issue 13: a person looking for any of these finds the new article.
func TestSearchFindsTheSafetyArticles(t *testing.T) {
	g := New()
	tests := []struct{ query, want string }{
		{"breath play", "breath-and-neck"},
		{"choking", "breath-and-neck"},
		{"neck", "breath-and-neck"},
		{"strangulation", "uk-law"},
		{"strangling", "uk-law"},
		{"75A", "uk-law"},
		{"subspace", "beyond-the-safeword"},
		{"frozen", "beyond-the-safeword"},
		{"safeguard", "beyond-the-safeword"},
		{"alone", "never-alone"},
		{"hogtie", "never-alone"},
		{"earshot", "never-alone"},
		{"alcohol", "alcohol-and-drugs"},
		{"drunk", "alcohol-and-drugs"},
		{"drugs", "alcohol-and-drugs"},
		{"pregnancy", "health-and-pregnancy"},
		{"epilepsy", "health-and-pregnancy"},
		{"asthma", "health-and-pregnancy"},
		{"diabetes", "health-and-pregnancy"},
		{"pacemaker", "health-and-pregnancy"},
		{"shears", "safety-kit"},
		{"emergency", "safety-kit"},
		{"recovery position", "safety-kit"},
		{"burn", "safety-kit"},
		{"999", "safety-kit"},
		{"safe-call", "scene-day"},
		{"unwell", "scene-day"},
		{"Samaritans", "when-drop-lasts"},
		{"low lasting", "when-drop-lasts"},
	}
	for _, tc := range tests {
		if got := g.Search(tc.query); !contains(got, tc.want) {
			t.Errorf("Search(%q) = %v, want it to include %q", tc.query, ids(got), tc.want)
		}
	}
	for q, first := range map[string]string{"subspace": "subspace", "safe-call": "safe-call", "breath": "breath-and-neck"} {
		if got := g.Search(q); len(got) == 0 || got[0].ID != first {
			t.Errorf("Search(%q) = %v, want %q first", q, ids(got), first)
		}
	}
}
