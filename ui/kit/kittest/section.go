package kittest

import (
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
)

// Section is a fresh vault, a test Env over it and the feature's section
// on screen: a feature's tests drive it as the shell would (build it, show
// it, leave it, lock, unlock). Each test makes its own; nothing is shared
// between tests.
type Section struct {
	*Vaulted
	screen kit.Screen
}

// NewSection opens a fresh vault (keyring mode) on the clock now
// (time.Now when nil), with nothing on screen yet.
func NewSection(t *testing.T, now func() time.Time) *Section {
	t.Helper()
	return &Section{Vaulted: NewVaulted(t, now)}
}

// ClockedSection is a fresh Section on a clock the test moves, first set
// to five days before the scene of CoupleDoc.
func ClockedSection(t *testing.T) (*Section, *Clock) {
	t.Helper()
	c := NewClock(SceneAt.Add(-5 * 24 * time.Hour))
	return NewSection(t, c.Now), c
}

// Show puts s on screen as the shell's section, leaving the one before.
func (s *Section) Show(sc kit.Screen) {
	if s.screen != nil {
		s.screen.Leave()
	}
	s.screen = sc
	s.Window.SetContent(sc.View())
}

// Screen is the section on screen, or nil.
func (s *Section) Screen() kit.Screen { return s.screen }

// Lock leaves the section on screen, as the shell's lock does, then closes
// the vault.
func (s *Section) Lock() {
	if s.screen != nil {
		s.screen.Leave()
		s.screen = nil
	}
	s.Vaulted.Lock()
}

// Reopen unlocks the same vault again, with a new Env and nothing on screen.
func (s *Section) Reopen(t *testing.T) *Section {
	t.Helper()
	return &Section{Vaulted: s.Vaulted.Reopen(t)}
}

// AddPerson adds a person with these answers to v and returns their open
// list.
func AddPerson(t *testing.T, v *persistence.Vault, name string, answers map[checklist.Key]checklist.Answer) *persistence.Person {
	t.Helper()
	return AddPersonAt(t, v, name, answers, time.Now())
}

// AddPersonAt is AddPerson with the answers given at a time of the test's
// own clock (History's timeline reads when each answer changed).
func AddPersonAt(t *testing.T, v *persistence.Vault, name string, answers map[checklist.Key]checklist.Answer, at time.Time) *persistence.Person {
	t.Helper()
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
		change, _ := sheet.SetAnswer(k, ans, at)
		if err := v.SaveAnswer(p, k, sheet.Get(k), &change); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// ButtonIn is the button inside o whose text contains s (the kit's
// Escape-aware and dialog buttons too), or nil.
func ButtonIn(o fyne.CanvasObject, s string) *widget.Button {
	var found *widget.Button
	Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
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

// EntriesIn lists every entry under o, in order, the kit's wrapped ones too.
func EntriesIn(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
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

// TapText taps the nearest tappable holding a text that contains s, in
// the window's topmost overlay (a dialog or a menu) or else its content.
func TapText(t *testing.T, win fyne.Window, s string) {
	t.Helper()
	root := win.Canvas().Overlays().Top()
	if root == nil {
		root = win.Canvas().Content()
	}
	var target fyne.Tappable
	Walk(root, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
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
