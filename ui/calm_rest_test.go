//go:build ci

package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// saysIn reports whether a visible label inside o contains s.
func saysIn(o fyne.CanvasObject, s string) bool {
	found := false
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, s) {
			found = true
		}
	})
	return found
}

func TestThePersonalityTestSaysWhyNextIsGrey(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	q := openQuiz(t, a)
	addTaker(t, q, "Sam")
	tap(q.start)
	if !q.ask.next.Disabled() || !q.ask.why.Visible() || !strings.Contains(q.ask.why.Text, "Choose an answer") {
		t.Fatalf("unanswered: Next grey %v, the line says %q (shown %v)", q.ask.next.Disabled(), q.ask.why.Text, q.ask.why.Visible())
	}
	tap(q.ask.scale[2])
	tap(q.ask.back)
	if q.ask.next.Disabled() || q.ask.why.Visible() {
		t.Errorf("answered: Next grey %v, the line still says %q", q.ask.next.Disabled(), q.ask.why.Text)
	}
}

func TestUnlockWithPassphraseSaysWhyItIsGrey(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, true, "correct horse battery")
	a.closeVault()
	u := newTestApp(t, home, kr).unlock
	if !u.openPass.Disabled() || !u.passWhy.Visible() || !strings.Contains(u.passWhy.Text, "passphrase") {
		t.Fatalf("empty field: Unlock with passphrase grey %v, the line says %q", u.openPass.Disabled(), u.passWhy.Text)
	}
	test.Type(u.pass, "c")
	if u.openPass.Disabled() || u.passWhy.Visible() {
		t.Errorf("typed: Unlock with passphrase grey %v, the line still says %q", u.openPass.Disabled(), u.passWhy.Text)
	}
}

func TestAddYourOwnSaysWhyAddIsGrey(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	tap(c.addOwn)
	d := topOverlay(a)
	add := buttonIn(d, "Add")
	if add == nil || !add.Disabled() || !saysIn(d, "Give the activity a name") {
		t.Fatalf("no name: Add is there %v, grey %v, explained %v", add != nil, add != nil && add.Disabled(), saysIn(d, "Give the activity a name"))
	}
	test.Type(entriesIn(d)[0], "Hand holding")
	if add.Disabled() || saysIn(d, "Give the activity a name") {
		t.Errorf("named: Add grey %v, still explained %v", add.Disabled(), saysIn(d, "Give the activity a name"))
	}
}
