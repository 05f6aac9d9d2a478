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
	for _, id := range []string{"maybe", "non-verbal-signal", "extraction-protocol", "renegotiation", "sub-drop-top-drop", "scene-name", "subspace", "safe-call"} {
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
		"casual-and-party", "safeword-rule", "aftercare-stages", "the-debrief", "how-to-renegotiate", "uk-law",
		"breath-and-neck", "beyond-the-safeword", "never-alone", "alcohol-and-drugs", "health-and-pregnancy",
		"safety-kit", "scene-day", "when-drop-lasts"}
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
		// Issue 13: the strangulation offence and section 71, exactly.
		"describes the law in England and Wales",
		"7 June 2022",
		"section 75A of the Serious Crime Act 2015",
		"section 70 of the Domestic Abuse Act 2021",
		"affects their ability to breathe",
		"up to five years",
		"Domestic Abuse Act 2021, section 71",
		"\"serious harm\" there includes actual bodily harm",
		"intended that harm or was reckless",
		"even gentle pressure on the neck",
		"does not make the injury legal",
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

// The marks tip and the dated document must never suggest that agreeing,
// or writing it down, makes an injury lawful.
func TestLegalArticleNeverSuggestsConsentMakesInjuryLawful(t *testing.T) {
	a, _ := New().Article("uk-law")
	text := strings.ToLower(articleText(a))
	for _, bad := range []string{"protects you", "makes it legal", "makes it lawful", "legal protection", "proves it was legal"} {
		if strings.Contains(text, bad) {
			t.Errorf("legal article says %q", bad)
		}
	}
}

// Each safety article carries the facts issue 13 asked for (sources in
// docs/safety-sources.md).
func TestSafetyArticlesCarryTheirFacts(t *testing.T) {
	g := New()
	tests := map[string][]string{
		"breath-and-neck": {"within seconds", "cannot tap, drop anything or say a safeword", "no way to make it safe",
			"Never with any restraint", "alcohol or drugs", "Never leave the person alone", "hours or days later",
			"voice", "swallowing", "swelling", "headache", "sight or speech", "999", "A&E", "NHS 111"},
		"beyond-the-safeword": {"subspace", "frozen by fear", "Breathing", "Colour", "Responsiveness",
			"stop, without waiting to be asked", "Gags and hoods out first", "Then restraints off", "safety shears", "not a yes"},
		"never-alone": {"within earshot", "never leaves the building", "A gag", "A hood", "neck", "face-down tie",
			"Suspension", "Full-body wrapping", "within earshot is not enough", "Never put weight on the back", "never add a gag"},
		"alcohol-and-drugs": {"capacity to choose", "dull it", "injury", "judgement", "vomiting under a gag",
			"fire play, knives and rope", "drink or take anything before or during"},
		"health-and-pregnancy": {"\"none\"", "Asthma", "blocked nose", "gags, hoods, tape, rope across the chest", "tickling",
			"Heart conditions", "pacemaker", "fainting", "electrical play", "Suspension and intense fear play",
			"Epilepsy", "within seconds", "Diabetes", "long scenes", "Blood thinners", "impact", "needles",
			"Hypermobility", "stress positions", "Raynaud's", "ice", "Contact lenses", "blindfold", "face slapping",
			"pressure on the belly", "28 weeks", "lying flat on the back", "restricts breathing"},
		"safety-kit": {"Safety shears", "spare key", "phone", "first aid kit", "999", "112", "NHS 111",
			"recovery position", "cool running water for 20 minutes"},
		"scene-day": {"unwell", "Exhausted", "new injury", "Grief", "scale the scene back or postpone",
			"safe-call", "where you will be", "call the police"},
		"when-drop-lasts": {"more than a few days", "Your GP", "NHS 111", "Samaritans, free on 116 123", "999"},
	}
	for id, wants := range tests {
		a, ok := g.Article(id)
		if !ok {
			t.Errorf("no article %q", id)
			continue
		}
		text := articleText(a)
		for _, w := range wants {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", id, w)
			}
		}
	}
	sub, _ := g.Term("subspace")
	for _, w := range []string{"safeword", "breathing, colour and responsiveness", "stops unasked"} {
		if !strings.Contains(sub.Definition, w) {
			t.Errorf("subspace lacks %q", w)
		}
	}
}
