package quiz

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/quiz"
	"parleyapp.org/parley/persistence"
)

// answersFrom answers statement i (in the order shown) with pick(i).
func answersFrom(pick func(i int) int) quiz.Answers {
	a := quiz.Answers{}
	for i, q := range quiz.Questions() {
		a[q.ID] = pick(i)
	}
	return a
}

var (
	// Varied answers: every point of the scale, on plain and reversed statements.
	answersSam  = answersFrom(func(i int) int { return 1 + (i*3)%5 })
	answersSam2 = answersFrom(func(i int) int { return 5 - (i*2)%5 })
	answersAlex = answersFrom(func(i int) int { return 1 + (i*4+2)%5 })
)

// addTaker adds a person from the test's own screen and waits for the
// introduction.
func addTaker(t *testing.T, q *Quiz, name string) {
	t.Helper()
	q.add(name)
	eventually(t, name+"'s introduction", func() bool { return q.person != nil && q.person.Name == name && q.start != nil })
}

// pickTaker chooses a person already in the vault.
func pickTaker(t *testing.T, q *Quiz, name string) {
	t.Helper()
	q.showChooser()
	var id string
	eventually(t, name+" is listed", func() bool {
		for pid, b := range q.personBtn {
			if strings.HasPrefix(b.Text, name) {
				id = pid
				return true
			}
		}
		return false
	})
	tap(q.personBtn[id])
	eventually(t, name+" is open", func() bool { return q.person != nil && q.person.Name == name })
}

