package history

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/ui/kit/kittest"
)

// openHistory opens the History section afresh, as the sidebar does, and
// returns it.
func openHistory(t *testing.T, a *kittest.Section) *History {
	t.Helper()
	h := newHistory(a.Env.Env)
	a.Show(h)
	return h
}

// timelineWithProtectedSam opens History's timeline over Alex and Sam,
// whose list is sealed with the PIN "blue heron 42", once both are listed.
func timelineWithProtectedSam(t *testing.T, a *kittest.Section) *histTimeline {
	t.Helper()
	kittest.AddPerson(t, a.Vault(), "Alex", alexsAnswers)
	kittest.AddProtectedPerson(t, a.Vault(), "Sam", samsAnswers, "blue heron 42")
	h := openHistory(t, a)
	fyne.DoAndWait(h.openTimeline)
	tl := h.timeline
	a.Eventually(t, "the people are listed", func() bool { return len(tl.choose) == 2 })
	return tl
}

// chooseInTimeline taps name among the timeline's people.
func chooseInTimeline(a *kittest.Section, tl *histTimeline, name string) {
	for i, p := range tl.profiles {
		if p.Name == name {
			test.Tap(tl.choose[i])
		}
	}
	a.Drain()
}

// saysIn reports whether a visible label under o says s.
func saysIn(o fyne.CanvasObject, s string) bool {
	return slices.ContainsFunc(kittest.ShownText(o), func(x string) bool { return strings.Contains(x, s) })
}

// answers Alex and Sam gave in their checklists.
var (
	samsAnswers  = map[checklist.Key]checklist.Answer{{Activity: "restraint.wrist-cuffs", Direction: checklist.Giving}: checklist.Yes}
	alexsAnswers = map[checklist.Key]checklist.Answer{{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}: checklist.Yes}
)
