package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

// linkedDraft starts a first-scene draft for two people of the vault,
// linked to their lists, with a cane in the scene and a way to stop.
var shownText = kittest.ShownText

func hasText(texts []string, part string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, part) })
}

// overlayText is what the dialog on top of the window says. Fyne 2.7
// put a dialog in a PopUp; 2.8 wraps it in an overlay container, whose
// content is reached through its renderer.
func overlayText(a *App) []string {
	return overlayTextOf(a.win.Canvas().Overlays().Top())
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

// refusedEverywhere checks that Save as PDF, Print and Mark as agreed are
// all refused, each saying why.
// Attack: a cane in the scene, caning a Hard limit on Sam's own checklist,
// nothing brought in. The review used to say "Nothing stops you printing".
// The same scene with Sam's list protected: the check waits for her PIN
// and says so; after it, the cane is found.
// Attack: open a saved comparison of Sam's protected list in Compare's
// earlier results without her PIN.
func TestASavedProtectedResultInCompareNeedsItsPIN(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	alex := addPerson(t, a, "Alex", nil)
	sam := addPerson(t, a, "Sam", nil)
	v := a.Vault()
	if err := v.SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	if _, err := v.SaveComparison(persistence.SavedComparison{
		StarterName: "Alex", ResponderName: "Sam", Local: true, Owners: []string{alex.ID, sam.ID},
		BothYes: []persistence.SavedMatch{{ActivityID: "impact.cane", Name: "Cane", Slot: "starter-gives", GiverName: "Alex", ReceiverName: "Sam"}},
	}); err != nil {
		t.Fatal(err)
	}
	c := openCompare(t, a)
	eventually(t, "the earlier results are listed", func() bool { return len(c.earlier.Objects) > 1 })
	shown := shownText(c.earlier)
	if hasText(shown, "Cane") || hasText(shown, "1 thing") || !hasText(shown, "Alex and Sam") || !hasText(shown, "protected") {
		t.Fatalf("the earlier results show %q", shown)
	}
	open := func() {
		for _, o := range c.earlier.Objects {
			if b := findButton(o, "Open"); b != nil {
				tap(b)
				return
			}
		}
		t.Fatal("no Open button")
	}
	open()
	eventually(t, "Sam's PIN is asked for", func() bool { return c.pinDialog != nil })
	fyne.DoAndWait(c.pinDialog.Dismiss) // cancelled
	drainUI()
	if c.result != nil {
		t.Fatal("a cancelled PIN prompt showed the result")
	}
	c.pinDialog = nil
	open()
	eventually(t, "Sam's PIN is asked for again", func() bool { return c.pinDialog != nil })
	test.Type(c.pin, "blue heron 42")
	fyne.DoAndWait(c.pinDialog.Submit)
	eventually(t, "the result opens", func() bool { return c.result != nil })
	if !hasText(labels(c.result.both), "Cane") {
		t.Fatalf("the opened result shows %q", labels(c.result.both))
	}
}

// findButton finds a button by its text under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch w := o.(type) {
	case *widget.Button:
		if w.Text == text {
			return w
		}
	case *fyne.Container:
		for _, c := range w.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// Attack: after "Together on this computer", Alex opens Sam's limits
// timeline without her PIN.
// Attack: read the limits Sam brought in from her protected list in the
// editor, the preview and History's view of the version, without her PIN.
// Attack: read Sam's debrief discoveries, kept with her protected list,
// on the debrief page without her PIN.
