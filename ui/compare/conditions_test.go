package compare

import (
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

// withCondition gives p's answer k a condition, as the checklist saves it.
func withCondition(t *testing.T, w *world, p *persistence.Person, k checklist.Key, a checklist.Answer, c checklist.Condition) {
	t.Helper()
	sheet := checklist.NewSheet()
	change, _ := sheet.SetAnswer(k, a, time.Now())
	e := sheet.Get(k)
	e.Condition = c
	if err := w.Vault().SaveAnswer(p, k, e, &change); err != nil {
		t.Fatal(err)
	}
}

// Beside a matched activity, each person's own condition shows, read from
// their own list; a condition on something that did not match never shows.
func TestConditionsShowBesideMatchesFromEachOwnList(t *testing.T) {
	a := newWorld(t)
	sam := addPerson(t, a, "Sam", samsAnswers)
	alex := addPerson(t, a, "Alex", alexsAnswers)
	withCondition(t, a, sam, wristGive, checklist.Yes, checklist.Condition{AfterTalking: true})
	withCondition(t, a, alex, handcuffGive, checklist.Yes, checklist.Condition{OnlyWith: "Robin"}) // Sam said no: no match
	c := openCompare(t, a)
	c.mode.SetSelected(modeTogether())
	pickOpen(t, a, c.first, "Sam")
	pickOpen(t, a, c.second, "Alex")
	tap(c.compareBtn)
	a.Eventually(t, "the result is shown", func() bool { return c.result != nil })
	shown := kittest.Texts(c.result.both)
	if !kittest.Contains(shown, "Sam: only after we've talked about it") {
		t.Errorf("Sam's condition is not beside wrist cuffs: %q", shown)
	}
	if kittest.Contains(kittest.Texts(c.result.content), "Robin") {
		t.Error("a condition on an activity that did not match is shown")
	}
}
