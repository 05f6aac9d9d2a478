package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit/kittest"
)

func TestUnlockWithPassphraseSaysWhyItIsGrey(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, true, "correct horse battery")
	a.closeVault()
	u := newTestApp(t, home, kr).unlock
	if !u.openPass.Disabled() || !u.passWhy.Visible() || !strings.Contains(u.passWhy.Text, "passphrase") {
		t.Fatalf("empty field: Unlock with passphrase grey %v, the line says %q", u.openPass.Disabled(), u.passWhy.Text)
	}
	test.Type(u.pass, "c")
	if u.openPass.Disabled() || u.passWhy.Visible() {
		t.Errorf("typed: Unlock with passphrase grey %v, the line still says %q", u.openPass.Disabled(), u.passWhy.Text)
	}
}

func TestEscapeClosesADialogWithoutFields(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	ov := a.win.Canvas().Overlays()

	// (The checklist's summary and its Add a person: ui/checklist.)
	// A confirmation: Escape answers No, as its dismiss button does.
	answered := ""
	dialog.ShowConfirm("Sure?", "Really?", func(ok bool) { answered = map[bool]string{true: "yes", false: "no"}[ok] }, a.win)
	pressEscape(a)
	if ov.Top() != nil || answered != "no" {
		t.Fatalf("Escape on a confirmation: still open %v, answered %q", ov.Top() != nil, answered)
	}

	// Parley's own buttons in a dialog without Fyne's: the recovery code
	// shown again closes with its Close.
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	a.win.Canvas().Unfocus()
	pressEscape(a)
	if ov.Top() != nil {
		t.Fatal("Escape did not close the recovery code shown again")
	}
}

// Escape in the features' own dialogs is checked in their packages (ui/checklist,
// ui/quiz, ui/negotiate's TestEscapeLeavesAddFromParleysList).

// The wheel over the features' fields (Compare's paste fields, the checklist's
// note, the quiz's code field) is checked in their packages.

func TestTheWindowOpensAtASizeASmallScreenHolds(t *testing.T) {
	a := Create(test.NewTempApp(t), Options{Home: t.TempDir(), Keyring: newMemKeyring(), Catalog: testCatalog(t), Do: kittest.NewQueue().Do})
	t.Cleanup(a.closeVault)
	if got := a.win.Canvas().Size(); got.Width > 800 || got.Height > 600 {
		t.Errorf("the window opens at %v, larger than an 800×600 screen", got)
	}
}
