package negotiate

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 17 item 1 in the editor: a condition on Sam's own Yes is shown
// beside that activity in the scene, and "bring in my limits" offers a
// "fantasy only" answer as a soft limit with the condition the domain
// gives it, and brings it in as one.
func TestConditionsAndFantasiesFromTheOwnListReachTheEditor(t *testing.T) {
	a := kittest.NewSection(t, nil)
	kittest.AddPerson(t, a.Vault(), "Alex", nil)
	sam := kittest.AddPerson(t, a.Vault(), "Sam", nil)
	v := a.Vault()
	massage := checklist.Key{Activity: "touch.massage", Direction: checklist.Receiving}
	wax := checklist.Key{Activity: "wax.candle", Direction: checklist.Receiving}
	for k, e := range map[checklist.Key]checklist.Entry{
		massage: {Answer: checklist.Yes, Condition: checklist.Condition{OnlyWith: "Alex", AfterTalking: true}, Changed: time.Now()},
		wax:     {Answer: checklist.FantasyOnly, Note: "as a story only", Changed: time.Now()},
	} {
		if err := v.SaveAnswer(sam, k, e, nil); err != nil {
			t.Fatal(err)
		}
	}
	_, ed := linkedDraft(t, a)
	a.Eventually(t, "the linked lists are read", func() bool { return len(ed.linked) == 2 })
	fyne.DoAndWait(func() {
		ca, _ := ed.env.Catalog.Activity("touch.massage")
		ed.doc.AddActivity(negotiation.ActivityFromCatalog(ca, negotiation.StatusYes))
		ed.rebuild(negotiation.SectionActivities)
	})
	shown := strings.Join(kittest.ShownText(ed.content), "\n")
	if !strings.Contains(shown, "Sam's list: only with Alex, and after talking it over first.") {
		t.Errorf("the condition on Sam's Yes is not beside the massage:\n%s", shown)
	}

	samID := ed.doc.Participants[1].ID
	if ed.doc.Participants[1].Name != "Sam" {
		samID = ed.doc.Participants[0].ID
	}
	fyne.DoAndWait(func() { ed.bringIn(samID) })
	a.Eventually(t, "Sam's limits are offered", func() bool { return ed.chooser != nil && len(ed.chooser.checks) > 0 })
	want := negotiation.FantasyOnly + ": as a story only"
	var found bool
	for i, c := range ed.chooser.checks {
		if strings.Contains(c.Text, want) {
			found = !ed.chooser.hard[i]
			c.SetChecked(true)
		}
	}
	if !found {
		t.Fatalf("the fantasy is not offered as a soft limit with its condition: %v", ed.chooser.items)
	}
	test.Tap(ed.chooser.bring)
	soft := ed.person(samID).Limits.Soft
	if len(soft) == 0 || soft[len(soft)-1].Condition != want || !soft[len(soft)-1].IsFantasy() {
		t.Errorf("the fantasy did not come in as a soft limit with its condition: %+v", soft)
	}
}
