package quiz

import (
	"errors"
	"strings"
	"testing"
)

func comparisonOf(t *testing.T, c Comparison, id TraitID) TraitComparison {
	t.Helper()
	for _, tc := range c.Traits {
		if tc.Trait == id {
			return tc
		}
	}
	t.Fatalf("no comparison for %q", id)
	return TraitComparison{}
}

// traitOf is the comparison of one trait between Robin and Sam, each with
// that score.
func traitOf(t *testing.T, id TraitID, robin, sam int) TraitComparison {
	t.Helper()
	c, err := Compare("Robin", withScore(id, robin), "Sam", withScore(id, sam))
	if err != nil {
		t.Fatal(err)
	}
	return comparisonOf(t, c, id)
}

func TestCompareComplementTrait(t *testing.T) {
	tests := []struct {
		name       string
		robin, sam int
		situation  Situation
		fit        Fit
		first      string // the name the sentence starts with
	}{
		{"Robin leads, Sam follows", 83, 8, LeadsAndFollows, Fits, "Robin"},
		{"Sam leads, Robin follows", 17, 92, LeadsAndFollows, Fits, "Sam"},
		{"both like to lead", 75, 100, BothHigh, WorthTalkingAbout, "Robin"},
		{"both like to follow", 0, 25, BothLow, WorthTalkingAbout, "Robin"},
		{"both in the middle", 42, 58, BothMiddle, WorthTalkingAbout, "Robin"},
		{"Sam leads, Robin either way", 50, 67, OneLeads, Fits, "Sam"},
		{"Robin follows, Sam either way", 33, 34, OneFollows, Fits, "Robin"},
		{"Sam follows, Robin either way", 66, 0, OneFollows, Fits, "Sam"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := traitOf(t, Lead, tc.robin, tc.sam)
			if got.Kind != Complement || got.Situation != tc.situation || got.Fit != tc.fit {
				t.Errorf("got %s/%s/%s, want complement/%s/%s", got.Kind, got.Situation, got.Fit, tc.situation, tc.fit)
			}
			if !strings.HasPrefix(got.Sentence, tc.first+" ") {
				t.Errorf("sentence should start with %s: %q", tc.first, got.Sentence)
			}
			if got.A.Score != tc.robin || got.B.Score != tc.sam {
				t.Errorf("scores %d/%d, want %d/%d", got.A.Score, got.B.Score, tc.robin, tc.sam)
			}
		})
	}
}

func TestCompareSimilarityTrait(t *testing.T) {
	tests := []struct {
		name       string
		robin, sam int
		situation  Situation
		fit        Fit
		first      string
	}{
		{"both high", 75, 100, BothHigh, Fits, "Robin"},
		{"both low", 0, 25, BothLow, Fits, "Robin"},
		{"close in the middle", 42, 58, Close, Fits, "Robin"},
		{"close across a band edge", 58, 67, Close, Fits, "Robin"},
		{"exactly CloseWithin apart", 50, 75, Close, Fits, "Robin"},
		{"one more than CloseWithin", 50, 76, Apart, WorthTalkingAbout, "Sam"},
		{"far apart, Robin higher", 92, 17, Apart, WorthTalkingAbout, "Robin"},
		{"far apart, Sam higher", 0, 100, Apart, WorthTalkingAbout, "Sam"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := traitOf(t, Intensity, tc.robin, tc.sam)
			if got.Kind != Similarity || got.Situation != tc.situation || got.Fit != tc.fit {
				t.Errorf("got %s/%s/%s, want similarity/%s/%s", got.Kind, got.Situation, got.Fit, tc.situation, tc.fit)
			}
			if !strings.HasPrefix(got.Sentence, tc.first+" ") {
				t.Errorf("sentence should start with %s: %q", tc.first, got.Sentence)
			}
		})
	}
}

