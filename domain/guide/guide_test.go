package guide

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The glossary terms listed in DOMAIN.md ("Words the app uses").
var domainTerms = []string{
	"Scene", "Negotiation", "Hard limit", "Soft limit", "Safeword",
	"Traffic-light system", "Aftercare", "SSC", "RACK", "Debrief",
}

func TestEveryDomainTermIsInTheGlossary(t *testing.T) {
	g := New()
	for _, want := range domainTerms {
		found := false
		for _, term := range g.Terms() {
			if term.Name == want || strings.HasPrefix(term.Name, want+" (") {
				found = true
			}
		}
		if !found {
			t.Errorf("glossary lacks %q", want)
		}
	}
	for _, id := range []string{"maybe", "non-verbal-signal", "extraction-protocol", "renegotiation", "sub-drop-top-drop", "scene-name"} {
		if _, ok := g.Term(id); !ok {
			t.Errorf("glossary lacks %q", id)
		}
	}
	aftercare, _ := g.Term("aftercare")
	if !strings.Contains(aftercare.Definition, "sub-drop") || !strings.Contains(aftercare.Definition, "top-drop") {
		t.Errorf("aftercare does not mention sub-drop and top-drop: %q", aftercare.Definition)
	}
}

var slug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestIDsAreUniqueSlugsAndEveryLinkResolves(t *testing.T) {
	g := New()
	seen := map[string]bool{}
	var links []string
	for _, term := range g.Terms() {
		if seen[term.ID] || !slug.MatchString(term.ID) {
			t.Errorf("term ID %q repeated or not a slug", term.ID)
		}
		seen[term.ID] = true
		links = append(links, term.See...)
	}
	for _, a := range g.Articles() {
		if seen[a.ID] || !slug.MatchString(a.ID) {
			t.Errorf("article ID %q repeated or not a slug", a.ID)
		}
		seen[a.ID] = true
		links = append(links, a.See...)
	}
	for _, id := range links {
		if !seen[id] {
			t.Errorf("a See link points at %q, which does not exist", id)
		}
	}
}

func TestTermsAreShortDefinitionsInAlphabeticalOrder(t *testing.T) {
	terms := New().Terms()
	if !sort.SliceIsSorted(terms, func(i, j int) bool {
		return strings.ToLower(terms[i].Name) < strings.ToLower(terms[j].Name)
	}) {
		t.Error("terms are not in alphabetical order")
	}
	for _, term := range terms {
		n := sentences(term.Definition)
		if term.Name == "" || n < 2 || n > 4 {
			t.Errorf("%s: %d sentences, want 2 to 4", term.ID, n)
		}
	}
}

// sentences counts full stops that end a sentence (followed by a space or
// the end of the text).
func sentences(s string) int {
	return strings.Count(s+" ", ". ") + strings.Count(s+" ", "? ")
}

func TestEveryArticleHasATitleAndAWellFormedBody(t *testing.T) {
	wantIDs := []string{"when-to-negotiate", "four-parts", "first-scene", "established-partners",
		"casual-and-party", "safeword-rule", "aftercare-stages", "the-debrief", "how-to-renegotiate", "uk-law"}
	g := New()
	for _, id := range wantIDs {
		if _, ok := g.Article(id); !ok {
			t.Errorf("no article %q", id)
		}
	}
	for _, a := range g.Articles() {
		if a.Title == "" || len(a.Body) == 0 {
			t.Errorf("article %q lacks a title or body", a.ID)
		}
		if a.Body[0].Kind != Paragraph {
			t.Errorf("article %q does not open with a paragraph", a.ID)
		}
		for i, b := range a.Body {
			switch b.Kind {
			case Paragraph, Heading:
				if b.Text == "" || len(b.Items) != 0 {
					t.Errorf("%s block %d: a %s needs text and no items", a.ID, i, b.Kind)
				}
			case Bullets:
				if b.Text != "" || len(b.Items) == 0 {
					t.Errorf("%s block %d: bullets need items and no text", a.ID, i)
				}
				for _, it := range b.Items {
					if it == "" {
						t.Errorf("%s block %d: empty bullet", a.ID, i)
					}
				}
			default:
				t.Errorf("%s block %d: unknown kind %q", a.ID, i, b.Kind)
			}
			if b.Kind == Heading && i == len(a.Body)-1 {
				t.Errorf("%s ends with a heading", a.ID)
			}
		}
	}
}

