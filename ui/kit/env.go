package kit

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/persistence"
)

// Env is everything a screen may use from the app around it. The shell
// builds one per window and hands it to each screen's constructor; a screen
// keeps no pointer to the shell, so a feature package needs nothing but kit.
type Env struct {
	// Vault is the open vault, or nil once Parley has locked: background
	// work checks it again before touching a screen (see StillOpen).
	Vault func() *persistence.Vault
	// Window is Parley's only window (dialogs, clipboard, canvas).
	Window fyne.Window
	// Catalog is the activity catalogue of this build, its texts in Lang
	// (the IDs, and so every answer and comparison, are the same in every
	// language).
	Catalog *catalog.Catalog
	// Lang is the person's language: it renders the domain's messages
	// (review findings, the document outline, printed pages), the guide and
	// the personality test. Never nil (British English when nothing else
	// was chosen).
	Lang *i18n.Language
	// Now is the app's clock (tests pass fixed ones).
	Now func() time.Time
	// Do hands a function to the UI goroutine: fyne.Do in the app, a queue
	// the test drains on its own goroutine in the headless tests.
	Do func(func())
	// Save queues a save on the background saver (one after another, in
	// order); failed, if not nil, hears of an error on the UI goroutine.
	Save func(work func() error, failed func(error))
	// Navigate goes somewhere: a section, or a place inside one.
	Navigate func(Target)
	// Reopen builds the current section afresh, as the sidebar would
	// (the person bar's "Someone else" goes back to the chooser this way).
	Reopen func()
	// Touch records that the person is using Parley (the idle lock).
	Touch func()
}

// StillOpen reports whether v is still the open vault: work that finishes
// after a lock must not touch the screens any more.
func (e Env) StillOpen(v *persistence.Vault) bool { return v != nil && e.Vault() == v }

// Background runs work off the UI goroutine and hands its result to done on
// the UI goroutine, through env.Do.
func Background[T any](env Env, work func() (T, error), done func(T, error)) {
	go func() {
		v, err := work()
		env.Do(func() { done(v, err) })
	}()
}

// Saver runs saves one after another, off the UI goroutine, in the order
// they were asked for. A failed save reports through its own callback on the
// UI goroutine; what the person typed stays on screen, so nothing is lost.
type Saver struct {
	do      func(func())
	pending sync.WaitGroup
	jobs    chan func()
}

// NewSaver starts a saver whose failures come back through do.
func NewSaver(do func(func())) *Saver {
	w := &Saver{do: do, jobs: make(chan func(), 256)}
	go func() {
		for job := range w.jobs {
			job()
			w.pending.Done()
		}
	}()
	return w
}

// Save queues work; failed (if not nil) is told about an error.
func (w *Saver) Save(work func() error, failed func(error)) {
	w.pending.Add(1)
	w.jobs <- func() {
		if err := work(); err != nil && failed != nil {
			w.do(func() { failed(err) })
		}
	}
}

// Wait blocks until every queued save has run.
func (w *Saver) Wait() { w.pending.Wait() }
