package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

// shownText is the text a person sees under an object.
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
