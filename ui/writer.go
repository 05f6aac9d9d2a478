package ui

import "sync"

// writer runs saves one after another, off the UI goroutine, in the order
// they were asked for. A failed save reports through its own callback on the
// UI goroutine; what the person typed stays on screen, so nothing is lost.
type writer struct {
	pending sync.WaitGroup
	jobs    chan func()
}

func newWriter() *writer {
	w := &writer{jobs: make(chan func(), 256)}
	go func() {
		for job := range w.jobs {
			job()
			w.pending.Done()
		}
	}()
	return w
}

// save queues work; failed (if not nil) is told about an error.
func (w *writer) save(work func() error, failed func(error)) {
	w.pending.Add(1)
	w.jobs <- func() {
		if err := work(); err != nil && failed != nil {
			onUI(func() { failed(err) })
		}
	}
}

// wait blocks until every queued save has run.
func (w *writer) wait() { w.pending.Wait() }