func articleText(a Article) string {
	var parts []string
	for _, b := range a.Body {
		parts = append(parts, b.Text)
		parts = append(parts, b.Items...)
	}
	return strings.Join(parts, "\n")
}

func TestLegalArticle(t *testing.T) {
	a, ok := New().Article("uk-law")
	if !ok {
		t.Fatal("no legal article")
	}
	text := articleText(a)
	for _, want := range []string{
		"not legal advice",
		"R v Brown [1993] UKHL 19",
		"R v Wilson [1996] EWCA Crim 2",
		"R v BM [2018] EWCA Crim 560",
		"transient and trifling",
		"contemporaneous evidence of consent",
		"public-order",
		"Online Safety Act 2023",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("legal article lacks %q", want)
		}
	}
}

func TestSafewordRuleIsUnconditional(t *testing.T) {
	a, _ := New().Article("safeword-rule")
	text := articleText(a)
	for _, want := range []string{"unconditional", "No \"are you sure?\"", "No finishing the current action", "Stop.", "Check in", "aftercare"} {
		if !strings.Contains(text, want) {
			t.Errorf("safeword rule lacks %q", want)
		}
	}
}

func TestScenarioArticlesKeepTheirNumbers(t *testing.T) {
	g := New()
	tests := map[string][]string{
		"first-scene":          {"30 minutes", "Three things", "not this time", "debrief"},
		"established-partners": {"15 to 20 minutes", "last negotiation document", "medication"},
		"casual-and-party":     {"20 to 30 minutes", "done before", "extraction protocol"},
		"aftercare-stages":     {"30 minutes", "24 hours", "72 hours", "sub-drop", "top-drop"},
		"the-debrief":          {"What worked?", "What would you change?", "how you've felt since?"},
		"when-to-negotiate":    {"45 to 60 minutes", "15 to 30 minutes", "sober", "After an argument"},
	}
	for id, wants := range tests {
		a, _ := g.Article(id)
		text := articleText(a)
		for _, w := range wants {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", id, w)
			}
		}
	}
}

// The guide is written in British English.
func TestBritishSpelling(t *testing.T) {
	american := regexp.MustCompile(`(?i)\b(colou?r(ed)?|organiz\w*|behavior\w*|center\w*|favor\w*|judgment|realiz\w*|apologiz\w*|recogniz\w*|program)\b`)
	g := New()
	var all []string
	for _, term := range g.Terms() {
		all = append(all, term.Name, term.Definition)
	}
	for _, a := range g.Articles() {
		all = append(all, a.Title, articleText(a))
	}
	for _, s := range all {
		for _, m := range american.FindAllString(s, -1) {
			if m != "colour" && !strings.HasPrefix(strings.ToLower(m), "colour") {
				t.Errorf("American spelling %q in %q", m, s)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	g := New()
	tests := []struct {
		id    string
		kind  Kind
		title string
	}{
		{"hard-limit", TermKind, "Hard limit"},
		{"safeword", TermKind, "Safeword"},
		{"uk-law", ArticleKind, "The law in the UK"},
		{"safeword-rule", ArticleKind, "The safeword rule"},
	}
	for _, tc := range tests {
		r, ok := g.Lookup(tc.id)
		if !ok || r.Kind != tc.kind || r.Title != tc.title || r.ID != tc.id || r.Snippet == "" {
			t.Errorf("Lookup(%q) = %+v, %v", tc.id, r, ok)
		}
	}
	for _, id := range []string{"", "Hard-Limit", "nothing-here"} {
		if _, ok := g.Lookup(id); ok {
			t.Errorf("Lookup(%q) found something", id)
		}
	}
}
