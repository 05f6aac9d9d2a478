package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// The person at the same keyboard: a partner who sits down at Parley while
// it is open (by design, after "Together on this computer").

const alexSecret = "copper kettle at dusk"

var blindfold = checklist.Key{Activity: "sensory-deprivation.blindfold", Direction: checklist.Receiving}

// twoPeopleOneProtected sets up Alex (a hard limit, protected) and Sam
// (no PIN), with Sam's list on screen.
func twoPeopleOneProtected(t *testing.T) (*App, persistence.Profile) {
	t.Helper()
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Alex")
	tapAnswer(t, c, rowIndex(t, c, blindfold.Activity, blindfold.Direction), checklist.HardLimit)
	sealWith(t, c.app, c.people, c.person, alexSecret)
	eventually(t, "Alex's list is protected", func() bool { return c.person != nil && c.person.Sealed })
	alex := c.person.Profile
	c.people.BackToChooser()
	c = a.shell.current.(*Checklist)
	c.people.AddPerson("Sam", "")
	eventually(t, "Sam's list opens", func() bool { return c.person != nil && c.person.Name == "Sam" })
	return a, alex
}

// topOverlay is the dialog or pop-up on top, or nil.
func topOverlay(a *App) fyne.CanvasObject { return a.win.Canvas().Overlays().Top() }

// entriesIn lists the entries inside o, in order.
func entriesIn(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			out = append(out, e)
		}
		if e, ok := o.(*dialogEntry); ok {
			out = append(out, &e.Entry)
		}
		if e, ok := o.(*pageEntry); ok {
			out = append(out, &e.Entry)
		}
	})
	return out
}

// buttonIn is the button inside o whose text contains s, or nil.
func buttonIn(o fyne.CanvasObject, s string) *widget.Button {
	var found *widget.Button
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if e, ok := o.(*escButton); ok {
			o = &e.Button
		}
		if e, ok := o.(*kit.DialogButton); ok {
			o = &e.Button
		}
		if b, ok := o.(*widget.Button); ok && found == nil && strings.Contains(b.Text, s) {
			found = b
		}
	})
	return found
}

// showsAlexsAnswers reports whether anything on screen comes from Alex's list.
func showsAlexsAnswers(a *App) bool {
	c, ok := a.shell.current.(*Checklist)
	if !ok {
		return false
	}
	if c.person != nil && c.person.Name == "Alex" {
		return true
	}
	return c.sheet != nil && c.sheet.Get(blindfold).Answer == checklist.HardLimit
}

func TestAProtectedListAsksForItsPINEveryTimeItIsOpened(t *testing.T) {
	a, alex := twoPeopleOneProtected(t)

	// Sam switches to Alex, as a partner at the keyboard would.
	c := a.shell.current.(*Checklist)
	c.people.BackToChooser()
	c = a.shell.current.(*Checklist)
	eventually(t, "both are listed", func() bool { return len(c.people.All) == 2 })
	c.people.Pick(alex)
	drainUI()
	if showsAlexsAnswers(a) {
		t.Fatal("switching back to Alex showed her list without her PIN")
	}
	if topOverlay(a) == nil || len(entriesIn(topOverlay(a))) == 0 {
		t.Fatal("switching back to Alex did not ask for her PIN")
	}
	tapText(t, a, "Cancel")
	drainUI()
	if showsAlexsAnswers(a) || topOverlay(a) != nil {
		t.Fatal("cancelling the PIN prompt showed Alex's list")
	}

	// Leaving the Checklist and coming back asks again too.
	c.people.Pick(alex)
	test.Type(entriesIn(topOverlay(a))[0], alexSecret)
	tapText(t, a, "Open")
	eventually(t, "Alex's PIN opens her list", func() bool { return showsAlexsAnswers(a) })
	a.shell.open("home")
	a.shell.open("checklist")
	c = a.shell.current.(*Checklist)
	eventually(t, "both are listed", func() bool { return len(c.people.All) == 2 })
	c.people.Pick(alex)
	drainUI()
	if showsAlexsAnswers(a) {
		t.Fatal("coming back to the Checklist showed Alex's list without her PIN")
	}
	if topOverlay(a) == nil {
		t.Fatal("coming back to the Checklist did not ask for Alex's PIN")
	}
}

// openAlex opens Alex's list with her PIN through the prompt.
func openAlex(t *testing.T, a *App, alex persistence.Profile) *Checklist {
	t.Helper()
	c := a.shell.current.(*Checklist)
	c.people.BackToChooser()
	c = a.shell.current.(*Checklist)
	eventually(t, "both are listed", func() bool { return len(c.people.All) == 2 })
	c.people.Pick(alex)
	drainUI()
	if d := topOverlay(a); d != nil && len(entriesIn(d)) == 1 {
		test.Type(entriesIn(d)[0], alexSecret)
		tapText(t, a, "Open")
	}
	eventually(t, "Alex's list opens", func() bool { return c.person != nil && c.person.Name == "Alex" })
	return c
}

