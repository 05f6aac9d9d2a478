package ui

import (
	"runtime/debug"
	"time"
)

// Start-up leaves garbage behind: reading the fonts, the messages and the
// catalog, opening the vault and building the first screen allocate about
// 37 MB, of which about 21 MB stay live (docs/performance.md, "Third
// round"). Go collects the rest only when the heap has grown again, and
// hands freed memory back to the system only slowly, so an idle Parley
// would go on holding it. Once per run, when the first screen of an open
// vault has been shown and Parley has then been left alone for
// settleAfter, releaseStartMemory collects and returns it
// (debug.FreeOSMemory: a garbage collection, then the free pages back to
// the system).
//
// Decisions:
//   - Once per process, at the first opening (Home after the unlock, or
//     after the welcome on a first run: that one also leaves the
//     passphrase meter's lists behind). A later unlock does not repeat it:
//     Go's own pace is right for an app in use, and a collection forced at
//     every unlock would only cost time.
//   - Off the UI goroutine, so no frame waits for it; the collection runs
//     beside the app (it takes a few milliseconds of one core).
//   - "Left alone": no key, tap or edit (App.touch) during settleAfter; if
//     the person was busy, it waits another settleAfter, and so on.
//   - "Shown": Fyne 2.8.1 says nothing when a frame has been drawn. The
//     window draws at most 1/60 s after the screen is set, and the check
//     itself runs as a hand-back on the UI goroutine, so a second later the
//     first screen has been drawn (its fonts loaded, its text measured)
//     many times over.
//   - No GOGC or memory limit: those would make every later collection
//     more frequent; this is one collection, once.
const settleAfter = time.Second

// startMemory is what releaseStartMemory needs: the timer and the release
// itself, which tests replace to step and count them.
type startMemory struct {
	scheduled bool                        // the release has been arranged once
	after     func(time.Duration, func()) // a timer (time.AfterFunc)
	release   func()                      // debug.FreeOSMemory
}

func newStartMemory() startMemory {
	return startMemory{
		after:   func(d time.Duration, f func()) { time.AfterFunc(d, f) },
		release: debug.FreeOSMemory,
	}
}

// releaseStartMemory runs on the UI goroutine when a vault has been opened
// and its screens are shown; only the first call in a run arranges the
// release.
func (a *App) releaseStartMemory() {
	if a.startMem.scheduled {
		return
	}
	a.startMem.scheduled = true
	a.releaseWhenQuiet(a.lastTouch())
}

// releaseWhenQuiet checks, settleAfter from now and on the UI goroutine,
// whether anything was touched since `since`; if not, it releases the
// memory in the background, otherwise it waits again.
func (a *App) releaseWhenQuiet(since time.Time) {
	a.startMem.after(settleAfter, func() {
		a.env.Do(func() {
			if last := a.lastTouch(); last.After(since) {
				a.releaseWhenQuiet(last)
				return
			}
			go a.startMem.release()
		})
	})
}

// lastTouch is when the person last pressed a key or changed something.
func (a *App) lastTouch() time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.lastUsed
}
