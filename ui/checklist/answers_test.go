package checklist

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
)

// Issue 17, item 1: "Fantasy only" is the fifth answer on every row, by
// tap and by key 5 (1-4 keep their answers), explained in the details
// panel, counted by the progress, and kept apart in the summary.
func TestFantasyOnlyIsTheFifthAnswer(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	item := newAnswerRow(c.words)
	if len(item.answers) != 5 || item.answers[4].Text != "Fantasy only" {
		t.Fatalf("a row offers %d answers, the fifth %q", len(item.answers), item.answers[4].Text)
	}
	c.list.Select(0)
	first := c.rows[0].Key()
	c.list.TypedRune('5')
	c.list.Select(1)
	second := c.rows[1].Key()
	c.list.TypedRune('3')
	blindfold := rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving)
	tapAnswer(t, c, blindfold, checklist.FantasyOnly)
	if !strings.Contains(c.counts.Text, "3 of") {
		t.Errorf("progress says %q, want the fantasies counted (3 answered)", c.counts.Text)
	}
	c.list.Select(blindfold)
	if !c.fantasy.Visible() || !strings.Contains(c.fantasy.Text, "not to do") {
		t.Errorf("the details panel does not explain the fifth answer: %q", c.fantasy.Text)
	}

	s := savedSheet(t, f, c.person)
	if s.Get(first).Answer != checklist.FantasyOnly || s.Get(second).Answer != checklist.No {
		t.Fatalf("keys 5 and 3 saved %v and %v, want Fantasy only and Not now", s.Get(first).Answer, s.Get(second).Answer)
	}
	sum := c.index.Summary(c.sheet, c.words)
	if len(sum.Fantasy) != 2 || len(sum.Hard) != 0 || len(sum.Soft) != 1 {
		t.Errorf("summary: %d fantasies, %d hard, %d soft; want 2, 0, 1", len(sum.Fantasy), len(sum.Hard), len(sum.Soft))
	}
	c.showSummary()
	shown := texts(topOverlay(f))
	if !hasText(shown, "Fantasy only: to talk about") || !hasText(shown, "Fantasy only: 2") {
		t.Errorf("the summary does not list fantasies apart: %q", shown)
	}
}

// Issue 17, item 1: "Only with…" on a Yes or a Maybe, in the details
// panel, saved like the note (it survives a restart); on another answer
// the fields give way to a line saying where conditions go.
func TestConditionsOnAYesAreSavedAndSurviveARestart(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	i := rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving)
	k := c.rows[i].Key()
	c.list.Select(i)
	if c.cond.fields.Visible() || !c.cond.elsewhere.Visible() {
		t.Error("an unanswered row offers conditions")
	}
	c.list.TypedRune('1')
	if !c.cond.fields.Visible() || c.cond.elsewhere.Visible() {
		t.Fatal("a Yes does not offer conditions")
	}
	test.Type(c.cond.with, "Alex")
	test.Tap(c.cond.talk)
	c.cond.upTo.SetSelectedIndex(1)
	want := checklist.Condition{OnlyWith: "Alex", AfterTalking: true, UpTo: checklist.Gently}
	if got := savedSheet(t, f, c.person).Get(k).Condition; got != want {
		t.Fatalf("saved condition %+v, want %+v", got, want)
	}
	sum := c.index.Summary(c.sheet, c.words)
	if len(sum.Conditional) != 1 || !strings.Contains(sum.Conditional[0].Conditions, "only with Alex") {
		t.Errorf("the summary's conditional answers: %+v", sum.Conditional)
	}

	c.Leave()
	f.restart(t)
	c = f.screen()
	f.env.Eventually(t, "Sam is listed", func() bool { return len(c.people.All) == 1 })
	c.people.Pick(c.people.All[0])
	f.env.Eventually(t, "Sam's list reopens", func() bool { return c.person != nil && c.sel >= 0 })
	c.list.Select(rowIndex(t, c, k.Activity, k.Direction))
	if c.cond.with.Text != "Alex" || !c.cond.talk.Checked || c.cond.upTo.SelectedIndex() != 1 {
		t.Fatalf("after a restart the panel shows %q, %v, %d", c.cond.with.Text, c.cond.talk.Checked, c.cond.upTo.SelectedIndex())
	}

	// Not now: no conditions offered, nothing counted, what was set is kept.
	c.list.TypedRune('3')
	if c.cond.fields.Visible() || !c.cond.elsewhere.Visible() {
		t.Error("Not now still offers conditions")
	}
	c.setCondition(checklist.Condition{OnlyWith: "Robin"})
	e := savedSheet(t, f, c.person).Get(k)
	if e.Condition != want || !e.Conditions().IsZero() {
		t.Errorf("on Not now the condition is %+v (counted %+v); want Alex's kept and not counted", e.Condition, e.Conditions())
	}
}
