package compare

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// unnamed lists every interactive widget under o that a screen reader
// could not name. A fyne.Accessible (Fyne 2.8: Button, Label, Hyperlink)
// must give a non-empty name that is not an icon's file name. The kinds
// Fyne 2.8 does not make accessible (Entry, Select, Check, RadioGroup)
// must at least carry their own words (placeholder, text, options), which
// is what a later Fyne reads out.
func unnamed(o fyne.CanvasObject) []string {
	var out []string
	kittest.Walk(o, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		name, interactive := "", false
		switch w := o.(type) {
		case *widget.Select:
			name, interactive = w.PlaceHolder+w.Selected, true
		case *widget.Check:
			name, interactive = w.Text, true
		case *widget.RadioGroup:
			name, interactive = strings.Join(w.Options, " "), true
		case *kit.PageEntry:
			name, interactive = w.PlaceHolder+w.Text, true
		case *widget.Entry:
			name, interactive = w.PlaceHolder+w.Text, true
		case fyne.Accessible:
			_, tap := o.(fyne.Tappable)
			name, interactive = w.AccessibilityLabel(), tap
			if strings.HasSuffix(name, ".svg") || strings.HasSuffix(name, ".png") {
				name = ""
			}
		}
		if interactive && strings.TrimSpace(name) == "" {
			out = append(out, fmt.Sprintf("%T", o))
		}
	})
	return out
}

// Every interactive widget on the Compare screens has a non-empty name:
// home (both modes), the answer page, the wait page, a result of two and
// a group result.
func TestEveryControlOnCompareHasAName(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, a, "Alex", alexsAnswers)
	addPerson(t, a, "Robin", robinsAnswers)
	c := openCompare(t, a)
	check := func(screen string) {
		t.Helper()
		for _, w := range unnamed(c.content) {
			t.Errorf("%s: a %s has no name", screen, w)
		}
	}
	c.mode.SetSelected(modeTogether())
	tap(c.addBtn)
	check("together")
	c.mode.SetSelected(modeElsewhere())
	check("elsewhere")
	pickOpen(t, a, c.me, "Sam")
	tap(c.invite)
	a.Eventually(t, "the invitation is shown", func() bool { return c.wait != nil })
	check("the invitation")
	invitation := c.wait.code.text.Text
	c.showAnswer(invitation)
	check("answering")
	c.showHome()
	c.mode.SetSelected(modeTogether())
	pickOpen(t, a, c.first, "Sam")
	pickOpen(t, a, c.second, "Alex")
	tap(c.compareBtn)
	a.Eventually(t, "the result is shown", func() bool { return c.result != nil })
	check("a result of two")
	c.showHome()
	tap(c.addBtn)
	pickOpen(t, a, c.first, "Sam")
	pickOpen(t, a, c.second, "Alex")
	pickOpen(t, a, c.pickers[2], "Robin")
	tap(c.compareBtn)
	a.Eventually(t, "the group result is shown", func() bool { return c.result != nil && c.result.everyone != nil })
	check("a group result")
}