// stillProtected reports whether Alex's PIN still opens her list (and
// nothing else does).
func stillProtected(t *testing.T, a *App, alex persistence.Profile) bool {
	t.Helper()
	a.saves.Wait()
	if _, err := a.Vault().OpenPerson(alex.ID, ""); err == nil {
		return false
	}
	_, err := a.Vault().OpenPerson(alex.ID, alexSecret)
	return err == nil
}

func TestChangingOrRemovingAPINAsksForTheCurrentOne(t *testing.T) {
	a, alex := twoPeopleOneProtected(t)
	c := openAlex(t, a, alex)

	// Alex leaves her list open and walks away; Sam presses "Change PIN…"
	// and submits with the new PIN empty, which used to remove the PIN.
	tap(c.people.SealButton)
	d := topOverlay(a)
	if d == nil {
		t.Fatal("no PIN dialog")
	}
	tapText(t, a, "Save")
	eventually(t, "the dialog's answer lands", func() bool { return !c.person.Sealed || c.problem.Visible() || topOverlay(a) != nil })
	if !stillProtected(t, a, alex) {
		t.Fatal("Alex's PIN was removed without her current PIN")
	}

	// A guessed current PIN does not do it either.
	if topOverlay(a) == nil {
		tap(c.people.SealButton)
	}
	es := entriesIn(topOverlay(a))
	if len(es) != 3 {
		t.Fatalf("the change-PIN dialog has %d fields, want current, new and again", len(es))
	}
	test.Type(es[0], "1234")
	test.Type(es[1], "fresh orchard morning")
	test.Type(es[2], "fresh orchard morning")
	tapText(t, a, "Save")
	eventually(t, "the wrong current PIN is refused", func() bool { return !c.person.Sealed || c.people.SealProblem.Visible() })
	if !stillProtected(t, a, alex) {
		t.Fatal("Alex's PIN was changed with a wrong current PIN")
	}
	if !strings.Contains(c.people.SealProblem.Text, "does not open") {
		t.Errorf("a wrong current PIN says %q", c.people.SealProblem.Text)
	}

	// With her current PIN, Alex can remove it.
	es[0].SetText(alexSecret)
	tapText(t, a, "Remove the PIN")
	eventually(t, "Alex removes her PIN", func() bool { return !c.person.Sealed })
	if topOverlay(a) != nil {
		t.Error("the dialog stayed open after the PIN was removed")
	}
	a.saves.Wait()
	if _, err := a.Vault().OpenPerson(alex.ID, ""); err != nil {
		t.Errorf("after removing her PIN Alex's list does not open without one: %v", err)
	}
}

// dialogButton finds a button of the top dialog before anything happens,
// as a person's pointer hovering over it would.
func dialogButton(t *testing.T, a *App, s string) *widget.Button {
	t.Helper()
	b := buttonIn(topOverlay(a), s)
	if b == nil {
		t.Fatalf("the dialog has no %q button", s)
	}
	return b
}

func TestLockClosesTheRecoveryCodeAndItsButtonsDoNothing(t *testing.T) {
	for _, how := range []string{"Ctrl+L", "idle"} {
		t.Run(how, func(t *testing.T) {
			a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
			code := string(a.Vault().RecoveryCode())
			a.shell.open("settings")
			s := a.shell.current.(*Settings)
			tap(s.showCode)
			revealRecoveryCode(t, a, "")
			copyBtn := dialogButton(t, a, "Copy")

			switch how {
			case "Ctrl+L":
				pressShortcut(t, a, fyne.KeyL)
			case "idle":
				a.Vault().SetSetting(settingAutoLock, "5")
				a.lastUsed = a.lastUsed.Add(-6 * 60e9)
				a.checkIdle()
			}
			if a.Vault() != nil {
				t.Fatal("Parley did not lock")
			}
			if n := len(a.win.Canvas().Overlays().List()); n != 0 {
				t.Fatalf("%d dialogs stay on top of the lock screen", n)
			}
			tap(copyBtn)
			if got := a.fyne.Clipboard().Content(); strings.Contains(strings.ReplaceAll(got, "-", ""), strings.ReplaceAll(code, "-", "")) {
				t.Fatal("Copy in the closed dialog still put the recovery code on the clipboard")
			}
		})
	}
}

