package ui

import (
	"testing"
	"time"

	"parleyapp.org/parley/ui/kit/kittest"
)

// clockedApp is Parley, set up and open, on a clock the test moves
// (kittest.Clock, safe to read from the debrief watcher's goroutine), first
// set to a few days before the scene of kittest.CoupleDoc.
func clockedApp(t *testing.T) (*testApp, *kittest.Clock) {
	t.Helper()
	c := kittest.NewClock(kittest.SceneAt.Add(-5 * 24 * time.Hour))
	a := startApp(t, Options{Home: t.TempDir(), Keyring: newMemKeyring(), Now: c.Now})
	firstRunInKeyringMode(t, a)
	return a, c
}
