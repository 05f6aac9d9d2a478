package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"
)

// keys is a person at the keyboard alone, as Fyne's desktop driver routes
// their keys: Tab and Shift+Tab move the focus, Space goes to the focused
// widget as a character and a key (a Button presses on the key, a Check or
// radio item on the character), other keys to the focused widget, and with
// nothing focused to the window's own handler (Escape for dialogs).
type keys struct {
	t *testing.T
	a *testApp
}

func (k keys) canvas() fyne.Canvas { return k.a.win.Canvas() }

func (k keys) tab(n int) {
	for range n {
		k.canvas().FocusNext()
	}
}

// press sends a key to the focused widget (or the window).
func (k keys) press(name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := k.canvas().Focused(); f != nil {
		if name == fyne.KeySpace {
			f.TypedRune(' ')
		}
		f.TypedKey(ev)
		return
	}
	if h := k.canvas().OnTypedKey(); h != nil {
		h(ev)
	}
}

func (k keys) typeText(s string) {
	f := k.canvas().Focused()
	if f == nil {
		k.t.Fatalf("typing %q with nothing focused", s)
	}
	for _, r := range s {
		f.TypedRune(r)
	}
}

// tabTo presses Tab until the focused widget is the one wanted; it fails
// when a full round of the window's controls never reaches it.
func (k keys) tabTo(what string, is func(fyne.Focusable) bool) {
	k.t.Helper()
	for range 60 {
		k.canvas().FocusNext()
		if f := k.canvas().Focused(); f != nil && is(f) {
			return
		}
	}
	k.t.Fatalf("Tab never reaches %s", what)
}

func button(text string) func(fyne.Focusable) bool {
	return func(f fyne.Focusable) bool {
		b, ok := f.(*widget.Button)
		if e, isEsc := f.(*escButton); isEsc {
			b, ok = &e.Button, true
		}
		if d, isDialog := f.(*kit.DialogButton); isDialog {
			b, ok = &d.Button, true
		}
		if n, isNamed := f.(*kit.NamedButton); isNamed {
			b, ok = &n.Button, true
		}
		return ok && b.Text == text
	}
}

func is(o fyne.Focusable) func(fyne.Focusable) bool {
	return func(f fyne.Focusable) bool { return f == o }
}

// getStartedByKeys starts Parley on an empty folder and presses "Get
// started" from the keyboard: the first run's setup is open.
func getStartedByKeys(t *testing.T) (*testApp, keys) {
	t.Helper()
	a := newTestApp(t, t.TempDir(), newMemKeyring())
	k := keys{t, a}
	k.tabTo("Get started", button("Get started"))
	k.press(fyne.KeySpace)
	return a, k
}

// keepTheRecoveryCode waits for the first run's recovery code, ticks "I
// have kept it safe" and presses Continue, all from the keyboard: the shell
// is open after it.
func (k keys) keepTheRecoveryCode() {
	k.t.Helper()
	w := k.a.welcome
	k.a.eventually(k.t, "the recovery code is shown", func() bool { return w.recovery != nil })
	k.tabTo("I have kept it safe", func(f fyne.Focusable) bool { return f == fyne.Focusable(w.recovery.kept) })
	k.press(fyne.KeySpace)
	k.tabTo("the recovery page's Continue", is(w.recovery.done))
	k.press(fyne.KeySpace)
	if k.a.shell == nil {
		k.t.Fatal("the keyboard did not get through the first run")
	}
}

// The shell's part of the first couple's flow without a pointer: first run
// (choose "always ask", a passphrase twice, create, keep the recovery code),
// then lock with Ctrl+L and unlock by
// typing the passphrase and Enter, and a field-less dialog closed with
// Escape.
func TestTheShellWorksFromTheKeyboardAlone(t *testing.T) {
	a, k := getStartedByKeys(t)
	w := a.welcome
	if w.mode == nil {
		t.Fatal("Space on Get started did not open the setup")
	}
	// "Always ask for my passphrase" is the second radio item.
	k.tab(1)
	k.tab(1)
	k.press(fyne.KeySpace)
	if w.mode.Selected != modeAsk() {
		t.Fatalf("Tab, Tab, Space chose %q, want always ask", w.mode.Selected)
	}
	k.tabTo("the passphrase field", is(w.pass))
	k.typeText("correct horse battery staple")
	k.tabTo("the second passphrase field", is(w.confirm))
	k.typeText("correct horse battery staple")
	k.press(fyne.KeyReturn)
	k.keepTheRecoveryCode()

	pressShortcut(t, a, fyne.KeyL) // Ctrl+L
	if a.unlock == nil {
		t.Fatal("Ctrl+L did not lock")
	}
	if f := k.canvas().Focused(); f != fyne.Focusable(a.unlock.pass) {
		t.Fatalf("after a lock the keyboard is on %T, want the passphrase field", f)
	}
	k.typeText("correct horse battery staple")
	k.press(fyne.KeyReturn)
	a.eventually(t, "Parley opens again", func() bool { return a.shell != nil })

	// A dialog without fields closes with Escape, nothing focused.
	a.shell.open("settings")
	st := a.shell.current.(*Settings)
	st.tell("Saved.")
	k.canvas().Unfocus()
	k.press(fyne.KeyEscape)
	if top := topOverlay(a); top != nil {
		t.Errorf("Escape left the message open: %s", fmt.Sprint(shownTexts(top)))
	}
}