func TestLockEmptiesTheClipboardOfWhatParleyPutThere(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	tap(dialogButton(t, a, "Copy"))
	if a.fyne.Clipboard().Content() == "" {
		t.Fatal("Copy did not copy")
	}
	a.Lock()
	if got := a.fyne.Clipboard().Content(); got != "" {
		t.Fatalf("after the lock the clipboard still holds %q", got)
	}
}

func TestAddAPersonAfterALockDoesNotReachTheClosedVault(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.shell.open("checklist")
	c := a.shell.current.(*Checklist)
	tap(c.people.AddButton)
	test.Type(entriesIn(topOverlay(a))[0], "Jo")
	add := dialogButton(t, a, "Add")

	a.Lock()
	if n := len(a.win.Canvas().Overlays().List()); n != 0 {
		t.Fatalf("%d dialogs stay on top of the lock screen", n)
	}
	tap(add)                // the closed dialog's button
	tap(c.people.AddButton) // the gone screen's button
	drainUI()
	if n := len(a.win.Canvas().Overlays().List()); n != 0 {
		t.Fatal("a button of the locked screen opened a dialog over the lock screen")
	}

	tap(a.unlock.keyring)
	eventually(t, "unlock reopens", func() bool { return a.shell != nil })
	a.saves.Wait()
	ps, err := a.Vault().Profiles()
	if err != nil || len(ps) != 0 {
		t.Fatalf("a person was added by a button pressed while locked: %v, %v", ps, err)
	}
}

func TestQuickHideClosesEveryDialog(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	pressShortcut(t, a, fyne.KeyH)
	if a.cover == nil {
		t.Fatal("Ctrl+H did not hide Parley")
	}
	if n := len(a.win.Canvas().Overlays().List()); n != 0 {
		t.Fatalf("%d dialogs stay on top of the quick-hide cover", n)
	}
}

func TestLockAndHideWorkWhileATextFieldHasFocus(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	a.win.Canvas().Focus(c.search)
	test.Type(c.search, "rope")
	pressShortcut(t, a, fyne.KeyH)
	if a.cover == nil {
		t.Fatal("Ctrl+H did nothing while the search field had focus")
	}
	a.unhide()
	a.win.Canvas().Focus(c.search)
	pressShortcut(t, a, fyne.KeyL)
	if a.Vault() != nil {
		t.Fatal("Ctrl+L did nothing while the search field had focus")
	}
	if !a.menu.lock.Disabled {
		t.Error("the menu offers to lock Parley while it is locked")
	}
	tap(a.unlock.keyring)
	eventually(t, "unlock reopens", func() bool { return a.shell != nil })
	if a.menu.lock.Disabled {
		t.Error("the menu does not offer to lock Parley once it is open")
	}
}

func TestAPINMustBeGoodAndTheDialogSaysWhatAShortOneIsWorth(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	tap(c.people.SealButton)
	d := topOverlay(a)
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
	drainUI()
	a.saves.Wait()
	drainUI()
	if c.person.Sealed || !save.Disabled() || !saysIn(d, "guessed too quickly") {
		t.Fatal("a four-digit PIN was accepted, or Save is not grey with the reason beneath it")
	}
	if es[0].Text != "1234" {
		t.Error("what was typed was lost when the PIN was refused")
	}
	es[0].SetText("fresh orchard") // "fair" on the meter: months against a fast computer
	es[1].SetText("fresh orchard")
	tap(save)
	drainUI()
	a.saves.Wait()
	drainUI()
	if c.person.Sealed || !save.Disabled() {
		t.Fatal("a PIN the meter calls only fair was accepted")
	}
	es[0].SetText("fresh orchard morning")
	es[1].SetText("fresh orchard morning")
	tapText(t, a, "Protect my list")
	eventually(t, "a good PIN protects the list", func() bool { return c.person.Sealed })
	if topOverlay(a) != nil {
		t.Error("the dialog stayed open")
	}
}

func TestLeavingTheChecklistZeroesTheProtectedListsKey(t *testing.T) {
	a, alex := twoPeopleOneProtected(t)
	c := openAlex(t, a, alex)
	held := c.person
	a.shell.open("home")
	a.saves.Wait()
	if _, _, err := a.Vault().LoadChecklist(held); err == nil {
		t.Fatal("Alex's opened copy still reads her list after the Checklist was left")
	}
}

