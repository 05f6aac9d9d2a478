package checklist

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// testPass is the passphrase of every test vault.
const testPass = "tulip river candle orbit"

// fixture is one test's vault (a real SQLCipher file in a temp dir) and
// the test Env the screens are built on.
type fixture struct {
	store persistence.Store
	v     *persistence.Vault
	env   *kittest.Env
	cur   *Checklist // the screen on the window, as the shell's current
}

// newFixture creates a vault and an Env on it.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{store: persistence.Store{Home: filepath.Join(t.TempDir(), "parley"), Now: time.Now}}
	v, _, err := f.store.Create(persistence.ModeAsk, testPass)
	if err != nil {
		t.Fatal(err)
	}
	f.v = v
	f.env = kittest.New(t, v)
	f.env.Vault = func() *persistence.Vault { return f.v }
	f.env.Reopen = func() { f.screen() } // "Someone else", as the shell does it
	t.Cleanup(func() {
		if f.v != nil {
			f.v.Close()
		}
	})
	return f
}

// restart waits for the saves, closes the vault and opens it again, as
// quitting Parley and starting it would.
func (f *fixture) restart(t *testing.T) {
	t.Helper()
	f.wait()
	if err := f.v.Close(); err != nil {
		t.Fatal(err)
	}
	f.v = nil
	v, err := f.store.OpenWithPassphrase(testPass)
	if err != nil {
		t.Fatal(err)
	}
	f.v = v
}

// wait lets every queued save finish.
func (f *fixture) wait() {
	f.env.Drain()
	f.env.Save(func() error { return nil }, nil)
	waitSaves(f.env)
}

// waitSaves blocks until the saver has run everything queued before it.
func waitSaves(env *kittest.Env) {
	done := make(chan struct{})
	env.Save(func() error { close(done); return nil }, nil)
	<-done
}

// screen builds a fresh Checklist screen, on the person chooser.
func (f *fixture) screen() *Checklist {
	c := New(f.env.Env).(*Checklist)
	f.env.Window.SetContent(c.View())
	f.cur = c
	return c
}

// sealWith sets (or, with "", removes) a person's PIN as the person bar's
// dialog does: in the save queue, after every save already asked for, and
// back on the UI goroutine (the test's) before it returns. Only then may
// the test read person: until the seal's hand-back, the saver goroutine is
// rewriting it.
func sealWith(t *testing.T, env *kittest.Env, pp *kit.People, person *persistence.Person, pin string) {
	t.Helper()
	v := env.Vault()
	done := false
	env.Save(func() error {
		err := v.SealPerson(person, pin)
		env.Do(func() {
			done = true
			if !env.StillOpen(v) || !pp.Live() {
				return
			}
			if err != nil {
				t.Errorf("sealing %s's list: %v", person.Name, err)
				return
			}
			pp.Show(person)
		})
		return nil
	}, nil)
	env.Eventually(t, person.Name+"'s PIN is saved", func() bool { return done })
}

// topOverlay is the dialog or pop-up on top, or nil.
func topOverlay(f *fixture) fyne.CanvasObject { return f.env.Window.Canvas().Overlays().Top() }

// walk visits o and everything inside it, with the chain of parents.
func walk(o fyne.CanvasObject, parents []fyne.CanvasObject, visit func(fyne.CanvasObject, []fyne.CanvasObject)) {
	kittest.Walk(o, parents, visit)
}

// texts collects the text of every label, button and entry under o.
func texts(o fyne.CanvasObject) []string { return kittest.Texts(o) }

func hasText(texts []string, part string) bool { return kittest.Contains(texts, part) }

// entriesIn lists the entries inside o, in order.
func entriesIn(o fyne.CanvasObject) []*widget.Entry { return kittest.EntriesIn(o) }

// tapText taps the nearest tappable holding a text that contains s, in
// the topmost overlay (a dialog or a menu) or the window.
func tapText(t *testing.T, f *fixture, s string) {
	t.Helper()
	kittest.TapText(t, f.env.Window, s)
}

// lock does what the shell's Lock does to a screen: closes every dialog,
// leaves the screen and closes the vault (Env.Vault is nil from then on).
func (f *fixture) lock(t *testing.T) {
	t.Helper()
	f.closeOverlays()
	if f.cur != nil {
		f.cur.Leave()
	}
	f.restartClosed(t)
	f.closeOverlays()
}

// restartClosed waits for the saves and closes the vault.
func (f *fixture) restartClosed(t *testing.T) {
	t.Helper()
	f.wait()
	if err := f.v.Close(); err != nil {
		t.Fatal(err)
	}
	f.v = nil
}

// unlock opens the vault again, as the unlock screen does.
func (f *fixture) unlock(t *testing.T) {
	t.Helper()
	v, err := f.store.OpenWithPassphrase(testPass)
	if err != nil {
		t.Fatal(err)
	}
	f.v = v
}

// closeOverlays closes every dialog, as the shell does at lock.
func (f *fixture) closeOverlays() {
	c := f.env.Window.Canvas()
	ov := c.Overlays()
	for top := ov.Top(); top != nil; top = ov.Top() {
		top.Hide()
		if ov.Top() == top {
			ov.Remove(top)
		}
	}
	c.Unfocus()
}

func tap(b *widget.Button) { test.Tap(b) }

func contains(all []string, s string) bool { return kittest.Contains(all, s) }

// buttonIn is the button inside o whose text contains s, or nil.
func buttonIn(o fyne.CanvasObject, s string) *widget.Button { return kittest.ButtonIn(o, s) }

// saysIn reports whether a visible label under o contains s.
func saysIn(o fyne.CanvasObject, s string) bool {
	found := false
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, s) {
			found = true
		}
	})
	return found
}

// pressEscape is Escape as the window delivers it: to the focused widget,
// or to the shell's key handler (kit.EscapeTopDialog) when none has focus.
func pressEscape(f *fixture) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if w := f.env.Window.Canvas().Focused(); w != nil {
		w.TypedKey(ev)
		return
	}
	kit.EscapeTopDialog(f.env.Window.Canvas())
}
