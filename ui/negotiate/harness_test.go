package negotiate

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// testApp is a vault and an Env over it, with the section on screen: the
// tests drive Negotiate as the shell would (build it, leave it, lock).
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
func (a *testApp) reopen(t *testing.T) *testApp {
	t.Helper()
	cur = &testApp{Vaulted: a.Vaulted.Reopen(t)}
	return cur
}

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
	walk      = kittest.Walk
)

// openNegotiate opens the Negotiate section afresh, as the sidebar does,
// and returns it.
func openNegotiate(t *testing.T, a *testApp) *Negotiate {
	t.Helper()
	n := newNegotiate(a.Env.Env)
	a.show(n)
	return n
}

// entriesIn lists every entry under o, the kit's wrapped ones too.
func entriesIn(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *kit.DialogEntry:
			out = append(out, &e.Entry)
		case *kit.PageEntry:
			out = append(out, &e.Entry)
		}
	})
	return out
}

// buttonIn is the button inside o whose text contains s, or nil.
func buttonIn(o fyne.CanvasObject, s string) *widget.Button {
	var found *widget.Button
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch e := o.(type) {
		case *kit.EscButton:
			o = &e.Button
		case *kit.DialogButton:
			o = &e.Button
		}
		if b, ok := o.(*widget.Button); ok && found == nil && strings.Contains(b.Text, s) {
			found = b
		}
	})
	return found
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
func overlayText(a *testApp) []string {
	return overlayTextOf(a.Window.Canvas().Overlays().Top())
}

func overlayTextOf(top fyne.CanvasObject) []string {
	if pop, ok := top.(*widget.PopUp); ok {
		return shownText(pop.Content)
	}
	if top == nil {
		return nil
	}
	if out := shownText(top); len(out) > 0 {
		return out
	}
	var out []string
	if w, ok := top.(fyne.Widget); ok {
		for _, o := range test.WidgetRenderer(w).Objects() {
			out = append(out, overlayTextOf(o)...)
		}
	}
	return out
}

// wheelOver turns the mouse wheel over obj the way Fyne's driver does:
// the deepest Scrollable under the pointer gets the event.
func wheelOver(a *testApp, obj fyne.CanvasObject, dy float32) {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(obj)
	test.Scroll(a.Window.Canvas(), pos.Add(fyne.NewPos(12, 12)), 0, dy)
}

// tapText taps whatever tappable holds the text s, in the dialog on top or
// else the window.
func tapText(t *testing.T, a *testApp, s string) {
	t.Helper()
	root := a.Window.Canvas().Overlays().Top()
	if root == nil {
		root = a.Window.Canvas().Content()
	}
	var target fyne.Tappable
	walk(root, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		txt, ok := o.(*canvas.Text)
		if target != nil || !ok || !strings.Contains(txt.Text, s) {
			return
		}
		for i := len(parents) - 1; i >= 0; i-- {
			if tp, ok := parents[i].(fyne.Tappable); ok {
				target = tp
				return
			}
		}
	})
	if target == nil {
		t.Fatalf("nothing to tap says %q", s)
	}
	test.Tap(target)
}
