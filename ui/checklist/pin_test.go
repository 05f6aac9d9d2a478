package checklist

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Moved from ui/keyboard_test.go with the Checklist: the person at the
// same keyboard, a partner who sits down at Parley while it is open (by
// design, after "Together on this computer").

const alexSecret = "copper kettle at dusk"

var blindfold = checklist.Key{Activity: "sensory-deprivation.blindfold", Direction: checklist.Receiving}

// twoPeopleOneProtected sets up Alex (a hard limit, protected) and Sam
// (no PIN), with Sam's list on screen.
func twoPeopleOneProtected(t *testing.T) (*fixture, persistence.Profile) {
	t.Helper()
	f := newFixture(t)
	c := openChecklist(t, f, "Alex")
	tapAnswer(t, c, rowIndex(t, c, blindfold.Activity, blindfold.Direction), checklist.HardLimit)
	sealWith(t, f.env, c.people, c.person, alexSecret)
	if c.person == nil || !c.person.Sealed {
		t.Fatal("Alex's list is not protected")
	}
	alex := c.person.Profile
	c.people.BackToChooser()
	c = f.cur
	c.people.AddPerson("Sam", "")
	f.env.Eventually(t, "Sam's list opens", func() bool { return c.person != nil && c.person.Name == "Sam" })
	return f, alex
}

// showsAlexsAnswers reports whether anything on screen comes from Alex's list.
func showsAlexsAnswers(f *fixture) bool {
	c := f.cur
	if c.person != nil && c.person.Name == "Alex" {
		return true
	}
	return c.sheet != nil && c.sheet.Get(blindfold).Answer == checklist.HardLimit
}

func TestAProtectedListAsksForItsPINEveryTimeItIsOpened(t *testing.T) {
	f, alex := twoPeopleOneProtected(t)

	// Sam switches to Alex, as a partner at the keyboard would.
	c := f.cur
	c.people.BackToChooser()
	c = f.cur
	f.env.Eventually(t, "both are listed", func() bool { return len(c.people.All) == 2 })
	c.people.Pick(alex)
	f.env.Drain()
	if showsAlexsAnswers(f) {
		t.Fatal("switching back to Alex showed her list without her PIN")
	}
	if topOverlay(f) == nil || len(entriesIn(topOverlay(f))) == 0 {
		t.Fatal("switching back to Alex did not ask for her PIN")
	}
	tapText(t, f, "Cancel")
	f.env.Drain()
	if showsAlexsAnswers(f) || topOverlay(f) != nil {
		t.Fatal("cancelling the PIN prompt showed Alex's list")
	}

	// Leaving the Checklist and coming back asks again too.
	c.people.Pick(alex)
	test.Type(entriesIn(topOverlay(f))[0], alexSecret)
	tapText(t, f, "Open")
	f.env.Eventually(t, "Alex's PIN opens her list", func() bool { return showsAlexsAnswers(f) })
	f.cur.Leave()
	f.screen()
	c = f.cur
	f.env.Eventually(t, "both are listed", func() bool { return len(c.people.All) == 2 })
	c.people.Pick(alex)
	f.env.Drain()
	if showsAlexsAnswers(f) {
		t.Fatal("coming back to the Checklist showed Alex's list without her PIN")
	}
	if topOverlay(f) == nil {
		t.Fatal("coming back to the Checklist did not ask for Alex's PIN")
	}
}

// openAlex opens Alex's list with her PIN through the prompt.
func openAlex(t *testing.T, f *fixture, alex persistence.Profile) *Checklist {
	t.Helper()
	c := f.cur
	c.people.BackToChooser()
	c = f.cur
	f.env.Eventually(t, "both are listed", func() bool { return len(c.people.All) == 2 })
	c.people.Pick(alex)
	f.env.Drain()
	if d := topOverlay(f); d != nil && len(entriesIn(d)) == 1 {
		test.Type(entriesIn(d)[0], alexSecret)
		tapText(t, f, "Open")
	}
	f.env.Eventually(t, "Alex's list opens", func() bool { return c.person != nil && c.person.Name == "Alex" })
	return c
}

// stillProtected reports whether Alex's PIN still opens her list (and
// nothing else does).
func stillProtected(t *testing.T, f *fixture, alex persistence.Profile) bool {
	t.Helper()
	f.wait()
	if _, err := f.v.OpenPerson(alex.ID, ""); err == nil {
		return false
	}
	_, err := f.v.OpenPerson(alex.ID, alexSecret)
	return err == nil
}

