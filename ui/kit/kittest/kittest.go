// Package kittest is the one test harness of Parley's screens, on Fyne's
// test driver (no display, no build tag):
//
//   - Env, a kit.Env for one test. Its Do queues what background work hands
//     back (a Queue), and Drain and Eventually run the queue on the test's
//     own goroutine, as fyne.Do runs it on the UI goroutine in the app: no
//     screen is touched from two goroutines, and each test has its own
//     queue. Navigate records where a screen asked to go. The shell's tests
//     give their App a Queue of its own through ui.Options.Do.
//   - Vaulted and Section: a fresh vault the test can lock and open again,
//     and a feature's section on screen over it, as the shell shows it.
//   - Clock, a test clock the app's own goroutines may read (it locks), and
//     MemKeyring, a working keyring in memory.
//   - What tests look for on screen: Walk, Texts, ShownText, ButtonIn,
//     EntriesIn, TapText; Unnamed and UnnamedUnder (the accessibility walk,
//     with FyneGap and Unexplained for Fyne 2.8's own unnamed widgets);
//     CutText and SmallWindowProblems (the small-window check).
//
// Why the tests do not run in parallel although nothing here is shared:
// docs/architecture.md, "How the tests run" (Fyne 2.8.1's text shaper and
// current app are process-wide).
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
	queue *Queue
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
	e := &Env{queue: NewQueue()}
	e.saver = kit.NewSaver(e.queue.Do)
	win := fa.NewWindow("Parley")
	win.Resize(fyne.NewSize(1100, 800))
	e.Env = kit.Env{
		Vault:    func() *persistence.Vault { return v },
		Window:   win,
		Catalog:  cat,
		Lang:     english(t),
		Now:      time.Now,
		Do:       e.queue.Do,
		Save:     e.saver.Save,
		Navigate: func(to kit.Target) { e.Went = append(e.Went, to) },
		Reopen:   func() { e.Reopened++ },
		Touch:    func() {},
	}
	t.Cleanup(e.saver.Wait)
	return e
}

// Drain runs every queued hand-back, in order, on the calling goroutine.
func (e *Env) Drain() { e.queue.Drain() }

// Eventually waits for background work (disk, keyring) to land on screen.
func (e *Env) Eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	e.queue.Eventually(t, what, ok)
}

// Queue is one test's UI goroutine: Do queues what background work hands
// back (it is what fyne.Do is in the app), and Drain runs the queue on the
// calling goroutine, the test's own. Each Env and each test App has its own.
type Queue struct{ ch chan func() }

// NewQueue makes an empty queue.
func NewQueue() *Queue { return &Queue{ch: make(chan func(), 4096)} }

// Do queues f for the next Drain.
func (q *Queue) Do(f func()) { q.ch <- f }

// Drain runs every queued hand-back, in order, on the calling goroutine.
func (q *Queue) Drain() {
	for {
		select {
		case f := <-q.ch:
			f()
		default:
			return
		}
	}
}

// Eventually waits for background work (disk, keyring) to land on screen,
// draining the queue while it waits.
func (q *Queue) Eventually(t testing.TB, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second) // generous: shared machines are noisy
	for time.Now().Before(deadline) {
		q.Drain()
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
