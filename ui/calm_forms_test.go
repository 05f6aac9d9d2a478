package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

func TestTheWelcomeSaysWhyCreateIsGrey(t *testing.T) {
	a := newTestApp(t, t.TempDir(), newMemKeyring())
	w := a.welcome
	tap(w.start)
	if w.create.Disabled() || w.why.Visible() {
		t.Fatal("with no passphrase in keyring mode, Create my vault is grey or explained")
	}
	test.Type(w.pass, "correct horse")
	if !w.create.Disabled() || !w.why.Visible() || !strings.Contains(w.why.Text, "again") {
		t.Errorf("one passphrase typed: disabled %v, the line says %q", w.create.Disabled(), w.why.Text)
	}
	test.Type(w.confirm, "correct hose")
	if !w.create.Disabled() || !w.why.Visible() || w.why.Text != "The two passphrases differ." {
		t.Errorf("two different passphrases: disabled %v, the line says %q", w.create.Disabled(), w.why.Text)
	}
	w.confirm.SetText("correct horse")
	if w.create.Disabled() || w.why.Visible() {
		t.Errorf("matching passphrases: disabled %v, the line still says %q", w.create.Disabled(), w.why.Text)
	}
	w.pass.SetText("")
	w.confirm.SetText("")
	w.mode.SetSelected(modeAsk())
	if !w.create.Disabled() || !strings.Contains(w.why.Text, "Choose a passphrase") {
		t.Errorf("always-ask mode without a passphrase: disabled %v, the line says %q", w.create.Disabled(), w.why.Text)
	}
}

func TestTheUnlockScreenPutsTheCursorInThePassphrase(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, true, "correct horse battery")
	a.closeVault()
	b := newTestApp(t, home, kr)
	if b.unlock == nil {
		t.Fatal("a second start did not show the unlock screen")
	}
	if got := b.win.Canvas().Focused(); got != b.unlock.pass {
		t.Errorf("at start-up the keyboard is in %T, not the passphrase field", got)
	}
	test.Type(b.unlock.pass, "correct horse battery")
	tap(b.unlock.openPass)
	b.eventually(t, "the vault opens", func() bool { return b.shell != nil })
	pressShortcut(t, b, fyne.KeyL)
	if b.unlock == nil || b.win.Canvas().Focused() != b.unlock.pass {
		t.Errorf("after a lock the keyboard is in %T, not the passphrase field", b.win.Canvas().Focused())
	}
}

func TestTheRecoveryCodeShownAgainClosesWithoutATick(t *testing.T) {
	// The first run: the tick first, and a line says so.
	a := newTestApp(t, t.TempDir(), newMemKeyring())
	w := a.welcome
	tap(w.start)
	tap(w.create)
	a.eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
	r := w.recovery
	if r.kept == nil || !r.done.Disabled() || !r.why.Visible() {
		t.Fatal("at first run the recovery code can be left without the tick, or without saying why not")
	}
	test.Tap(r.kept)
	if r.done.Disabled() || r.why.Visible() {
		t.Fatal("ticked, Continue is still grey")
	}
	tap(r.done)

	// Looking again in Settings: Close works at once, there is no tick.
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	top := a.win.Canvas().Overlays().Top()
	closeBtn := buttonIn(top, "Close")
	if closeBtn == nil || closeBtn.Disabled() {
		t.Fatal("the recovery code shown again has no Close, or a grey one")
	}
	kittest.Walk(top, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Visible() {
			t.Errorf("the recovery code shown again asks %q", c.Text)
		}
	})
	tap(closeBtn)
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("Close left the recovery code on screen")
	}
}

// pressEscape presses Escape as the desktop driver does: to the focused
// widget, else to the canvas.
func pressEscape(a *testApp) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := a.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	a.win.Canvas().OnTypedKey()(ev)
}

func TestEscapeLeavesADialogOnlyWhenNothingWasTyped(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.shell.open("settings")
	s := a.shell.current.(*Settings)
	ov := a.win.Canvas().Overlays()

	// Nothing typed: Escape closes it, as Cancel does.
	tap(s.passBtn)
	if _, ok := a.win.Canvas().Focused().(*dialogEntry); !ok {
		t.Fatalf("the passphrase dialog opens with the keyboard in %T", a.win.Canvas().Focused())
	}
	pressEscape(a)
	if ov.Top() != nil {
		t.Fatal("Escape in an untouched dialog did not close it")
	}

	// Something typed: Escape asks, and Keep editing is where the keyboard is.
	tap(s.passBtn)
	typedIn := a.win.Canvas().Focused().(*dialogEntry)
	test.Type(&typedIn.Entry, "correct horse")
	// Meanwhile Save is grey, and a line says why.
	save := buttonIn(ov.Top(), "Save")
	var why bool
	kittest.Walk(ov.Top(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, "again in the second field") {
			why = true
		}
	})
	if save == nil || !save.Disabled() || !why {
		t.Errorf("with one passphrase typed, Save is there %v, grey %v, explained %v", save != nil, save != nil && save.Disabled(), why)
	}
	pressEscape(a)
	focused, ok := a.win.Canvas().Focused().(*escButton)
	var keep *widget.Button
	if ok {
		keep = &focused.Button
	}
	if !ok || keep.Text != "Keep editing" || buttonIn(ov.Top(), "Leave without saving") == nil {
		t.Fatalf("Escape after typing did not ask first (keyboard in %T)", a.win.Canvas().Focused())
	}
	tap(keep)
	if len(ov.List()) != 1 || typedIn.Text != "correct horse" || a.win.Canvas().Focused() != typedIn {
		t.Fatal("Keep editing did not go back to the dialog as it was")
	}
	pressEscape(a)
	tap(buttonIn(ov.Top(), "Leave without saving"))
	a.drain()
	if ov.Top() != nil || a.Vault().HasPassphrase() {
		t.Errorf("Leave without saving left %d dialogs, passphrase set: %v", len(ov.List()), a.Vault().HasPassphrase())
	}
}
