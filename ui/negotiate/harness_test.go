package negotiate

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

// openNegotiate opens the Negotiate section afresh, as the sidebar does,
// and returns it.
func openNegotiate(t *testing.T, a *kittest.Section) *Negotiate {
	t.Helper()
	n := newNegotiate(a.Env.Env)
	a.Show(n)
	return n
}

// overlayText is what the dialog on top of the window says (Fyne 2.8 wraps
// a dialog in an overlay container, reached through its renderer).
func overlayText(a *kittest.Section) []string {
	return overlayTextOf(a.Window.Canvas().Overlays().Top())
}

func overlayTextOf(top fyne.CanvasObject) []string {
	if pop, ok := top.(*widget.PopUp); ok {
		return kittest.ShownText(pop.Content)
	}
	if top == nil {
		return nil
	}
	if out := kittest.ShownText(top); len(out) > 0 {
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
func wheelOver(a *kittest.Section, obj fyne.CanvasObject, dy float32) {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(obj)
	test.Scroll(a.Window.Canvas(), pos.Add(fyne.NewPos(12, 12)), 0, dy)
}
