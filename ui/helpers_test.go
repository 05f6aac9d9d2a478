package ui

import (
	"errors"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// memKeyring is an in-memory keyring that works, as a healthy OS keyring does.
type memKeyring struct {
	mu   sync.Mutex
	keys map[string]string
}

func newMemKeyring() *memKeyring { return &memKeyring{keys: map[string]string{}} }

func (k *memKeyring) Get(service, account string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	s, ok := k.keys[service+"/"+account]
	if !ok {
		return "", persistence.ErrKeyNotFound
	}
	return s, nil
}

func (k *memKeyring) Set(service, account, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.keys[service+"/"+account] = secret
	return nil
}

func (k *memKeyring) Delete(service, account string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.keys, service+"/"+account)
	return nil
}

func (k *memKeyring) count() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.keys)
}

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

// newTestApp starts Parley on Fyne's test driver with a data folder.
func newTestApp(t *testing.T, home string, kr persistence.Keyring) *App {
	t.Helper()
	forgetUI()
	fa := test.NewTempApp(t)
	a := Create(fa, Options{Home: home, Keyring: kr, Catalog: testCatalog(t)})
	a.win.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(func() { a.closeVault() })
	return a
}

// uiQueue holds what background work hands back to the screens. In the
// app, fyne.Do runs it on the UI goroutine; Fyne's test driver would run it
// at once on the background goroutine, racing the test. So the tests queue
// it and run it on the test goroutine, in drainUI.
var uiQueue = make(chan func(), 4096)

func init() { onUI = func(f func()) { uiQueue <- f } }

// drainUI runs every queued hand-back, in order, on the calling goroutine.
func drainUI() {
	for {
		select {
		case f := <-uiQueue:
			f()
		default:
			return
		}
	}
}

// forgetUI drops hand-backs left over from an earlier test's app.
func forgetUI() {
	for {
		select {
		case <-uiQueue:
		default:
			return
		}
	}
}

// eventually waits for background work (disk, keyring) to land on screen.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second) // generous: CI machines are shared and noisy
	for time.Now().Before(deadline) {
		drainUI()
		if ok() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out waiting until %s", what)
}

func tap(b *widget.Button) { test.Tap(b) }

// setUp runs the first-run flow to the end and returns the open app.
func setUp(t *testing.T, home string, kr persistence.Keyring, ask bool, pass string) *App {
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
	eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
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
func pressShortcut(t *testing.T, a *App, key fyne.KeyName) {
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
func revealRecoveryCode(t *testing.T, a *App, pass string) {
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
	eventually(t, "the recovery code is shown", func() bool { return top() != nil && buttonIn(top(), "Copy") != nil })
}

// sealWith seals (or, with "", opens) the person's list as its owner
// would, without the dialog: a test's shortcut to a protected list. The
// person bar then shows the person again, as after the dialog.
func sealWith(t *testing.T, a *App, pp *kit.People, person *persistence.Person, pin string) {
	t.Helper()
	v := a.Vault()
	a.saves.Save(func() error {
		err := v.SealPerson(person, pin)
		onUI(func() {
			if !a.stillOpen(v) || !pp.Live() {
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
}

// setUpAt runs the first run (keyring mode, no passphrase) on a clock the
// test moves by changing *now.
func setUpAt(t *testing.T, now *time.Time) *App {
	t.Helper()
	fa := test.NewTempApp(t)
	forgetUI()
	a := Create(fa, Options{Home: t.TempDir(), Keyring: newMemKeyring(), Catalog: testCatalog(t), Now: func() time.Time { return *now }})
	a.win.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(a.closeVault)
	w := a.welcome
	tap(w.start)
	tap(w.create)
	eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
	test.Tap(w.recovery.kept)
	tap(w.recovery.done)
	return a
}
