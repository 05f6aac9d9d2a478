package i18n

import (
	"crypto/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/domain/quiz"
)

func pseudoLanguage(t *testing.T) *Language {
	t.Helper()
	files, err := Pseudo(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	l, err := files.Load(PseudoTag)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func shippedCatalog(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The catalog in another language has every text translated and
// nothing else changed: the same IDs, kinds, risks and flags, in order.
func TestACatalogInAnotherLanguageKeepsItsIDs(t *testing.T) {
	en := shippedCatalog(t)
	other := pseudoLanguage(t).Catalog(en)
	if len(other.Activities) != len(en.Activities) || other.Version != en.Version {
		t.Fatalf("%d activities, version %q", len(other.Activities), other.Version)
	}
	for i, a := range other.Activities {
		b := en.Activities[i]
		if !IsPseudo(a.Name) || !IsPseudo(a.Description) || (b.RiskNote != "" && !IsPseudo(a.RiskNote)) {
			t.Errorf("%s is not translated: %q", a.ID, a.Name)
		}
		a.Name, a.Description, a.RiskNote = b.Name, b.Description, b.RiskNote
		if a != b {
			t.Errorf("%s changed more than its words: %+v", b.ID, a)
		}
	}
	for _, g := range other.Categories {
		if !IsPseudo(g.Name) {
			t.Errorf("category %s not translated", g.ID)
		}
	}
	// A translation of another catalog version is not used.
	stale := map[string]string{catalog.VersionKey: "2025.1", "activity.impact.paddle.name": "Paddel"}
	if a, _ := en.Translate(stale).Activity("impact.paddle"); a.Name == "Paddel" {
		t.Errorf("a translation of another catalog version was used")
	}
}

// Two people whose Parleys speak different languages compare and get
// exactly the result two English Parleys get: activity IDs and tokens
// never change with language.
func TestTwoLanguagesCompareAlike(t *testing.T) {
	en := shippedCatalog(t)
	other := pseudoLanguage(t).Catalog(en)
	sheet := func(entries map[string]string) *checklist.Sheet {
		s := checklist.NewSheet()
		for key, ans := range entries {
			id, dir, _ := strings.Cut(key, "/")
			s.Put(checklist.Key{Activity: id, Direction: checklist.ParseDirection(dir)}, checklist.Entry{Answer: checklist.ParseAnswer(ans)})
		}
		return s
	}
	alex := match.Person{Sheet: sheet(map[string]string{"impact.paddle/giving": "yes", "touch.kissing/together": "yes",
		"restraint.wrist-cuffs/receiving": "maybe", "sensation.wax/giving": "yes"}), Maybes: true}
	sam := match.Person{Sheet: sheet(map[string]string{"impact.paddle/receiving": "yes", "touch.kissing/together": "yes",
		"restraint.wrist-cuffs/giving": "yes", "sensation.wax/giving": "no"}), Maybes: true}
	var now time.Time
	run := func(starterCat, responderCat *catalog.Catalog) match.Result {
		t.Helper()
		sp, inv, err := match.Start(rand.Reader, starterCat, alex, now)
		if err != nil {
			t.Fatal(err)
		}
		rp, reply, err := match.Respond(rand.Reader, responderCat, sam, inv, now)
		if err != nil {
			t.Fatalf("a Parley in another language refused the invitation: %v", err)
		}
		res, final, err := sp.Finish(reply, now)
		if err != nil {
			t.Fatal(err)
		}
		theirs, err := rp.Complete(final, now)
		if err != nil || !reflect.DeepEqual(res, theirs) {
			t.Fatalf("the two sides differ: %v", err)
		}
		res.Session, res.Fingerprint = match.SessionID{}, "" // random per exchange
		return res
	}
	english, mixed := run(en, en), run(en, other)
	if !reflect.DeepEqual(english, mixed) {
		t.Errorf("English with English: %+v\nEnglish with another language: %+v", english, mixed)
	}
	// Shipped languages too: a German Parley starts, a French one answers.
	de, err := Load("de")
	if err != nil {
		t.Fatal(err)
	}
	fr, err := Load("fr")
	if err != nil {
		t.Fatal(err)
	}
	if shipped := run(de.Catalog(en), fr.Catalog(en)); !reflect.DeepEqual(english, shipped) {
		t.Errorf("English with English: %+v\nGerman with French: %+v", english, shipped)
	}
	if len(english.BothYes) != 2 || len(english.WorthTalking) != 1 {
		t.Fatalf("the comparison should find two shared yeses and one maybe: %+v", english)
	}
}

// The personality test reads the same in any language: the same
// situations and fits, the sentences in the language with the names in.
func TestTheQuizComparesAlikeInAnotherLanguage(t *testing.T) {
	answers := func(v int) quiz.Answers {
		a := quiz.Answers{}
		for _, q := range quiz.Questions() {
			a[q.ID] = v
			if q.Reversed {
				a[q.ID] = 6 - v
			}
		}
		return a
	}
	day := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	a, _ := quiz.Score(answers(5), day)
	b, _ := quiz.Score(answers(2), day)
	en, err := quiz.Compare("Alex", a, "Sam", b)
	if err != nil {
		t.Fatal(err)
	}
	other, err := quiz.CompareIn(pseudoLanguage(t).Quiz(), "Alex", a, "Sam", b)
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range other.Traits {
		e := en.Traits[i]
		if tc.Situation != e.Situation || tc.Fit != e.Fit || tc.A != e.A || tc.B != e.B {
			t.Errorf("%s reads differently in another language", tc.Trait)
		}
		if !IsPseudo(tc.Sentence) || !IsPseudo(tc.Name) || strings.Contains(tc.Sentence, "{{") {
			t.Errorf("%s: %q", tc.Trait, tc.Sentence)
		}
		if strings.Contains(e.Sentence, "Alex") != strings.Contains(tc.Sentence, "Alex") {
			t.Errorf("%s: the names are not in the translated sentence: %q", tc.Trait, tc.Sentence)
		}
	}
	if !IsPseudo(other.Care[0].Sentence) || !IsPseudo(other.Note) {
		t.Errorf("care check or note not translated: %q %q", other.Care[0].Sentence, other.Note)
	}
}

// The guide in another language has the same terms and articles, and
// its search finds the translated words.
func TestTheGuideInAnotherLanguage(t *testing.T) {
	g := pseudoLanguage(t).Guide()
	law, ok := g.Article("uk-law")
	if !ok || !IsPseudo(law.Title) || !IsPseudo(law.Body[0].Text) {
		t.Fatalf("the legal article is not translated: %+v", law.Title)
	}
	for _, b := range law.Body {
		for _, item := range b.Items {
			if !IsPseudo(item) {
				t.Errorf("a list item is not translated: %q", item)
			}
		}
	}
	if refs := g.Search("Šáƒéŵöřď"); len(refs) == 0 {
		t.Errorf("search does not find a translated word")
	}
}
