package quiz

import (
	"testing"

	"parleyapp.org/parley/domain/quiz"
	"parleyapp.org/parley/ui/kit/kittest"
)

// No text falls through (issue 18): the personality test, shown in the
// pseudo-language, has no word that did not come from the catalogue: the
// chooser, the introduction, a statement with its scale, the result, and
// two people compared. The names the test types are the people's own.
func TestThePersonalityTestHasNoTextOutsideTheCatalogue(t *testing.T) {
	f := newFixture(t)
	f.env.InPseudo(t)
	leaks := func(where string) {
		t.Helper()
		f.env.Drain()
		for _, s := range kittest.Untranslated(f.env.Window, "Alex", "Sam") {
			t.Errorf("%s: %s", where, s)
		}
	}
	take := func(q *Quiz, answers quiz.Answers) {
		t.Helper()
		tap(q.start)
		leaks("a statement")
		for _, qq := range quiz.Questions() {
			tap(q.ask.scale[answers[qq.ID]-1])
		}
		leaks("the last statement, answered")
		tap(q.ask.next)
		eventually(t, "the result is shown", func() bool { return q.draft == nil && q.res != nil })
	}
	q := openQuiz(t, f)
	leaks("the chooser")
	addTaker(t, q, "Alex")
	leaks("the introduction")
	take(q, answersAlex)
	leaks("the result")
	alex := q.person

	q.showChooser()
	addTaker(t, q, "Sam")
	take(q, answersSam)
	tap(q.res.compare)
	eventually(t, "Alex is offered", func() bool { return q.cmp.otherBtn[alex.ID] != nil })
	leaks("choosing whom to compare with")
	tap(q.cmp.otherBtn[alex.ID])
	eventually(t, "the comparison is shown", func() bool { return q.cmp.shown != nil })
	leaks("the comparison")
}
