package quiz

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Answers holds one person's answers: question ID -> 1..5 (see Scale).
// A missing entry, or 0, means the statement is unanswered.
type Answers map[QuestionID]int

// Band is a coarse reading of a trait score.
type Band string

const (
	BandLow    Band = "low"    // 0-33
	BandMiddle Band = "middle" // 34-66
	BandHigh   Band = "high"   // 67-100
)

// The band cut-offs. With three statements per trait a score can only take
// the 13 values 0, 8, 17, 25, 33, 42, 50, 58, 67, 75, 83, 92, 100; the cuts
// put an average answer of 2.33 or below in low, 3.67 or above in high, and
// the three values around "neither agree nor disagree" in middle.
const (
	MiddleFrom = 34
	HighFrom   = 67
)

// BandOf returns the band of a score of 0-100.
func BandOf(score int) Band {
	switch {
	case score >= HighFrom:
		return BandHigh
	case score >= MiddleFrom:
		return BandMiddle
	default:
		return BandLow
	}
}

// TraitScore is one trait's part of a result.
type TraitScore struct {
	Trait TraitID
	Score int // 0-100
	Band  Band
}

// Result is one person's profile.
type Result struct {
	QuestionSet int       // QuestionSetVersion of the statements answered
	Taken       time.Time // when the test was taken (a result code keeps only the date)
	Name        string    // optional first or scene name, carried in a result code
	Scores      []TraitScore
}

// Score returns the score of one trait, and whether the result has it.
func (r Result) Score(id TraitID) (TraitScore, bool) {
	for _, s := range r.Scores {
		if s.Trait == id {
			return s, true
		}
	}
	return TraitScore{}, false
}

// ErrBadAnswer reports an answer outside 1..5 or for a statement the test
// does not have. It means a bug in the caller, not something a person did.
var ErrBadAnswer = errors.New("quiz: answer out of range or for an unknown statement")

// ErrIncompleteResult reports a result without a valid score for every trait.
var ErrIncompleteResult = errors.New("quiz: this result does not have a score for every trait")

// IncompleteError is returned by Score while statements are unanswered.
type IncompleteError struct {
	Missing []QuestionID // in the order the statements are shown
}

func (e *IncompleteError) Error() string {
	if len(e.Missing) == 1 {
		return "One statement still needs an answer. Answer it to see your result."
	}
	return strconv.Itoa(len(e.Missing)) + " statements still need an answer. Answer them all to see your result."
}

// Missing lists the unanswered statements, in the order they are shown.
func Missing(a Answers) []QuestionID {
	var out []QuestionID
	for _, q := range Questions() {
		if a[q.ID] == 0 {
			out = append(out, q.ID)
		}
	}
	return out
}

// Score turns a complete set of answers into a result taken at the given
// time. Each trait's score is the mean of its three answers (a reversed
// statement counts as 6 minus the answer), mapped linearly so that 1 gives
// 0 and 5 gives 100, rounded to the nearest whole number. While any
// statement is unanswered it returns an *IncompleteError listing them.
func Score(a Answers, taken time.Time) (Result, error) {
	if err := checkAnswers(a); err != nil {
		return Result{}, err
	}
	if m := Missing(a); len(m) > 0 {
		return Result{}, &IncompleteError{Missing: m}
	}
	r := Result{QuestionSet: QuestionSetVersion, Taken: taken}
	for _, t := range Traits() {
		sum := 0
		for _, q := range QuestionsFor(t.ID) {
			v := a[q.ID]
			if q.Reversed {
				v = 6 - v
			}
			sum += v
		}
		s := scoreOfSum(sum)
		r.Scores = append(r.Scores, TraitScore{Trait: t.ID, Score: s, Band: BandOf(s)})
	}
	return r, nil
}

// scoreOfSum maps the sum of three answers (3..15) to 0-100, rounding half up.
func scoreOfSum(sum int) int {
	return ((sum-3)*100 + 6) / 12
}

func checkAnswers(a Answers) error {
	known := map[QuestionID]bool{}
	for _, q := range Questions() {
		known[q.ID] = true
	}
	for id, v := range a {
		if !known[id] || v < 0 || v > StronglyAgree {
			return fmt.Errorf("%w: %q = %d", ErrBadAnswer, id, v)
		}
	}
	return nil
}

// scoresInOrder returns the result's eight scores in the order of Traits(),
// or ErrIncompleteResult when one is missing, repeated or outside 0-100.
func (r Result) scoresInOrder() ([]int, error) {
	traits := Traits()
	if len(r.Scores) != len(traits) {
		return nil, ErrIncompleteResult
	}
	out := make([]int, len(traits))
	for i, t := range traits {
		s, ok := r.Score(t.ID)
		if !ok || s.Score < 0 || s.Score > 100 {
			return nil, fmt.Errorf("%w: %s", ErrIncompleteResult, t.ID)
		}
		out[i] = s.Score
	}
	return out, nil
}