func TestTheRecoveryCodeAsksForThePassphraseFirst(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "my long passphrase")
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	d := topOverlay(a)
	if d == nil || buttonIn(d, "Copy") != nil || len(entriesIn(d)) != 1 {
		t.Fatal("the recovery code was shown without asking for the passphrase")
	}
	test.Type(entriesIn(d)[0], "a guess")
	tapText(t, a, "Show the code")
	eventually(t, "a wrong passphrase is refused", func() bool {
		return contains(shownTexts(topOverlay(a)), "not this vault's passphrase")
	})
	if buttonIn(topOverlay(a), "Copy") != nil {
		t.Fatal("a wrong passphrase showed the code")
	}
	entriesIn(topOverlay(a))[0].SetText("my long passphrase")
	tapText(t, a, "Show the code")
	eventually(t, "the passphrase shows the code", func() bool { return buttonIn(topOverlay(a), "Copy") != nil })
	code := string(a.Vault().RecoveryCode())
	if !contains(texts(topOverlay(a)), code[:5]) {
		t.Error("the code on screen is not the vault's")
	}
}

func TestWithoutAPassphraseTheRecoveryCodeAsksWhoIsThere(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	d := topOverlay(a)
	if d == nil || buttonIn(d, "Copy") != nil {
		t.Fatal("the recovery code was shown without a confirmation")
	}
	if !contains(texts(d), "the person who set up this vault") {
		t.Errorf("the confirmation does not say who should see the code: %q", texts(d))
	}
	tapText(t, a, "Cancel")
	if topOverlay(a) != nil {
		t.Fatal("Cancel did not close the confirmation")
	}
	tap(a.shell.current.(*Settings).showCode)
	tapText(t, a, "Show the code")
	if buttonIn(topOverlay(a), "Copy") == nil {
		t.Fatal("the confirmation did not show the code")
	}
}

func TestACopiedSecretLeavesTheClipboardAfter30Seconds(t *testing.T) {
	now := time.Date(2026, 12, 1, 21, 0, 0, 0, time.UTC)
	a := setUpAt(t, &now)
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	copyBtn := dialogButton(t, a, "Copy")
	code := string(a.Vault().RecoveryCode())

	tap(copyBtn)
	now = now.Add(29 * time.Second)
	a.expireClipboard()
	if a.fyne.Clipboard().Content() != code {
		t.Fatal("the code left the clipboard before 30 seconds")
	}
	now = now.Add(time.Second)
	a.expireClipboard()
	if got := a.fyne.Clipboard().Content(); got != "" {
		t.Fatalf("after 30 seconds the clipboard still holds %q", got)
	}

	// Something the person copied since is theirs: Parley leaves it.
	tap(copyBtn)
	a.fyne.Clipboard().SetContent("a shopping list")
	now = now.Add(time.Minute)
	a.expireClipboard()
	a.Lock()
	if got := a.fyne.Clipboard().Content(); got != "a shopping list" {
		t.Fatalf("Parley cleared what the person copied themselves: %q", got)
	}
}

// shownTexts is every text drawn under o, problems included.
func shownTexts(o fyne.CanvasObject) []string {
	out := texts(o)
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if p, ok := o.(*problem); ok && p.Visible() {
			out = append(out, p.Text)
		}
	})
	return out
}

func TestTheChecklistsButtonsDoNothingOnceLocked(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	item := newAnswerRow(c.words)
	c.updateRow(0, item.box)
	a.Lock()
	tap(item.answers[3]) // "Hard limit" on a row of the locked screen
	tap(c.addOwn)
	tap(c.summaryBtn)
	c.list.TypedRune('4')
	drainUI()
	if n := len(a.win.Canvas().Overlays().List()); n != 0 {
		t.Fatal("a button of the locked Checklist opened a dialog over the lock screen")
	}
}

func TestAfterComparingTogetherThePartnerCannotOpenTheProtectedList(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Sam", samsAnswers)
	alex := addPerson(t, a, "Alex", alexsAnswers)
	if err := a.Vault().SealPerson(alex, alexSecret); err != nil {
		t.Fatal(err)
	}
	c := openCompare(t, a)
	pickOpen(t, c.first, "Sam")
	pick(t, c.second, "Alex")
	eventually(t, "Alex's PIN is asked for", func() bool { return c.second.pinDialog != nil })
	test.Type(c.second.pin, alexSecret)
	c.second.pinDialog.Submit()
	eventually(t, "Alex's list opens for the comparison", func() bool { return c.second.person != nil })
	tap(c.compareBtn)
	eventually(t, "the result is shown", func() bool { return c.result != nil })

	// Alex hands the keyboard back to Sam, who goes to the Checklist.
	a.shell.open("checklist")
	cl := a.shell.current.(*Checklist)
	eventually(t, "both are listed", func() bool { return len(cl.people.All) == 2 })
	cl.people.Pick(alex.Profile)
	drainUI()
	if cl.person != nil || cl.sheet != nil {
		t.Fatal("after comparing together, Alex's list opened in the Checklist without her PIN")
	}
	if topOverlay(a) == nil {
		t.Fatal("the Checklist did not ask for Alex's PIN")
	}
}
