package quiz

import (
	"strings"
	"testing"
)

func TestTraitsAreEightWithMeaningAndKind(t *testing.T) {
	traits := Traits()
	if len(traits) != 8 {
		t.Fatalf("got %d traits, want 8", len(traits))
	}
	seen := map[TraitID]bool{}
	for _, tr := range traits {
		if seen[tr.ID] {
			t.Errorf("trait %q twice", tr.ID)
		}
		seen[tr.ID] = true
		if tr.Name == "" || tr.High == "" || tr.Low == "" || tr.Why == "" {
			t.Errorf("trait %q lacks a name, a meaning or a reason", tr.ID)
		}
		if tr.Kind != Complement && tr.Kind != Similarity {
			t.Errorf("trait %q has kind %q", tr.ID, tr.Kind)
		}
		if got, ok := TraitByID(tr.ID); !ok || got.Name != tr.Name {
			t.Errorf("TraitByID(%q) = %v, %v", tr.ID, got, ok)
		}
	}
	if tr, _ := TraitByID(Lead); tr.Kind != Complement {
		t.Errorf("leading and following must be a complement trait")
	}
	if _, ok := TraitByID("nonsense"); ok {
		t.Error("TraitByID found a trait that does not exist")
	}
}

func TestQuestionsAreThreePerTraitWithAReversedOne(t *testing.T) {
	qs := Questions()
	if len(qs) != 24 {
		t.Fatalf("got %d statements, want 24", len(qs))
	}
	ids := map[QuestionID]bool{}
	texts := map[string]bool{}
	perTrait := map[TraitID]int{}
	reversed := map[TraitID]int{}
	for _, q := range qs {
		if ids[q.ID] || texts[q.Text] {
			t.Errorf("statement %q repeated", q.ID)
		}
		ids[q.ID], texts[q.Text] = true, true
		if _, ok := TraitByID(q.Trait); !ok {
			t.Errorf("statement %q has unknown trait %q", q.ID, q.Trait)
		}
		// a short, plain sentence a person can agree or disagree with
		if !strings.HasSuffix(q.Text, ".") || len(q.Text) > 90 || strings.Contains(q.Text, "?") {
			t.Errorf("statement %q is not one short sentence: %q", q.ID, q.Text)
		}
		perTrait[q.Trait]++
		if q.Reversed {
			reversed[q.Trait]++
		}
	}
	for _, tr := range Traits() {
		if perTrait[tr.ID] != 3 {
			t.Errorf("trait %q has %d statements, want 3", tr.ID, perTrait[tr.ID])
		}
		if reversed[tr.ID] < 1 {
			t.Errorf("trait %q has no reverse-worded statement", tr.ID)
		}
	}
}

func TestQuestionsSpreadEachTraitThroughTheTest(t *testing.T) {
	qs := Questions()
	for i := 1; i < len(qs); i++ {
		if qs[i].Trait == qs[i-1].Trait {
			t.Errorf("statements %d and %d belong to the same trait", i-1, i)
		}
	}
}

func TestScaleHasFivePoints(t *testing.T) {
	s := Scale()
	if len(s) != 5 || s[StronglyDisagree-1] != "Strongly disagree" || s[StronglyAgree-1] != "Strongly agree" {
		t.Errorf("Scale() = %q", s)
	}
}

func TestEveryTraitHasTextsForEverySituationOfItsKind(t *testing.T) {
	kinds := map[CompareKind][]Situation{
		Similarity: {BothHigh, BothLow, Close, Apart},
		Complement: {LeadsAndFollows, BothHigh, BothLow, OneLeads, OneFollows, BothMiddle},
	}
	for _, tr := range Traits() {
		texts := traitTexts(tr.ID)
		for _, s := range kinds[tr.Kind] {
			txt, ok := texts[s]
			if !ok || txt.sentence == "" || txt.question == "" {
				t.Errorf("trait %q has no text for %q", tr.ID, s)
				continue
			}
			if !strings.Contains(txt.sentence, "{a}") || !strings.Contains(txt.sentence, "{b}") {
				t.Errorf("trait %q, %q: the sentence does not name both people", tr.ID, s)
			}
			if !strings.HasSuffix(txt.question, "?") {
				t.Errorf("trait %q, %q: the question is not a question", tr.ID, s)
			}
		}
	}
}
