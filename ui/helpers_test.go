package ui

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

func newMemKeyring() *kittest.MemKeyring { return kittest.NewMemKeyring() }

// brokenKeyring answers every call with an error, like a machine with no
// Secret Service.
type brokenKeyring struct{}

func (brokenKeyring) Get(string, string) (string, error) {
	return "", persistence.ErrKeyringUnavailable
}
func (brokenKeyring) Set(string, string, string) error { return persistence.ErrKeyringUnavailable }
func (brokenKeyring) Delete(string, string) error      { return persistence.ErrKeyringUnavailable }

var errStuck = errors.New("never answered")

// testCatalog is the shipped catalog.
func testCatalog(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// testApp is Parley on Fyne's test driver with its own UI goroutine: a
// queue of what background work hands back (Options.Do), which the test
// drains on its own goroutine, as fyne.Do runs it on the UI goroutine in
// the app. Each App has its own queue, so no two tests share one.
type testApp struct {
	*App
	ui *kittest.Queue
}

// startApp creates Parley with o (the shipped catalog when o has none) at
// the size the screens are tested at.
func startApp(t *testing.T, o Options) *testApp {
	t.Helper()
	q := kittest.NewQueue()
	o.Do = q.Do
	if o.Catalog == nil {
		o.Catalog = testCatalog(t)
	}
	a := Create(test.NewTempApp(t), o)
	a.win.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(a.closeVault)
	return &testApp{App: a, ui: q}
}

// newTestApp starts Parley on Fyne's test driver with a data folder.
func newTestApp(t *testing.T, home string, kr persistence.Keyring) *testApp {
	t.Helper()
	return startApp(t, Options{Home: home, Keyring: kr})
}

// drain runs every queued hand-back, in order, on the calling goroutine.
func (a *testApp) drain() { a.ui.Drain() }

// eventually waits for background work (disk, keyring) to land on screen.
func (a *testApp) eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	a.ui.Eventually(t, what, ok)
}

func tap(b *widget.Button) { test.Tap(b) }

// setUp runs the first-run flow to the end and returns the open app.
func setUp(t *testing.T, home string, kr persistence.Keyring, ask bool, pass string) *testApp {
	t.Helper()
	a := newTestApp(t, home, kr)
	w := a.welcome
	if w == nil {
		t.Fatal("the first run did not show the welcome")
	}
	tap(w.start)
	if ask {
		w.mode.SetSelected(modeAsk())
	}
	test.Type(w.pass, pass)
	test.Type(w.confirm, pass)
	tap(w.create)
	a.eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
	test.Tap(w.recovery.kept)
	tap(w.recovery.done)
	if a.shell == nil {
		t.Fatal("Parley did not open after setup")
	}
	return a
}

// pressShortcut presses Ctrl+key the way Fyne's desktop driver routes it
// (internal/driver/glfw/window.go, triggersShortcut, Fyne 2.7.1): a
// main-menu item with that shortcut first, then the focused widget if it
// takes shortcuts, and only then the canvas. Fyne's test driver does not
// route key presses itself, so this mirrors that order.
func pressShortcut(t *testing.T, a *testApp, key fyne.KeyName) {
	t.Helper()
	sc := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierControl}
	if m := a.win.MainMenu(); m != nil {
		for _, menu := range m.Items {
			if runMenuShortcut(menu, sc) {
				return
			}
		}
	}
	if f, ok := a.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	a.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

func runMenuShortcut(m *fyne.Menu, sc fyne.Shortcut) bool {
	for _, it := range m.Items {
		if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
			it.Action()
			return true
		}
		if it.ChildMenu != nil && runMenuShortcut(it.ChildMenu, sc) {
			return true
		}
	}
	return false
}

// revealRecoveryCode gets past whatever "Show my recovery code" asks first
// (the passphrase, or in keyring mode without one a confirmation) and waits
// until the code is on screen.
func revealRecoveryCode(t *testing.T, a *testApp, pass string) {
	t.Helper()
	top := a.win.Canvas().Overlays().Top
	if top() == nil {
		t.Fatal("Show my recovery code opened nothing")
	}
	if buttonIn(top(), "Copy") == nil {
		if es := entriesIn(top()); len(es) > 0 {
			test.Type(es[0], pass)
		}
		tapText(t, a, "Show the code")
	}
	a.eventually(t, "the recovery code is shown", func() bool { return top() != nil && buttonIn(top(), "Copy") != nil })
}

// setUpAt runs the first run (keyring mode, no passphrase) on a clock the
// test moves (kittest.Clock: the App's own goroutines read it too).
func setUpAt(t *testing.T, clock *kittest.Clock) *testApp {
	t.Helper()
	a := startApp(t, Options{Home: t.TempDir(), Keyring: newMemKeyring(), Now: clock.Now})
	firstRunInKeyringMode(t, a)
	return a
}

// firstRunInKeyringMode runs a's welcome to the end in "open automatically"
// mode, with no passphrase.
func firstRunInKeyringMode(t *testing.T, a *testApp) {
	t.Helper()
	w := a.welcome
	if w == nil {
		t.Fatal("the first run did not show the welcome")
	}
	tap(w.start)
	tap(w.create)
	a.eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
	test.Tap(w.recovery.kept)
	tap(w.recovery.done)
	if a.shell == nil {
		t.Fatal("Parley did not open after setup")
	}
}
