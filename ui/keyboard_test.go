package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

// The person at the same keyboard: a partner who sits down at Parley while
// it is open (by design, after "Together on this computer").

const alexSecret = "copper kettle at dusk"

// topOverlay is the dialog or pop-up on top, or nil.
func topOverlay(a *testApp) fyne.CanvasObject { return a.win.Canvas().Overlays().Top() }

// entriesIn lists the entries inside o, in order.
func entriesIn(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	kittest.Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
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
func buttonIn(o fyne.CanvasObject, s string) *widget.Button { return kittest.ButtonIn(o, s) }

func TestLockClosesTheRecoveryCodeAndItsButtonsDoNothing(t *testing.T) {
	for _, how := range []string{"Ctrl+L", "idle"} {
		t.Run(how, func(t *testing.T) {
			a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
			code := string(a.Vault().RecoveryCode())
			a.shell.open("settings")
			s := a.shell.current.(*Settings)
			tap(s.showCode)
			revealRecoveryCode(t, a, "")
			copyBtn := kittest.DialogButton(t, a.win, "Copy")

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
	tap(kittest.DialogButton(t, a.win, "Copy"))
	if a.fyne.Clipboard().Content() == "" {
		t.Fatal("Copy did not copy")
	}
	a.Lock()
	if got := a.fyne.Clipboard().Content(); got != "" {
		t.Fatalf("after the lock the clipboard still holds %q", got)
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
	openChecklist(t, a, "Sam")
	search := firstEntry(t, a)
	a.win.Canvas().Focus(search)
	test.Type(search, "rope")
	pressShortcut(t, a, fyne.KeyH)
	if a.cover == nil {
		t.Fatal("Ctrl+H did nothing while the search field had focus")
	}
	a.unhide()
	a.win.Canvas().Focus(search)
	pressShortcut(t, a, fyne.KeyL)
	if a.Vault() != nil {
		t.Fatal("Ctrl+L did nothing while the search field had focus")
	}
	if !a.menu.lock.Disabled {
		t.Error("the menu offers to lock Parley while it is locked")
	}
	tap(a.unlock.keyring)
	a.eventually(t, "unlock reopens", func() bool { return a.shell != nil })
	if a.menu.lock.Disabled {
		t.Error("the menu does not offer to lock Parley once it is open")
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
	a.eventually(t, "a wrong passphrase is refused", func() bool {
		return contains(shownTexts(topOverlay(a)), "not this vault's passphrase")
	})
	if buttonIn(topOverlay(a), "Copy") != nil {
		t.Fatal("a wrong passphrase showed the code")
	}
	entriesIn(topOverlay(a))[0].SetText("my long passphrase")
	tapText(t, a, "Show the code")
	a.eventually(t, "the passphrase shows the code", func() bool { return buttonIn(topOverlay(a), "Copy") != nil })
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
	clock := kittest.NewClock(time.Date(2026, 12, 1, 21, 0, 0, 0, time.UTC))
	a := setUpAt(t, clock)
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	copyBtn := kittest.DialogButton(t, a.win, "Copy")
	code := string(a.Vault().RecoveryCode())

	tap(copyBtn)
	clock.Add(29 * time.Second)
	a.expireClipboard()
	if a.fyne.Clipboard().Content() != code {
		t.Fatal("the code left the clipboard before 30 seconds")
	}
	clock.Add(time.Second)
	a.expireClipboard()
	if got := a.fyne.Clipboard().Content(); got != "" {
		t.Fatalf("after 30 seconds the clipboard still holds %q", got)
	}

	// Something the person copied since is theirs: Parley leaves it.
	tap(copyBtn)
	a.fyne.Clipboard().SetContent("a shopping list")
	clock.Add(time.Minute)
	a.expireClipboard()
	a.Lock()
	if got := a.fyne.Clipboard().Content(); got != "a shopping list" {
		t.Fatalf("Parley cleared what the person copied themselves: %q", got)
	}
}

// shownTexts is every text drawn under o, problems included.
func shownTexts(o fyne.CanvasObject) []string {
	out := texts(o)
	kittest.Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if p, ok := o.(*problem); ok && p.Visible() {
			out = append(out, p.Text)
		}
	})
	return out
}

func TestAfterComparingTogetherThePartnerCannotOpenTheProtectedList(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Sam", samsAnswers)
	alex := addPerson(t, a, "Alex", alexsAnswers)
	if err := a.Vault().SealPerson(alex, alexSecret); err != nil {
		t.Fatal(err)
	}
	compareTogether(t, a, "Sam", "Alex", alexSecret)

	// Alex hands the keyboard back to Sam, who goes to the Checklist.
	pickInChecklist(t, a, "Alex")
	if checklistOpenFor(a, "Alex") {
		t.Fatal("after comparing together, Alex's list opened in the Checklist without her PIN")
	}
	if topOverlay(a) == nil {
		t.Fatal("the Checklist did not ask for Alex's PIN")
	}
}
