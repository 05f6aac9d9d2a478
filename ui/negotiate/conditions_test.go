package negotiate

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 17 item 1 in the editor: a condition on Sam's own Yes is shown
// beside that activity in the scene, and "bring in my limits" offers a
// "fantasy only" answer as a soft limit with the condition the domain
// gives it, and brings it in as one.
func TestConditionsAndFantasiesFromTheOwnListReachTheEditor(t *testing.T) {
	a := kittest.NewSection(t, nil)
	wax := checklist.Key{Activity: "wax.candle", Direction: checklist.Receiving}
	samAnswered(t, a, map[checklist.Key]checklist.Entry{
		samsMassage: {Answer: checklist.Yes, Condition: checklist.Condition{OnlyWith: "Alex", AfterTalking: true}, Changed: time.Now()},
		wax:         {Answer: checklist.FantasyOnly, Note: "as a story only", Changed: time.Now()},
	})
	_, ed := linkedDraft(t, a)
	a.Eventually(t, "the linked lists are read", func() bool { return len(ed.linked) == 2 })
	fyne.DoAndWait(func() {
		addMassage(ed)
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

// Issue 17: the conditions reach the saved draft, so the preview, the
// history view and the printed page (all renderers of the document's
// outline) show them, not only the form.
func TestConditionsFromTheOwnListAreSavedIntoTheDraft(t *testing.T) {
	a := kittest.NewSection(t, nil)
	v := a.Vault()
	samAnswered(t, a, map[checklist.Key]checklist.Entry{
		samsMassage: {Answer: checklist.Maybe, Condition: checklist.Condition{UpTo: checklist.Gently}, Changed: time.Now()},
	})
	_, ed := linkedDraft(t, a)
	a.Eventually(t, "the linked lists are read", func() bool { return len(ed.linked) == 2 })
	fyne.DoAndWait(func() {
		addMassage(ed)
		ed.rebuild(negotiation.SectionActivities)
		ed.changed()
	})
	want := "Sam's list: only gently."
	a.Eventually(t, "the draft with the condition is saved", func() bool {
		doc, _, _, err := v.LatestVersion(ed.id)
		if err != nil {
			return false
		}
		for _, seg := range outlineTexts(doc) {
			if strings.Contains(seg, want) {
				return true
			}
		}
		return false
	})
}

// outlineTexts is every text of a document's outline, as the preview shows it.
func outlineTexts(doc negotiation.Document) []string {
	var out []string
	for _, p := range negotiation.OutlineOf(doc, time.Time{}).Parts {
		for _, r := range p.Rows {
			for _, it := range r.Items {
				for _, s := range it {
					out = append(out, s.String())
				}
			}
		}
	}
	return out
}

// Attack: a protected list's conditions, once its owner typed the PIN,
// reach the preview and the page, but are never written to the vault in
// the clear (the threat model: everything derived from a protected list
// is sealed to it). The saved draft and the agreed version lack them.
func TestAProtectedListsConditionsAreNeverSavedInTheClear(t *testing.T) {
	a := kittest.NewSection(t, nil)
	v := a.Vault()
	sam := samAnswered(t, a, map[checklist.Key]checklist.Entry{
		samsMassage: {Answer: checklist.Yes, Condition: checklist.Condition{OnlyWith: "Alex"}, Changed: time.Now()},
	})
	if err := v.SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	_, ed := linkedDraft(t, a)
	a.Eventually(t, "the review knows Sam's list is protected", func() bool { return len(ed.unchecked) == 1 })
	fyne.DoAndWait(func() {
		addMassage(ed)
		ed.checkLinked(samIDOf(ed))
	})
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return ed.linkDlg != nil })
	test.Type(ed.linkPIN, "blue heron 42")
	fyne.DoAndWait(ed.linkDlg.Submit)
	a.Eventually(t, "Sam's list is checked", func() bool { return len(ed.unchecked) == 0 && len(ed.linked) == 2 })
	want := "Sam's list: only with Alex."
	a.Eventually(t, "the page shows Sam's condition", func() bool {
		var found bool
		fyne.DoAndWait(func() {
			found = slices.Contains(outlineTexts(ed.doc), " "+want) || slices.ContainsFunc(outlineTexts(ed.doc), func(s string) bool { return strings.Contains(s, want) })
		})
		return found
	})
	fyne.DoAndWait(func() { ed.changed() })
	var saved negotiation.Document
	a.Eventually(t, "the draft with the massage is saved", func() bool {
		doc, _, _, err := v.LatestVersion(ed.id)
		saved = doc
		return err == nil && slices.ContainsFunc(doc.Scene.Activities, func(a negotiation.Activity) bool { return a.ID == "touch.massage" })
	})
	for _, act := range saved.Scene.Activities {
		if len(act.Conditions) > 0 {
			t.Errorf("the saved draft holds Sam's condition in the clear: %+v", act.Conditions)
		}
	}
	fyne.DoAndWait(ed.agreeNow)
	a.Eventually(t, "the version is agreed", func() bool {
		_, _, agreed, err := v.LatestVersion(ed.id)
		return err == nil && agreed
	})
	agreed, _, _, _ := v.LatestVersion(ed.id)
	for _, act := range agreed.Scene.Activities {
		if len(act.Conditions) > 0 {
			t.Errorf("the agreed version holds Sam's condition in the clear: %+v", act.Conditions)
		}
	}
}

// samsMassage is the answer on Sam's own list that these tests give a
// condition.
var samsMassage = checklist.Key{Activity: "touch.massage", Direction: checklist.Receiving}

// samAnswered adds Alex, and Sam with entries on her own list (with their
// conditions, as the checklist saves them), and returns Sam.
func samAnswered(t *testing.T, a *kittest.Section, entries map[checklist.Key]checklist.Entry) *persistence.Person {
	t.Helper()
	kittest.AddPerson(t, a.Vault(), "Alex", nil)
	sam := kittest.AddPerson(t, a.Vault(), "Sam", nil)
	for k, e := range entries {
		if err := a.Vault().SaveAnswer(sam, k, e, nil); err != nil {
			t.Fatal(err)
		}
	}
	return sam
}

// addMassage puts the catalog's massage in the editor's scene as a Yes
// (call it on Fyne's goroutine).
func addMassage(ed *negEditor) {
	ca, _ := ed.env.Catalog.Activity(samsMassage.Activity)
	ed.doc.AddActivity(negotiation.ActivityFromCatalog(ca, negotiation.StatusYes))
}

// samIDOf is Sam's participant ID in the editor's document.
func samIDOf(ed *negEditor) string {
	for _, p := range ed.doc.Participants {
		if p.Name == "Sam" {
			return p.ID
		}
	}
	return ""
}
