package ui

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

// What stays in package ui of the checklist's and the quiz's old tests: the
// shared test helpers the shell's tests still use (they lived in
// quiz_test.go) and the theme's hover/selection test (theme.go is the
// shell's).

// texts collects the text of every label, button and entry under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	kittest.Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Button:
			out = append(out, x.Text)
		case *widget.Entry:
			out = append(out, x.Text)
		}
	})
	return out
}

// tapText taps the nearest tappable holding a text that contains s, in
// the topmost overlay (a dialog or a menu) or the window.
func tapText(t *testing.T, a *testApp, s string) {
	t.Helper()
	kittest.TapText(t, a.win, s)
}

func contains(all []string, s string) bool {
	for _, x := range all {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

// Hover and selection must not look alike, in light and in dark.
func TestHoverAndSelectionLookApart(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := newTheme(ThemeSystem)
		h, s := th.Color(theme.ColorNameHover, v), th.Color(theme.ColorNameSelection, v)
		bg := th.Color(theme.ColorNameBackground, v)
		dh, ds := contrastOn(h, bg), contrastOn(s, bg)
		if ds < 3*dh {
			t.Errorf("variant %v: selection stands out %.0f from the background, hover %.0f; want selection at least three times as visible", v, ds, dh)
		}
	}
}

// contrastOn is how far colour c, drawn over bg, moves from bg (sum of
// channel differences, 0-765).
func contrastOn(c, bg color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	alpha := float64(n.A) / 255
	diff := func(x, y uint8) float64 {
		d := (float64(x) - float64(y)) * alpha
		if d < 0 {
			return -d
		}
		return d
	}
	return diff(n.R, b.R) + diff(n.G, b.G) + diff(n.B, b.B)
}
