// Package kittest builds a kit.Env for a feature package's tests, on Fyne's
// test driver (no display, no build tag). Its Do queues what background
// work hands back, and Drain runs the queue on the test's own goroutine, as
// fyne.Do runs it on the UI goroutine in the app: no screen is touched from
// two goroutines, and each test has its own queue, so tests can run in
// parallel. Navigate records where a screen asked to go.
package kittest

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// Env is a kit.Env for one test, with what it recorded.
type Env struct {
	kit.Env
	queue chan func()
	saver *kit.Saver
	// Went is every target the screen navigated to, in order.
	Went []kit.Target
	// Reopened counts the times the screen asked to be built afresh.
	Reopened int
}

// New makes an Env on a fresh test app and window; v is the open vault (nil
// for a screen that needs none).
func New(t *testing.T, v *persistence.Vault) *Env {
	t.Helper()
	cat, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	fa := test.NewTempApp(t)
	e := &Env{queue: make(chan func(), 4096)}
	e.saver = kit.NewSaver(e.do)
	win := fa.NewWindow("Parley")
	win.Resize(fyne.NewSize(1100, 800))
	e.Env = kit.Env{
		Vault:    func() *persistence.Vault { return v },
		Window:   win,
		Catalog:  cat,
		Lang:     english(t),
		Now:      time.Now,
		Do:       e.do,
		Save:     e.saver.Save,
		Navigate: func(to kit.Target) { e.Went = append(e.Went, to) },
		Reopen:   func() { e.Reopened++ },
		Touch:    func() {},
	}
	t.Cleanup(e.saver.Wait)
	return e
}

func (e *Env) do(f func()) { e.queue <- f }

// Drain runs every queued hand-back, in order, on the calling goroutine.
func (e *Env) Drain() {
	for {
		select {
		case f := <-e.queue:
			f()
		default:
			return
		}
	}
}

// Eventually waits for background work (disk, keyring) to land on screen.
func (e *Env) Eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second) // generous: shared machines are noisy
	for time.Now().Before(deadline) {
		e.Drain()
		if ok() {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("timed out waiting until %s", what)
}

// english is the British English Language every test Env starts with
// (a test may set Env.Lang to another, or to the pseudo-language).
func english(t *testing.T) *i18n.Language {
	t.Helper()
	l, err := i18n.Load("en")
	if err != nil {
		t.Fatal(err)
	}
	return l
}