// Every sentence of every trait, in every situation, names both people, and
// nothing in a comparison adds the traits up into a score or verdict.
func TestCompareNamesBothAndNeverScoresTheCouple(t *testing.T) {
	pairs := [][2]int{{0, 0}, {100, 100}, {50, 50}, {0, 100}, {100, 0}, {50, 100}, {50, 0}, {42, 58}}
	for _, p := range pairs {
		a := resultOf(p[0], p[0], p[0], p[0], p[0], p[0], p[0], p[0])
		b := resultOf(p[1], p[1], p[1], p[1], p[1], p[1], p[1], p[1])
		c, err := Compare("Robin", a, "Sam", b)
		if err != nil {
			t.Fatal(err)
		}
		if c.Note != ComparisonNote || !strings.Contains(c.Note, "not a diagnosis or a verdict") {
			t.Errorf("note %q", c.Note)
		}
		texts := []string{c.Note}
		for _, tc := range c.Traits {
			if !strings.Contains(tc.Sentence, "Robin") || !strings.Contains(tc.Sentence, "Sam") {
				t.Errorf("%s %v: sentence does not name both: %q", tc.Trait, p, tc.Sentence)
			}
			if strings.Contains(tc.Sentence+tc.Question, "{") {
				t.Errorf("%s %v: unfilled placeholder: %q / %q", tc.Trait, p, tc.Sentence, tc.Question)
			}
			texts = append(texts, tc.Sentence, tc.Question)
		}
		for _, cc := range c.Care {
			texts = append(texts, cc.Sentence, cc.Question)
		}
		for _, s := range texts {
			low := strings.ToLower(s)
			if strings.Contains(low, "%") || strings.Contains(low, "percent") || strings.Contains(low, "compatib") {
				t.Errorf("a comparison text scores the couple: %q", s)
			}
		}
	}
}

func TestCareCheckReadsNeedAgainstThePartnersCare(t *testing.T) {
	// Robin needs a lot of reassurance and Sam does not much like caregiving;
	// Sam needs little and Robin likes caregiving a great deal.
	robin := resultOf(50, 50, 50, 50, 50, 50, 92, 100)
	sam := resultOf(50, 50, 50, 50, 50, 50, 17, 8)
	c, err := Compare("Robin", robin, "Sam", sam)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Care) != 2 {
		t.Fatalf("%d care checks, want 2", len(c.Care))
	}
	first, second := c.Care[0], c.Care[1]
	if first.Needs != "Robin" || first.Gives != "Sam" || first.Need != 100 || first.Care != 17 || first.Fit != WorthTalkingAbout {
		t.Errorf("Robin's need against Sam's care: %+v", first)
	}
	if !strings.HasPrefix(first.Sentence, "Robin may need more reassurance") {
		t.Errorf("sentence %q", first.Sentence)
	}
	if second.Needs != "Sam" || second.Gives != "Robin" || second.Need != 8 || second.Care != 92 || second.Fit != Fits {
		t.Errorf("Sam's need against Robin's care: %+v", second)
	}
	// The same two traits, compared like for like, are far apart.
	if got := comparisonOf(t, c, Reassurance); got.Situation != Apart || !strings.HasPrefix(got.Sentence, "Robin") {
		t.Errorf("reassurance compared like for like: %+v", got)
	}

	tests := []struct {
		need, care int
		fit        Fit
	}{
		{75, 50, Fits},              // 25 more need than care: still in step
		{76, 50, WorthTalkingAbout}, // just over
		{50, 50, Fits},
		{0, 100, Fits},
	}
	for _, tc := range tests {
		a := resultOf(50, 50, 50, 50, 50, 50, 50, tc.need)
		b := resultOf(50, 50, 50, 50, 50, 50, tc.care, 50)
		c, err := Compare("Robin", a, "Sam", b)
		if err != nil {
			t.Fatal(err)
		}
		if c.Care[0].Fit != tc.fit {
			t.Errorf("need %d, care %d: %s, want %s", tc.need, tc.care, c.Care[0].Fit, tc.fit)
		}
	}
}

func TestCompareFallsBackToNamesInTheResults(t *testing.T) {
	a := resultOf(50, 50, 50, 50, 50, 50, 50, 50)
	a.Name = "Robin"
	b := resultOf(50, 50, 50, 50, 50, 50, 50, 50)
	c, err := Compare("", a, "  ", b)
	if err != nil {
		t.Fatal(err)
	}
	if c.NameA != "Robin" || c.NameB != "Partner B" {
		t.Errorf("names %q and %q, want Robin and Partner B", c.NameA, c.NameB)
	}
	c, _ = Compare("Alex", a, "Sam", b)
	if c.NameA != "Alex" || c.NameB != "Sam" {
		t.Errorf("names given should win: %q and %q", c.NameA, c.NameB)
	}
}

func TestCompareNeedsCompleteResults(t *testing.T) {
	full := resultOf(50, 50, 50, 50, 50, 50, 50, 50)
	if _, err := Compare("A", full, "B", Result{}); !errors.Is(err, ErrIncompleteResult) {
		t.Errorf("Compare with an empty result: %v, want ErrIncompleteResult", err)
	}
}

func TestFitLabels(t *testing.T) {
	if Fits.Label() != "Fits well" || WorthTalkingAbout.Label() != "Worth talking about" {
		t.Errorf("labels %q, %q", Fits.Label(), WorthTalkingAbout.Label())
	}
}