func TestChangingOrRemovingAPINAsksForTheCurrentOne(t *testing.T) {
	f, alex := twoPeopleOneProtected(t)
	c := openAlex(t, f, alex)

	// Alex leaves her list open and walks away; Sam presses "Change PIN…"
	// and submits with the new PIN empty, which used to remove the PIN.
	tap(c.people.SealButton)
	d := topOverlay(f)
	if d == nil {
		t.Fatal("no PIN dialog")
	}
	tapText(t, f, "Save")
	f.env.Eventually(t, "the dialog's answer lands", func() bool { return c.problem.Visible() || topOverlay(f) != nil })
	if !stillProtected(t, f, alex) {
		t.Fatal("Alex's PIN was removed without her current PIN")
	}

	// A guessed current PIN does not do it either.
	if topOverlay(f) == nil {
		tap(c.people.SealButton)
	}
	es := entriesIn(topOverlay(f))
	if len(es) != 3 {
		t.Fatalf("the change-PIN dialog has %d fields, want current, new and again", len(es))
	}
	test.Type(es[0], "1234")
	test.Type(es[1], "fresh orchard morning")
	test.Type(es[2], "fresh orchard morning")
	tapText(t, f, "Save")
	f.env.Eventually(t, "the dialog's answer lands", func() bool { return sealAnswered(f, c) })
	if !stillProtected(t, f, alex) {
		t.Fatal("Alex's PIN was changed with a wrong current PIN")
	}
	if !strings.Contains(c.people.SealProblem.Text, "does not open") {
		t.Errorf("a wrong current PIN says %q", c.people.SealProblem.Text)
	}

	// With her current PIN, Alex can remove it.
	es[0].SetText(alexSecret)
	tapText(t, f, "Remove the PIN")
	f.env.Eventually(t, "the dialog's answer lands", func() bool { return sealAnswered(f, c) })
	if c.person.Sealed {
		t.Fatalf("Alex's PIN was not removed: %q", c.people.SealProblem.Text)
	}
	if topOverlay(f) != nil {
		t.Error("the dialog stayed open after the PIN was removed")
	}
	f.wait()
	if _, err := f.v.OpenPerson(alex.ID, ""); err != nil {
		t.Errorf("after removing her PIN Alex's list does not open without one: %v", err)
	}
}

func TestAddAPersonAfterALockDoesNotReachTheClosedVault(t *testing.T) {
	f := newFixture(t)
	c := f.screen()
	tap(c.people.AddButton)
	test.Type(entriesIn(topOverlay(f))[0], "Jo")
	add := kittest.DialogButton(t, f.env.Window, "Add")

	f.lock(t)
	if n := len(f.env.Window.Canvas().Overlays().List()); n != 0 {
		t.Fatalf("%d dialogs stay on top of the lock screen", n)
	}
	tap(add)                // the closed dialog's button
	tap(c.people.AddButton) // the gone screen's button
	f.env.Drain()
	if n := len(f.env.Window.Canvas().Overlays().List()); n != 0 {
		t.Fatal("a button of the locked screen opened a dialog over the lock screen")
	}

	f.unlock(t)
	f.wait()
	ps, err := f.v.Profiles()
	if err != nil || len(ps) != 0 {
		t.Fatalf("a person was added by a button pressed while locked: %v, %v", ps, err)
	}
}

func TestAPINMustBeGoodAndTheDialogSaysWhatAShortOneIsWorth(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	tap(c.people.SealButton)
	d := topOverlay(f)
	if d == nil {
		t.Fatal("no dialog to protect the list")
	}
	all := strings.Join(texts(d), " ")
	for _, want := range []string{"10,000", "under an hour", "“good”"} {
		if !strings.Contains(all, want) {
			t.Errorf("the dialog does not say %q: %s", want, all)
		}
	}
	es := entriesIn(d)
	test.Type(es[0], "1234")
	if !contains(texts(d), "Not enough for a protected list") {
		t.Error("the meter does not say a four-digit PIN is not enough")
	}
	test.Type(es[1], "1234")
	save := buttonIn(d, "Protect my list")
	tap(save)
	f.env.Drain()
	f.wait()
	f.env.Drain()
	if c.person.Sealed || !save.Disabled() || !saysIn(d, "guessed too quickly") {
		t.Fatal("a four-digit PIN was accepted, or Save is not grey with the reason beneath it")
	}
	if es[0].Text != "1234" {
		t.Error("what was typed was lost when the PIN was refused")
	}
	es[0].SetText("fresh orchard") // "fair" on the meter: months against a fast computer
	es[1].SetText("fresh orchard")
	tap(save)
	f.env.Drain()
	f.wait()
	f.env.Drain()
	if c.person.Sealed || !save.Disabled() {
		t.Fatal("a PIN the meter calls only fair was accepted")
	}
	es[0].SetText("fresh orchard morning")
	es[1].SetText("fresh orchard morning")
	tapText(t, f, "Protect my list")
	f.env.Eventually(t, "the dialog's answer lands", func() bool { return sealAnswered(f, c) })
	if !c.person.Sealed {
		t.Fatalf("a good PIN did not protect the list: %q", c.people.SealProblem.Text)
	}
	if topOverlay(f) != nil {
		t.Error("the dialog stayed open")
	}
}

func TestLeavingTheChecklistZeroesTheProtectedListsKey(t *testing.T) {
	f, alex := twoPeopleOneProtected(t)
	c := openAlex(t, f, alex)
	held := c.person
	f.cur.Leave()
	f.wait()
	if _, _, err := f.v.LoadChecklist(held); err == nil {
		t.Fatal("Alex's opened copy still reads her list after the Checklist was left")
	}
}

func TestTheChecklistsButtonsDoNothingOnceLocked(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	item := newAnswerRow(c.words)
	c.updateRow(0, item.box)
	f.lock(t)
	tap(item.answers[3]) // "Hard limit" on a row of the locked screen
	tap(c.addOwn)
	tap(c.summaryBtn)
	c.list.TypedRune('4')
	f.env.Drain()
	if n := len(f.env.Window.Canvas().Overlays().List()); n != 0 {
		t.Fatal("a button of the locked Checklist opened a dialog over the lock screen")
	}
}

// sealAnswered reports whether the PIN dialog has had its answer: it closed
// (the list was sealed again) or it says what went wrong. Only then may a
// test read the person: until that hand-back, the saver goroutine is
// rewriting it.
func sealAnswered(f *fixture, c *Checklist) bool {
	return topOverlay(f) == nil || c.people.SealProblem.Visible()
}