// takeTest answers every statement through the screen, by tap or by key
// in turn, checking each statement is the one expected, then asks for the
// result and waits for it.
func takeTest(t *testing.T, f *fixture, q *Quiz, answers quiz.Answers) {
	t.Helper()
	tap(q.start)
	c := f.env.Window.Canvas()
	for i, qq := range quiz.Questions() {
		if q.ask.statement.Text != qq.Text {
			t.Fatalf("statement %d on screen is %q, want %q", i+1, q.ask.statement.Text, qq.Text)
		}
		if want := strconv.Itoa(i+1) + " of 24"; q.ask.counter.Text != want {
			t.Fatalf("the counter says %q, want %q", q.ask.counter.Text, want)
		}
		v := answers[qq.ID]
		if i%2 == 0 {
			tap(q.ask.scale[v-1])
		} else {
			if c.Focused() != q.ask.keys {
				t.Fatalf("statement %d: the keys do not reach the test", i+1)
			}
			test.Type(c.Focused(), strconv.Itoa(v))
		}
	}
	if q.ask.next.Disabled() || q.ask.next.Text != "See my result" {
		t.Fatalf("after the last answer the button is %q (disabled %v)", q.ask.next.Text, q.ask.next.Disabled())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	eventually(t, "the result is shown", func() bool { return q.draft == nil && q.res != nil && q.ask.next.Disabled() })
}

// wantResultOnScreen checks the result step shows the scores of want.
func wantResultOnScreen(t *testing.T, q *Quiz, want quiz.Result) {
	t.Helper()
	for i, tr := range quiz.Traits() {
		s, _ := want.Score(tr.ID)
		row := q.res.rows[i]
		if row.trait.ID != tr.ID || row.bar.score != s.Score ||
			!strings.HasPrefix(row.score.Text, strconv.Itoa(s.Score)+" ") || !strings.Contains(row.score.Text, string(s.Band)) {
			t.Errorf("%s shows %q with a bar at %d, want %d (%s)", tr.Name, row.score.Text, row.bar.score, s.Score, s.Band)
		}
	}
}

func savedResults(t *testing.T, f *fixture, p *persistence.Person) []quiz.Result {
	t.Helper()
	f.wait()
	rs, err := f.v.QuizResults(p)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestTakingTheTestGivesTheScoresOfItsAnswersAndARetakeShowsTheChange(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	addTaker(t, q, "Sam")
	sam := q.person
	want, err := quiz.Score(answersSam, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	takeTest(t, f, q, answersSam)
	wantResultOnScreen(t, q, want)
	if !strings.Contains(q.res.taken.Text, quizDate(time.Now())) {
		t.Errorf("the result is not dated today: %q", q.res.taken.Text)
	}
	saved := savedResults(t, f, sam)
	if len(saved) != 1 {
		t.Fatalf("%d results saved, want 1", len(saved))
	}
	for _, tr := range quiz.Traits() {
		got, _ := saved[0].Score(tr.ID)
		w, _ := want.Score(tr.ID)
		if got.Score != w.Score {
			t.Errorf("saved %s = %d, want %d", tr.ID, got.Score, w.Score)
		}
	}

	// Coming back later opens the result; a retake shows what moved.
	q.Leave()
	q = openQuiz(t, f)
	pickTaker(t, q, "Sam")
	eventually(t, "Sam's result is shown", func() bool { return q.res != nil })
	tap(q.res.again)
	want2, _ := quiz.Score(answersSam2, time.Now())
	takeTest(t, f, q, answersSam2)
	wantResultOnScreen(t, q, want2)
	changes, _ := quiz.Changes(want, want2)
	moved := 0
	for i, ch := range changes {
		text := q.res.rows[i].change.Text
		switch {
		case ch.Delta > 0 && !strings.Contains(text, "up "+strconv.Itoa(ch.Delta)):
			t.Errorf("%s went up by %d, the screen says %q", ch.Trait, ch.Delta, text)
		case ch.Delta < 0 && !strings.Contains(text, "down "+strconv.Itoa(-ch.Delta)):
			t.Errorf("%s went down by %d, the screen says %q", ch.Trait, -ch.Delta, text)
		case ch.Delta == 0 && !strings.Contains(text, "same"):
			t.Errorf("%s did not move, the screen says %q", ch.Trait, text)
		}
		if ch.Delta != 0 {
			moved++
		}
	}
	if moved == 0 {
		t.Fatal("the two sets of answers should move some traits")
	}
	if len(q.res.earlier) != 1 {
		t.Errorf("%d earlier results listed, want 1", len(q.res.earlier))
	}
	if n := len(savedResults(t, f, sam)); n != 2 {
		t.Errorf("%d results saved after a retake, want 2", n)
	}
}

func TestAnswersStayWhileGoingBackAndLeavingTheScreen(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	addTaker(t, q, "Sam")
	tap(q.start)
	qs := quiz.Questions()
	for i := 0; i < 5; i++ {
		tap(q.ask.scale[answersSam[qs[i].ID]-1])
	}
	keys := f.env.Window.Canvas()
	keys.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	keys.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if q.ask.statement.Text != qs[3].Text {
		t.Fatalf("two steps back shows %q, want statement 4", q.ask.statement.Text)
	}
	if chosen := answersSam[qs[3].ID]; q.ask.scale[chosen-1].Importance != widget.HighImportance {
		t.Error("going back does not show the answer already given")
	}
	keys.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if q.ask.statement.Text != qs[4].Text {
		t.Fatalf("→ shows %q, want statement 5", q.ask.statement.Text)
	}
	keys.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if q.ask.statement.Text != qs[5].Text {
		t.Fatalf("→ shows %q, want statement 6", q.ask.statement.Text)
	}
	keys.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if q.ask.statement.Text != qs[5].Text {
		t.Error("→ moved past a statement without an answer")
	}

	q.Leave()
	q = openQuiz(t, f)
	pickTaker(t, q, "Sam")
	eventually(t, "the test picks up again", func() bool { return q.ask != nil && q.content.Objects[0] == q.ask.keys })
	if q.ask.statement.Text != qs[5].Text || q.ask.counter.Text != "6 of 24" {
		t.Errorf("coming back shows %q (%s), want statement 6", q.ask.statement.Text, q.ask.counter.Text)
	}
	for i := 0; i < 5; i++ {
		if q.draft.answers[qs[i].ID] != answersSam[qs[i].ID] {
			t.Errorf("answer %d was lost on leaving the screen", i+1)
		}
	}
	if q.ask.progress.Value() != 5.0/24 {
		t.Errorf("progress = %v, want 5 of 24 answered", q.ask.progress.Value())
	}
}

func TestComparingTwoPeopleOnOneComputerShowsEveryTraitAndNoPercentage(t *testing.T) {
	f := newFixture(t)
	q := openQuiz(t, f)
	addTaker(t, q, "Alex")
	takeTest(t, f, q, answersAlex)
	alex := q.person
	f.wait()
	if err := f.v.SealPerson(alex, "2468"); err != nil {
		t.Fatal(err)
	}

	q.showChooser()
	addTaker(t, q, "Sam")
	takeTest(t, f, q, answersSam)
	tap(q.res.compare)
	eventually(t, "Alex is offered", func() bool { return q.cmp.otherBtn[alex.ID] != nil })
	if _, offersSelf := q.cmp.otherBtn[q.person.ID]; offersSelf {
		t.Error("Sam is offered as Sam's own partner")
	}

	tap(q.cmp.otherBtn[alex.ID])
	test.Type(f.env.Window.Canvas().Focused(), "1111")
	tapText(t, f, "Open")
	eventually(t, "a wrong PIN is refused", func() bool { return q.problem.Visible() })
	if !strings.Contains(q.problem.Text, "does not open Alex's list") || q.cmp.shown != nil {
		t.Fatalf("after a wrong PIN: %q, comparison %v", q.problem.Text, q.cmp.shown != nil)
	}
	tap(q.cmp.otherBtn[alex.ID])
	test.Type(f.env.Window.Canvas().Focused(), "2468")
	tapText(t, f, "Open")
	eventually(t, "the comparison is shown", func() bool { return q.cmp.shown != nil })

	shown := texts(q.content)
	wantA, _ := quiz.Score(answersSam, time.Now())
	wantB, _ := quiz.Score(answersAlex, time.Now())
	cmp := q.cmp.shown
	if cmp.NameA != "Sam" || cmp.NameB != "Alex" {
		t.Errorf("compared %q with %q", cmp.NameA, cmp.NameB)
	}
	sentences := map[string]bool{}
	for i, tr := range quiz.Traits() {
		c := cmp.Traits[i]
		sa, _ := wantA.Score(tr.ID)
		sb, _ := wantB.Score(tr.ID)
		if c.A.Score != sa.Score || c.B.Score != sb.Score {
			t.Errorf("%s compares %d with %d, want %d with %d", tr.ID, c.A.Score, c.B.Score, sa.Score, sb.Score)
		}
		if !contains(shown, tr.Name) || c.Sentence == "" || !contains(shown, c.Sentence) || !contains(shown, c.Question) {
			t.Errorf("%s: its name, sentence or question is not on screen", tr.Name)
		}
		sentences[c.Sentence] = true
	}
	if len(sentences) != 8 {
		t.Errorf("%d different sentences for 8 traits", len(sentences))
	}
	for _, c := range cmp.Care {
		if !contains(shown, c.Sentence) {
			t.Errorf("care check %q is not on screen", c.Sentence)
		}
	}
	if !contains(shown, quiz.ComparisonNote) {
		t.Error("the note that this is not a verdict is not on screen")
	}
	if !contains(shown, "Sam") || !contains(shown, "Alex") {
		t.Error("the names are not on screen")
	}
	for _, s := range shown {
		if strings.Contains(s, "%") || strings.Contains(strings.ToLower(s), "percent") {
			t.Errorf("the comparison shows a percentage: %q", s)
		}
	}
}

func TestAResultCodeGoesFromOneComputerToAnother(t *testing.T) {
	// Sam's computer: take the test and share the result.
	f := newFixture(t)
	q := openQuiz(t, f)
	addTaker(t, q, "Sam")
	takeTest(t, f, q, answersSam)
	tap(q.res.share)
	if q.share == nil || q.share.name.Text != "Sam" || !strings.HasPrefix(q.share.code.Text, "PARLEY-QUIZ") || q.share.copy.Disabled() {
		t.Fatalf("the share dialog shows name %q and code %q", q.share.name.Text, q.share.code.Text)
	}
	test.Type(q.share.name, " with a name far too long to fit into any code")
	if q.share.code.Text != "" || !q.share.problem.Visible() || !q.share.copy.Disabled() {
		t.Errorf("a name that is too long still gives a code (%q), problem %q", q.share.code.Text, q.share.problem.Text)
	}
	q.share.name.SetText("Sam")
	code := q.share.code.Text
	tap(q.share.copy)
	if got := f.copied; got != code {
		t.Errorf("the clipboard holds %q, want the code", got)
	}

	// Alex's computer, a separate vault.
	g := newFixture(t)
	q = openQuiz(t, g)
	addTaker(t, q, "Alex")
	takeTest(t, g, q, answersAlex)
	tap(q.res.compare)

	// A damaged code and a cut-off one say what is wrong and stay in the box.
	for _, bad := range []string{code[:len(code)-5], damage(code)} {
		q.cmp.code.SetText(bad)
		tap(q.cmp.read)
		_, want := quiz.DecodeResultCode(bad)
		if want == nil || q.cmp.codeProblem.Text != want.Error() || !q.cmp.codeProblem.Visible() {
			t.Errorf("code %q: the screen says %q, want %v", bad, q.cmp.codeProblem.Text, want)
		}
		if q.cmp.code.Text != bad || q.cmp.shown != nil {
			t.Error("a bad code was cleared or compared")
		}
	}

	q.cmp.code.SetText("")
	test.Type(q.cmp.code, code)
	tap(q.cmp.read)
	if q.cmp.shown == nil {
		t.Fatalf("the code was not read: %q", q.cmp.codeProblem.Text)
	}
	want, _ := quiz.Score(answersSam, time.Now())
	for i, tr := range quiz.Traits() {
		w, _ := want.Score(tr.ID)
		if q.cmp.shown.Traits[i].B.Score != w.Score {
			t.Errorf("%s from the code = %d, want Sam's %d", tr.ID, q.cmp.shown.Traits[i].B.Score, w.Score)
		}
	}
	if shown := texts(q.content); !contains(shown, "Alex and Sam") {
		t.Error("the comparison does not name both people")
	}
}

// damage changes one character in the middle of a code.
func damage(code string) string {
	i := len(code) / 2
	c := byte('A')
	if code[i] == 'A' {
		c = 'B'
	}
	return code[:i] + string(c) + code[i+1:]
}
