package checklist_test

import (
	"slices"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

// The summary shows fantasies and conditions as the person set them: a
// fantasy is its own line (never a limit, never a Yes), a condition is
// shown with its answer, and a condition kept on an answer that moved to
// Not now is not shown as if it still held.
func TestSummaryShowsFantasiesAndConditionsFaithfully(t *testing.T) {
	ix := checklist.NewIndex(testCatalog(t))
	s := sheetOf(map[string]checklist.Answer{
		"touch.hug/together":      checklist.FantasyOnly,
		"touch.massage/giving":    checklist.Yes,
		"impact.paddle/receiving": checklist.Maybe,
		"impact.hand/giving":      checklist.FantasyOnly,
		"impact.hand/receiving":   checklist.Yes,
	})
	s.SetNote(key("touch.hug/together"), "Lovely to talk about.")
	mustCondition(t, s, "touch.massage/giving", checklist.Condition{OnlyWith: "  Alex   Smith ", UpTo: checklist.Gently})
	mustCondition(t, s, "impact.paddle/receiving", checklist.Condition{AfterTalking: true, UpTo: checklist.Moderately})
	mustCondition(t, s, "impact.hand/receiving", checklist.Condition{OnlyWith: "Sam"})
	s.SetAnswer(key("impact.hand/receiving"), checklist.No, t0) // the condition sleeps

	sum := ix.Summary(s, checklist.BritishWords())

	if sum.Counts[checklist.FantasyOnly] != 2 || sum.Counts[checklist.Yes] != 1 || sum.Counts[checklist.No] != 1 {
		t.Errorf("counts %v", sum.Counts)
	}
	if len(sum.Hard) != 0 || len(sum.Soft) != 1 {
		t.Errorf("a fantasy became a limit: hard %v soft %v", sum.Hard, sum.Soft)
	}
	wantFantasy := []checklist.Wish{
		{Limit: checklist.Limit{Key: key("touch.hug/together"), Name: "Hug", Category: "touch", Note: "Lovely to talk about."}, Answer: checklist.FantasyOnly},
		{Limit: checklist.Limit{Key: key("impact.hand/giving"), Name: "Spanking by hand", Category: "impact", Direction: "giving"}, Answer: checklist.FantasyOnly},
	}
	if !slices.Equal(sum.Fantasy, wantFantasy) {
		t.Errorf("fantasies\n got  %+v\n want %+v", sum.Fantasy, wantFantasy)
	}
	wantConditional := []checklist.Wish{
		{Limit: checklist.Limit{Key: key("touch.massage/giving"), Name: "Massage", Category: "touch", Direction: "giving"},
			Answer: checklist.Yes, Condition: checklist.Condition{OnlyWith: "Alex Smith", UpTo: checklist.Gently},
			Conditions: "only with Alex Smith, only gently"},
		{Limit: checklist.Limit{Key: key("impact.paddle/receiving"), Name: "Paddle", Category: "impact", Direction: "receiving"},
			Answer: checklist.Maybe, Condition: checklist.Condition{AfterTalking: true, UpTo: checklist.Moderately},
			Conditions: "only after we've talked about it, no more than moderately"},
	}
	if !slices.Equal(sum.Conditional, wantConditional) {
		t.Errorf("conditions\n got  %+v\n want %+v", sum.Conditional, wantConditional)
	}

	// Back to Yes: the condition the person set is there again.
	s.SetAnswer(key("impact.hand/receiving"), checklist.Yes, t0)
	sum = ix.Summary(s, checklist.BritishWords())
	if len(sum.Conditional) != 3 || sum.Conditional[2].Conditions != "only with Sam" {
		t.Errorf("the kept condition did not come back with the Yes: %+v", sum.Conditional)
	}
}

func mustCondition(t *testing.T, s *checklist.Sheet, k string, c checklist.Condition) {
	t.Helper()
	if !s.SetCondition(key(k), c) {
		t.Fatalf("condition on %s refused", k)
	}
}

// Only a Yes or a Maybe carries a condition; a fantasy, a limit or a blank
// refuses one and keeps what it had.
func TestOnlyYesAndMaybeCarryConditions(t *testing.T) {
	for _, a := range append([]checklist.Answer{checklist.Unanswered}, checklist.AllAnswers...) {
		s := sheetOf(map[string]checklist.Answer{"touch.hug/together": a})
		ok := s.SetCondition(key("touch.hug/together"), checklist.Condition{AfterTalking: true})
		if ok != a.CarriesConditions() || ok != (a == checklist.Yes || a == checklist.Maybe) {
			t.Errorf("%s: condition taken = %v", a, ok)
		}
		if !ok && !s.Get(key("touch.hug/together")).Condition.IsZero() {
			t.Errorf("%s: a refused condition was kept", a)
		}
		if !s.SetCondition(key("touch.hug/together"), checklist.Condition{}) {
			t.Errorf("%s: clearing a condition was refused", a)
		}
	}
}

func TestConditionNormalAndWords(t *testing.T) {
	long := strings.Repeat("é", checklist.MaxConditionName+5)
	c := checklist.Condition{OnlyWith: "\t" + long + " ", UpTo: checklist.Intensity(9)}.Normal()
	if len([]rune(c.OnlyWith)) != checklist.MaxConditionName || c.UpTo != checklist.AnyIntensity {
		t.Errorf("normal = %+v", c)
	}
	w := checklist.BritishWords().Translate(func(s string) string { return "«" + s + "»" })
	if got := w.Condition(checklist.Condition{OnlyWith: "Alex", AfterTalking: true}); got != "«only with Alex», «only after we've talked about it»" {
		t.Errorf("translated condition = %q (the name must stay as typed)", got)
	}
	for _, i := range []checklist.Intensity{checklist.AnyIntensity, checklist.Gently, checklist.Moderately} {
		if checklist.ParseIntensity(i.String()) != i {
			t.Errorf("intensity %d does not survive its storage name %q", i, i.String())
		}
	}
	for _, a := range checklist.AllAnswers {
		if checklist.ParseAnswer(a.String()) != a {
			t.Errorf("answer %s does not survive its storage name", a)
		}
	}
	if checklist.FantasyOnly.IsLimit() {
		t.Error("fantasy only counts as a limit")
	}
}

// A fantasy is a real answer: it counts as answered and the filter finds
// it apart from every other answer.
func TestFantasyIsAnsweredAndFilterable(t *testing.T) {
	ix := checklist.NewIndex(testCatalog(t))
	s := sheetOf(map[string]checklist.Answer{"touch.hug/together": checklist.FantasyOnly, "touch.cafe/together": checklist.Yes})
	if p := checklist.Overall(ix.Progress(s)); p.Answered != 2 {
		t.Errorf("answered %d, want 2", p.Answered)
	}
	rows := ix.Filter(s, checklist.Filter{Answers: checklist.AnswerSetOf(checklist.FantasyOnly)})
	if len(rows) != 1 || rows[0].Key() != key("touch.hug/together") {
		t.Errorf("fantasy filter gave %+v", rows)
	}
}
