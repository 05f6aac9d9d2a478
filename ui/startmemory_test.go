package ui

import (
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"parleyapp.org/parley/ui/kit/kittest"
)

// stepMemory replaces a's timer and release with ones the test steps and
// counts: timers are kept, not started; each release records its stack.
type stepMemory struct {
	mu       sync.Mutex
	timers   []func()
	waits    []time.Duration
	releases []string // the stack of each release
}

func stepStartMemory(a *testApp) *stepMemory {
	s := &stepMemory{}
	a.startMem.after = func(d time.Duration, f func()) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.waits = append(s.waits, d)
		s.timers = append(s.timers, f)
	}
	a.startMem.release = func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.releases = append(s.releases, string(debug.Stack()))
	}
	return s
}

func (s *stepMemory) counts() (timers, releases int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.timers), len(s.releases)
}

// fire runs the n-th timer as its goroutine would (its hand-back is then
// queued for the UI goroutine).
func (s *stepMemory) fire(n int) {
	s.mu.Lock()
	f := s.timers[n]
	s.mu.Unlock()
	f()
}

// Start-up's garbage is handed back once: not before the vault's first
// screen is shown, not while the person is busy, off the UI goroutine, and
// never again at a later unlock.
func TestStartMemoryReleasedOnceAfterTheFirstScreen(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	first := setUp(t, home, kr, false, "")
	first.closeVault()

	clock := kittest.NewClock(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	a := startApp(t, Options{Home: home, Keyring: kr, Now: clock.Now})
	mem := stepStartMemory(a)
	if timers, releases := mem.counts(); timers != 0 || releases != 0 {
		t.Fatalf("before the vault was open: %d timers, %d releases; want none", timers, releases)
	}
	a.eventually(t, "the keyring opens the vault onto Home", func() bool { return a.shell != nil })
	if timers, releases := mem.counts(); timers != 1 || releases != 0 {
		t.Fatalf("Home shown: %d timers, %d releases; want one timer and no release yet", timers, releases)
	}
	if mem.waits[0] < settleAfter {
		t.Errorf("the first wait is %v, want at least %v", mem.waits[0], settleAfter)
	}

	// The person presses a key before the wait is over: wait again.
	clock.Add(300 * time.Millisecond)
	a.touch()
	mem.fire(0)
	a.drain()
	if timers, releases := mem.counts(); timers != 2 || releases != 0 {
		t.Fatalf("after a key press: %d timers, %d releases; want a second wait and no release", timers, releases)
	}

	// Left alone for the second wait: released, once, in the background.
	mem.fire(1)
	a.drain()
	a.eventually(t, "the memory is released", func() bool { _, r := mem.counts(); return r == 1 })
	if stack := mem.releases[0]; strings.Contains(stack, "kittest.(*Queue).Drain") {
		t.Errorf("the release ran on the UI goroutine:\n%s", stack)
	}

	// Lock and unlock: no second release is arranged.
	a.Lock()
	tap(a.unlock.keyring)
	a.eventually(t, "unlock reopens", func() bool { return a.shell != nil })
	a.drain()
	if timers, releases := mem.counts(); timers != 2 || releases != 1 {
		t.Errorf("after a second unlock: %d timers, %d releases; want still 2 and 1", timers, releases)
	}
}
