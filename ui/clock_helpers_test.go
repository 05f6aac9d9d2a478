package ui

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// A clock the reminder tests move by hand, and a couple's agreed scene.

// testClock is a clock the test moves on.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// sceneAt is when the scene in these tests happens.
var sceneAt = time.Date(2026, 5, 8, 20, 0, 0, 0, time.Local)

// clockedApp is Parley, set up and open, on a clock the test controls
// (first set to a few days before the scene).
func clockedApp(t *testing.T) (*App, *testClock) {
	t.Helper()
	c := &testClock{t: sceneAt.Add(-5 * 24 * time.Hour)}
	forgetUI()
	a := Create(test.NewTempApp(t), Options{Home: t.TempDir(), Keyring: newMemKeyring(), Catalog: testCatalog(t), Now: c.now})
	a.win.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(func() { a.closeVault() })
	w := a.welcome
	tap(w.start)
	tap(w.create)
	eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
	test.Tap(w.recovery.kept)
	tap(w.recovery.done)
	if a.shell == nil {
		t.Fatal("Parley did not open after setup")
	}
	return a, c
}

// coupleDoc is what Alex and Sam agreed for Friday: Alex gives, Sam
// receives; 45 minutes; Alex has a soft limit on gags.
func coupleDoc(now time.Time, samProfile string) negotiation.Document {
	d := negotiation.FirstScene([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam", ProfileID: samProfile}}, now)
	d.Title = "Friday at ours"
	d.Scene.Activities = []negotiation.Activity{
		{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: negotiation.StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
		{ID: "sensory-deprivation.ball-gag", Name: "Ball gag", Status: negotiation.StatusTry, Givers: []string{"p1"}, Receivers: []string{"p2"}},
	}
	d.Scene.SetDuration("45 minutes")
	d.Participants[0].Limits.Soft = []negotiation.LimitItem{{Text: "gag"}}
	d.Safewords.Word, d.Safewords.Signal = "pineapple", "three taps"
	d.SetSceneOn(sceneAt)
	return d
}

// agreed keeps doc as a new negotiation, agreed, and returns its ID.
func agreed(t *testing.T, v *persistence.Vault, doc negotiation.Document) string {
	t.Helper()
	id, err := v.CreateNegotiation(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.AgreeVersion(id, doc); err != nil {
		t.Fatal(err)
	}
	return id
}
