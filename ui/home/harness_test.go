package home

import (
	"testing"
	"time"

	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// testApp is a vault and an Env over it, with the section on screen: the
// tests drive home as the shell would (build it, leave it, lock).
type testApp struct {
	*kittest.Vaulted
	screen kit.Screen
}

// cur is the test's Env, for eventually and drainUI (the tests never run in
// parallel: Fyne 2.8.1's text shaper does not allow it).
var cur *testApp

// setUp opens a fresh vault. The arguments are the old shell tests' (a data
// folder, a keyring, the mode and a passphrase); the vault is always a fresh
// keyring one in a temp dir.
// setUpAt opens a fresh vault on the clock now.
func setUpAt(t *testing.T, now func() time.Time) *testApp {
	t.Helper()
	cur = &testApp{Vaulted: kittest.NewVaulted(t, now)}
	return cur
}

// Lock leaves the section on screen, as the shell's lock does, then closes
// the vault.
func (a *testApp) Lock() {
	if a.screen != nil {
		a.screen.Leave()
		a.screen = nil
	}
	a.Vaulted.Lock()
}

// reopen unlocks the same vault again.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	cur.Eventually(t, what, ok)
}

// clockedApp is a fresh vault on a clock the test controls (first set to
// a few days before the scene).
func clockedApp(t *testing.T) (*testApp, *kittest.Clock) {
	t.Helper()
	c := kittest.NewClock(sceneAt.Add(-5 * 24 * time.Hour))
	return setUpAt(t, c.Now), c
}

// show puts s on screen as the shell's section, leaving the one before.
func (a *testApp) show(s kit.Screen) {
	if a.screen != nil {
		a.screen.Leave()
	}
	a.screen = s
	a.Window.SetContent(s.View())
}

var (
	sceneAt   = kittest.SceneAt
	coupleDoc = kittest.CoupleDoc
	agreed    = kittest.Agreed
	shownText = kittest.ShownText
)

// openHome opens Home afresh, as the sidebar does, and returns it.
func openHome(t *testing.T, a *testApp) *Home {
	t.Helper()
	h := newHome(a.Env.Env)
	a.show(h)
	return h
}
