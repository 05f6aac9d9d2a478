package quiz

import (
	"testing"
	"time"
)

var testTime = time.Date(2025, 3, 14, 19, 30, 0, 0, time.UTC)

// answersAt answers every statement so that each trait leans the same way:
// level 5 means "fully agree with the trait" (5 on a plain statement, 1 on a
// reversed one), level 1 the opposite. Traits not given sit at level 3.
func answersAt(levels map[TraitID]int) Answers {
	a := Answers{}
	for _, q := range Questions() {
		v, ok := levels[q.Trait]
		if !ok {
			v = Neutral
		}
		if q.Reversed {
			v = 6 - v
		}
		a[q.ID] = v
	}
	return a
}

// resultOf builds a complete result by hand with the given scores in the
// order of Traits().
func resultOf(scores ...int) Result {
	r := Result{QuestionSet: QuestionSetVersion, Taken: testTime}
	for i, t := range Traits() {
		r.Scores = append(r.Scores, TraitScore{Trait: t.ID, Score: scores[i], Band: BandOf(scores[i])})
	}
	return r
}

// withScore returns a complete result where every trait is 50 except one.
func withScore(id TraitID, score int) Result {
	r := resultOf(50, 50, 50, 50, 50, 50, 50, 50)
	for i := range r.Scores {
		if r.Scores[i].Trait == id {
			r.Scores[i] = TraitScore{Trait: id, Score: score, Band: BandOf(score)}
		}
	}
	return r
}

func mustScore(t *testing.T, a Answers) Result {
	t.Helper()
	r, err := Score(a, testTime)
	if err != nil {
		t.Fatalf("Score: %v", err)
	}
	return r
}
