package persistence

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"parleyapp.org/parley/domain/quiz"
)

// The personality-test store keeps each person's results in quiz_results,
// one row per time the test was taken, oldest first (the order they were
// saved). Only the result is kept (the date, the question-set version and
// the eight scores), never the answers to the statements. The rows belong
// to the person, so a sealed person's results are sealed with their PIN,
// like their checklist.

// storedQuiz is one result as kept in quiz_results.
type storedQuiz struct {
	QuestionSet int           `json:"question_set"`
	Taken       time.Time     `json:"taken"`
	Name        string        `json:"name,omitempty"`
	Scores      []storedScore `json:"scores"`
}

type storedScore struct {
	Trait string `json:"trait"`
	Score int    `json:"score"`
}

// SaveQuizResult keeps one complete result of the personality test for a
// person. A result without a score between 0 and 100 for every trait is
// refused with an error wrapping quiz.ErrIncompleteResult, and nothing is
// written.
func (v *Vault) SaveQuizResult(p *Person, r quiz.Result) error {
	if err := v.ready(); err != nil {
		return err
	}
	s := storedQuiz{QuestionSet: r.QuestionSet, Taken: r.Taken, Name: r.Name}
	for _, t := range quiz.Traits() {
		ts, ok := r.Score(t.ID)
		if !ok || ts.Score < 0 || ts.Score > 100 {
			return fmt.Errorf("%w: %s", quiz.ErrIncompleteResult, t.ID)
		}
		s.Scores = append(s.Scores, storedScore{Trait: string(t.ID), Score: ts.Score})
	}
	ctx := context.Background()
	err := v.tx(ctx, func(tx *sql.Tx) error {
		rt, err := beginRows(ctx, tx, p.codec)
		if err != nil {
			return err
		}
		if err := rt.add("quiz_results", 0, envelope{Data: s}); err != nil {
			return err
		}
		return rt.commit()
	})

	return writeFailed(err)
}

// QuizResults lists a person's results, oldest first. Each score's band is
// worked out again from the score, so a change to the bands applies to old
// results too.
func (v *Vault) QuizResults(p *Person) ([]quiz.Result, error) {
	if err := v.ready(); err != nil {
		return nil, err
	}
	rows, err := v.personRows(p, "quiz_results")
	if err != nil {
		return nil, err
	}
	var out []quiz.Result
	err = decodeRows(rows, func(s storedQuiz) {
		r := quiz.Result{QuestionSet: s.QuestionSet, Taken: s.Taken, Name: s.Name}
		for _, sc := range s.Scores {
			r.Scores = append(r.Scores, quiz.TraitScore{Trait: quiz.TraitID(sc.Trait), Score: sc.Score, Band: quiz.BandOf(sc.Score)})
		}
		out = append(out, r)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
