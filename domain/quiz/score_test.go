package quiz

import (
	"errors"
	"slices"
	"testing"
)

// The score of a trait is the mean of its three answers mapped from 1..5 to
// 0..100, i.e. (mean-1)*25, rounded: worked out by hand for every possible
// sum of three answers.
func TestScoreMapsEveryPossibleSumLinearly(t *testing.T) {
	tests := []struct {
		answers [3]int // in trait direction: reversed statements get 6-v
		want    int
		band    Band
	}{
		{[3]int{1, 1, 1}, 0, BandLow},
		{[3]int{2, 1, 1}, 8, BandLow},
		{[3]int{2, 2, 1}, 17, BandLow},
		{[3]int{2, 2, 2}, 25, BandLow},
		{[3]int{3, 2, 2}, 33, BandLow}, // mean 2.33: highest low
		{[3]int{3, 3, 2}, 42, BandMiddle},
		{[3]int{3, 3, 3}, 50, BandMiddle},
		{[3]int{4, 3, 3}, 58, BandMiddle},
		{[3]int{4, 4, 3}, 67, BandHigh}, // mean 3.67: lowest high
		{[3]int{4, 4, 4}, 75, BandHigh},
		{[3]int{5, 4, 4}, 83, BandHigh},
		{[3]int{5, 5, 4}, 92, BandHigh},
		{[3]int{5, 5, 5}, 100, BandHigh},
	}
	for _, tc := range tests {
		a := answersAt(map[TraitID]int{})
		for i, q := range QuestionsFor(Intensity) {
			v := tc.answers[i]
			if q.Reversed {
				v = 6 - v
			}
			a[q.ID] = v
		}
		for _, q := range Questions() { // every other trait at the middle
			if q.Trait != Intensity {
				a[q.ID] = Neutral
			}
		}
		r := mustScore(t, a)
		got, ok := r.Score(Intensity)
		if !ok || got.Score != tc.want || got.Band != tc.band {
			t.Errorf("answers %v: got %+v, want %d (%s)", tc.answers, got, tc.want, tc.band)
		}
	}
}

func TestReverseWordedStatementsCountAgainstTheirTrait(t *testing.T) {
	// Agreeing strongly with every statement: two plain statements count 5,
	// the reversed one counts 1, so the mean is 11/3 and the score 67.
	all5 := Answers{}
	for _, q := range Questions() {
		all5[q.ID] = StronglyAgree
	}
	r := mustScore(t, all5)
	for _, s := range r.Scores {
		if s.Score != 67 {
			t.Errorf("%s: all 'strongly agree' scored %d, want 67", s.Trait, s.Score)
		}
	}

	// Only the reversed statement of "leading" changes: disagreeing with
	// "I feel most at ease when someone else sets the pace" raises the score.
	base := answersAt(map[TraitID]int{Lead: 3})
	var rev QuestionID
	for _, q := range QuestionsFor(Lead) {
		if q.Reversed {
			rev = q.ID
		}
	}
	base[rev] = StronglyDisagree
	if s, _ := mustScore(t, base).Score(Lead); s.Score != 67 {
		t.Errorf("disagreeing with the reversed statement: %d, want 67", s.Score)
	}
	base[rev] = StronglyAgree
	if s, _ := mustScore(t, base).Score(Lead); s.Score != 33 {
		t.Errorf("agreeing with the reversed statement: %d, want 33", s.Score)
	}
}

func TestBandBoundaries(t *testing.T) {
	tests := []struct {
		score int
		want  Band
	}{
		{0, BandLow}, {33, BandLow}, {34, BandMiddle}, {50, BandMiddle},
		{66, BandMiddle}, {67, BandHigh}, {100, BandHigh},
	}
	for _, tc := range tests {
		if got := BandOf(tc.score); got != tc.want {
			t.Errorf("BandOf(%d) = %s, want %s", tc.score, got, tc.want)
		}
	}
}

func TestScoreIsDatedAndVersioned(t *testing.T) {
	r := mustScore(t, answersAt(map[TraitID]int{Lead: 5, Intensity: 1}))
	if !r.Taken.Equal(testTime) || r.QuestionSet != QuestionSetVersion {
		t.Errorf("taken %v, question set %d", r.Taken, r.QuestionSet)
	}
	if len(r.Scores) != 8 {
		t.Fatalf("%d scores, want 8", len(r.Scores))
	}
	for i, tr := range Traits() {
		if r.Scores[i].Trait != tr.ID {
			t.Errorf("score %d is %q, want %q", i, r.Scores[i].Trait, tr.ID)
		}
	}
	if s, _ := r.Score(Lead); s.Score != 100 || s.Band != BandHigh {
		t.Errorf("lead %+v, want 100 high", s)
	}
	if s, _ := r.Score(Intensity); s.Score != 0 || s.Band != BandLow {
		t.Errorf("intensity %+v, want 0 low", s)
	}
}

func TestScoreRefusesUntilEveryStatementIsAnswered(t *testing.T) {
	all := answersAt(map[TraitID]int{Lead: 4})
	qs := Questions()

	none := Answers{}
	if got := Missing(none); len(got) != 24 || got[0] != qs[0].ID || got[23] != qs[23].ID {
		t.Errorf("Missing(empty) = %v, want all 24 in order", got)
	}

	partial := Answers{}
	for id, v := range all {
		partial[id] = v
	}
	delete(partial, qs[20].ID)
	partial[qs[3].ID] = 0 // zero means unanswered too
	want := []QuestionID{qs[3].ID, qs[20].ID}
	if got := Missing(partial); !slices.Equal(got, want) {
		t.Errorf("Missing = %v, want %v", got, want)
	}
	_, err := Score(partial, testTime)
	var inc *IncompleteError
	if !errors.As(err, &inc) || !slices.Equal(inc.Missing, want) {
		t.Fatalf("Score with two unanswered: %v, want IncompleteError listing %v", err, want)
	}
	if inc.Error() != "2 statements still need an answer. Answer them all to see your result." {
		t.Errorf("message %q", inc.Error())
	}
	if got := Missing(all); len(got) != 0 {
		t.Errorf("Missing(all answered) = %v", got)
	}
}

func TestScoreRejectsAnswersOutOfRange(t *testing.T) {
	for _, bad := range []Answers{{"lead-1": 6}, {"lead-1": -1}, {"not-a-question": 3}} {
		a := answersAt(map[TraitID]int{})
		for id, v := range bad {
			a[id] = v
		}
		if _, err := Score(a, testTime); !errors.Is(err, ErrBadAnswer) {
			t.Errorf("Score(%v) = %v, want ErrBadAnswer", bad, err)
		}
	}
}
