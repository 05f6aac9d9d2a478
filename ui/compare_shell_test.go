package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Compare moved to ui/compare; the shell-level tests here drive it as a
// person does, by what it shows (its own tests are in its package).

var (
	samsAnswers = map[checklist.Key]checklist.Answer{
		{Activity: "restraint.wrist-cuffs", Direction: checklist.Giving}:        checklist.Yes,
		{Activity: "restraint.pinning-down", Direction: checklist.Receiving}:    checklist.Yes,
		{Activity: "role-play.strangers", Direction: checklist.Together}:        checklist.Yes,
		{Activity: "verbal.sharing-fantasies", Direction: checklist.Together}:   checklist.Maybe,
		{Activity: "restraint.ankle-cuffs", Direction: checklist.Giving}:        checklist.Yes,
		{Activity: "restraint.metal-handcuffs", Direction: checklist.Receiving}: checklist.No,
	}
	alexsAnswers = map[checklist.Key]checklist.Answer{
		{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}:   checklist.Yes,
		{Activity: "restraint.pinning-down", Direction: checklist.Giving}:     checklist.Maybe,
		{Activity: "role-play.strangers", Direction: checklist.Together}:      checklist.Yes,
		{Activity: "verbal.sharing-fantasies", Direction: checklist.Together}: checklist.Yes,
		{Activity: "restraint.ankle-cuffs", Direction: checklist.Receiving}:   checklist.HardLimit,
		{Activity: "restraint.metal-handcuffs", Direction: checklist.Giving}:  checklist.Yes,
		{Activity: "role-play.scripted", Direction: checklist.Together}:       checklist.Yes,
	}
)

// addPerson adds a person to a's vault with these answers, as the
// checklist would have saved them.
func addPerson(t *testing.T, a *testApp, name string, answers map[checklist.Key]checklist.Answer) *persistence.Person {
	t.Helper()
	return kittest.AddPerson(t, a.Vault(), name, answers)
}

// openCompare opens the Compare section and waits until it has chosen how
// the people compare; it returns the section's content.
func openCompare(t *testing.T, a *testApp) fyne.CanvasObject {
	t.Helper()
	a.shell.open("compare")
	view := a.shell.current.view()
	a.eventually(t, "the Compare screen has loaded", func() bool { return modeOf(view) != nil && modeOf(view).Selected != "" })
	return view
}

func modeOf(view fyne.CanvasObject) *widget.RadioGroup {
	var found *widget.RadioGroup
	kittest.Walk(view, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok && found == nil {
			found = r
		}
	})
	return found
}

// compareTogether compares two people on this computer through the
// screen, typing pin into the PIN prompt of a protected list, and waits
// for the result.
func compareTogether(t *testing.T, a *testApp, first, second, pin string) {
	t.Helper()
	view := openCompare(t, a)
	modeOf(view).SetSelected("Together on this computer")
	var pickers []*widget.Select
	kittest.Walk(view, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.PlaceHolder == "Choose a person" && shown(o, parents) {
			pickers = append(pickers, s)
		}
	})
	if len(pickers) != 2 {
		t.Fatalf("Together shows %d person pickers", len(pickers))
	}
	offered := func(s *widget.Select, name string) string {
		for _, opt := range s.Options {
			if opt == name || strings.HasPrefix(opt, name+" (") {
				return opt
			}
		}
		return ""
	}
	pickers[0].SetSelected(offered(pickers[0], first))
	// once the first list is open, the second picker leaves its person out
	a.eventually(t, first+"'s list opens", func() bool { return offered(pickers[1], first) == "" })
	if offered(pickers[1], second) == "" {
		t.Fatalf("%s is not offered: %q", second, pickers[1].Options)
	}
	pickers[1].SetSelected(offered(pickers[1], second))
	if pin != "" {
		var field *kit.DialogEntry
		a.eventually(t, "the PIN is asked for", func() bool {
			field, _ = a.win.Canvas().Focused().(*kit.DialogEntry)
			return field != nil
		})
		field.Entry.SetText(pin)
		field.Entry.OnSubmitted(pin)
	}
	a.eventually(t, "Compare can compare", func() bool {
		b := shownButton(view, "Compare")
		return b != nil && !b.Disabled()
	})
	tap(shownButton(view, "Compare"))
	a.eventually(t, "the result is shown", func() bool { return kittest.Contains(kittest.Texts(view), "What you both want") })
}

// shown reports whether o and every parent are visible.
func shown(o fyne.CanvasObject, parents []fyne.CanvasObject) bool {
	for _, p := range append(parents, o) {
		if !p.Visible() {
			return false
		}
	}
	return true
}

// shownButton is the visible button with this text under o, or nil.
func shownButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	kittest.Walk(o, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil && shown(o, parents) {
			found = b
		}
	})
	return found
}
