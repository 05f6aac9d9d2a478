package history

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

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

// saysIn reports whether a visible label under o says s.
func saysIn(o fyne.CanvasObject, s string) bool {
	return slices.ContainsFunc(kittest.ShownText(o), func(x string) bool { return strings.Contains(x, s) })
}

// answers Alex and Sam gave in their checklists.
var (
	samsAnswers  = map[checklist.Key]checklist.Answer{{Activity: "restraint.wrist-cuffs", Direction: checklist.Giving}: checklist.Yes}
	alexsAnswers = map[checklist.Key]checklist.Answer{{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}: checklist.Yes}
)
