package history

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// testApp is a vault and an Env over it, with the section on screen: the
// tests drive history as the shell would (build it, leave it, lock).
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
func setUp(t *testing.T, _ string, _ any, _ bool, _ string) *testApp {
	t.Helper()
	return setUpAt(t, nil)
}

// setUpAt opens a fresh vault on the clock now.
func setUpAt(t *testing.T, now func() time.Time) *testApp {
	t.Helper()
	cur = &testApp{Vaulted: kittest.NewVaulted(t, now)}
	return cur
}

func newMemKeyring() any { return nil }

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

func drainUI() { cur.Drain() }

func tap(b *widget.Button) { test.Tap(b) }

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

// openHistory opens the History section afresh, as the sidebar does, and
// returns it.
func openHistory(t *testing.T, a *testApp) *History {
	t.Helper()
	h := newHistory(a.Env.Env)
	a.show(h)
	return h
}

// addPerson adds a person with these answers to the vault and returns
// their open list.
func addPerson(t *testing.T, a *testApp, name string, answers map[checklist.Key]checklist.Answer) *persistence.Person {
	t.Helper()
	v := a.Vault()
	prof, err := v.AddProfile(persistence.Profile{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	p, err := v.OpenPerson(prof.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	sheet := checklist.NewSheet()
	for k, ans := range answers {
		change, _ := sheet.SetAnswer(k, ans, time.Now())
		if err := v.SaveAnswer(p, k, sheet.Get(k), &change); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

func hasText(texts []string, part string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, part) })
}

// overlayText is what the dialog on top of the window says (Fyne 2.8 wraps
// a dialog in an overlay container, reached through its renderer).
// saysIn reports whether a visible label under o says s.
func saysIn(o fyne.CanvasObject, s string) bool {
	return slices.ContainsFunc(shownText(o), func(x string) bool { return strings.Contains(x, s) })
}

// answers Alex and Sam gave in their checklists.
var (
	samsAnswers  = map[checklist.Key]checklist.Answer{{Activity: "restraint.wrist-cuffs", Direction: checklist.Giving}: checklist.Yes}
	alexsAnswers = map[checklist.Key]checklist.Answer{{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}: checklist.Yes}
)
