package persistence

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"parleyapp.org/parley/domain/quiz"
)

// quizResult scores a full set of answers where every statement of trait
// i gets the answer levels[i] (reversed statements the mirror answer), so
// each trait's score follows from its level alone: 1 → 0, 3 → 50, 5 → 100.
func quizResult(t *testing.T, taken time.Time, levels ...int) quiz.Result {
	t.Helper()
	level := map[quiz.TraitID]int{}
	for i, tr := range quiz.Traits() {
		level[tr.ID] = levels[i]
	}
	a := quiz.Answers{}
	for _, q := range quiz.Questions() {
		v := level[q.Trait]
		if q.Reversed {
			v = 6 - v
		}
		a[q.ID] = v
	}
	r, err := quiz.Score(a, taken)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// wantScores checks a result's scores, trait by trait in the order of Traits().
func wantScores(t *testing.T, what string, r quiz.Result, want ...int) {
	t.Helper()
	for i, tr := range quiz.Traits() {
		s, ok := r.Score(tr.ID)
		if !ok || s.Score != want[i] || s.Band != quiz.BandOf(want[i]) {
			t.Errorf("%s: %s = %+v (found %v), want %d", what, tr.ID, s, ok, want[i])
		}
	}
}

func TestQuizResultsComeBackInTheOrderTakenAfterARestart(t *testing.T) {
	v, s := freshVault(t)
	sam, alex := addPerson(t, v, "Sam"), addPerson(t, v, "Alex")
	t1 := time.Date(2026, 2, 1, 20, 0, 0, 0, time.UTC)
	t2 := t1.AddDate(0, 1, 0)
	for _, step := range []struct {
		p *Person
		r quiz.Result
	}{
		{sam, quizResult(t, t1, 5, 1, 3, 3, 3, 3, 3, 3)},
		{alex, quizResult(t, t1, 1, 1, 1, 1, 1, 1, 1, 1)},
		{sam, quizResult(t, t2, 4, 2, 3, 3, 3, 3, 3, 5)},
	} {
		if err := v.SaveQuizResult(step.p, step.r); err != nil {
			t.Fatal(err)
		}
	}
	v.Close()

	v2 := mustReopen(t, s)
	sam2, err := v2.OpenPerson(sam.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	got, err := v2.QuizResults(sam2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("Sam has %d results, want 2 (and none of Alex's)", len(got))
	}
	if !got[0].Taken.Equal(t1) || !got[1].Taken.Equal(t2) {
		t.Errorf("results not oldest first: %v, %v", got[0].Taken, got[1].Taken)
	}
	wantScores(t, "Sam's first", got[0], 100, 0, 50, 50, 50, 50, 50, 50)
	wantScores(t, "Sam's second", got[1], 75, 25, 50, 50, 50, 50, 50, 100)
	if got[1].QuestionSet != quiz.QuestionSetVersion {
		t.Errorf("question set = %d, want %d", got[1].QuestionSet, quiz.QuestionSetVersion)
	}
	// A stored result is a complete one: it can be compared and coded.
	if _, err := quiz.Changes(got[0], got[1]); err != nil {
		t.Errorf("stored results cannot be compared: %v", err)
	}
	alex2, _ := v2.OpenPerson(alex.ID, "")
	if a, _ := v2.QuizResults(alex2); len(a) != 1 {
		t.Errorf("Alex has %d results, want 1", len(a))
	}
}

func TestSealedQuizResultsCannotBeReadWithoutThePIN(t *testing.T) {
	v, _ := freshVault(t)
	p := addPerson(t, v, "Sam")
	now := time.Date(2026, 3, 7, 18, 0, 0, 0, time.UTC)
	before := quizResult(t, now, 5, 5, 5, 5, 5, 5, 5, 5)
	before.Name = "MARKER-name"
	if err := v.SaveQuizResult(p, before); err != nil {
		t.Fatal(err)
	}
	if err := v.SealPerson(p, "4821"); err != nil { // rewrites the row saved above
		t.Fatal(err)
	}
	after := quizResult(t, now.Add(time.Hour), 1, 2, 3, 4, 5, 4, 3, 2)
	if err := v.SaveQuizResult(p, after); err != nil { // written while sealed
		t.Fatal(err)
	}

	rows, err := v.database().Query(`SELECT payload FROM quiz_results`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var payload []byte
		if err := rows.Scan(&payload); err != nil {
			t.Fatal(err)
		}
		n++
		for _, leak := range []string{"MARKER", "lead", "intensity", "reassurance", "score", "taken", "2026"} {
			if bytes.Contains(payload, []byte(leak)) {
				t.Errorf("a sealed quiz row shows %q", leak)
			}
		}
	}
	rows.Close()
	if n != 2 {
		t.Fatalf("quiz_results has %d rows, want 2", n)
	}

	if _, err := v.OpenPerson(p.ID, "1111"); !errors.Is(err, ErrWrongPIN) {
		t.Fatalf("a wrong PIN gave %v, want ErrWrongPIN", err)
	}
	again, err := v.OpenPerson(p.ID, "4821")
	if err != nil {
		t.Fatal(err)
	}
	got, err := v.QuizResults(again)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "MARKER-name" {
		t.Fatalf("the right PIN gave %d results: %+v", len(got), got)
	}
	wantScores(t, "sealed first", got[0], 100, 100, 100, 100, 100, 100, 100, 100)
	wantScores(t, "sealed second", got[1], 0, 25, 50, 75, 100, 75, 50, 25)
}

func TestAnIncompleteQuizResultIsNotSaved(t *testing.T) {
	v, _ := freshVault(t)
	p := addPerson(t, v, "Sam")
	full := quizResult(t, fixedNow, 3, 3, 3, 3, 3, 3, 3, 3)
	missing := full
	missing.Scores = full.Scores[:7]
	tooHigh := full
	tooHigh.Scores = append([]quiz.TraitScore{{Trait: quiz.Lead, Score: 101}}, full.Scores[1:]...)
	for name, r := range map[string]quiz.Result{"a trait missing": missing, "a score over 100": tooHigh, "no scores": {Taken: fixedNow}} {
		if err := v.SaveQuizResult(p, r); !errors.Is(err, quiz.ErrIncompleteResult) {
			t.Errorf("%s: SaveQuizResult = %v, want ErrIncompleteResult", name, err)
		}
	}
	if got, err := v.QuizResults(p); err != nil || len(got) != 0 {
		t.Errorf("after refused saves: %d results, %v", len(got), err)
	}
}
