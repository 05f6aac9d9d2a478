//go:build ci

package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"parley/domain/checklist"
)

// Issue 14, item 3: the "Tried" tick showed a copy taken when the list was
// filtered, so it cleared on screen when another row was selected.
func TestTriedTickStaysAfterSelectingAnotherRow(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	i := rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving)
	item := newAnswerRow(c.words)
	c.updateRow(i, item.box)
	test.Tap(item.tried)

	c.list.Select(i + 1)
	c.list.Select(i)
	c.updateRow(i, item.box) // what the list draws for that row now
	if !item.tried.Checked {
		t.Error("the Tried tick cleared on screen after selecting another row")
	}
	k := c.rows[i].Key()
	if !savedSheet(t, a, c.person).Get(k).Tried {
		t.Error("the Tried tick was not saved")
	}
}

// Issue 14, item 4: after a category change the panel described the
// activity selected before while another row was highlighted.
func TestDetailsPanelFollowsTheSelection(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	i := 1 // a low row number: it exists in every category's list too
	c.list.Select(i)
	want := c.rows[i].Key()
	name := c.rows[i].Activity.Name

	agrees := func(when string) {
		t.Helper()
		if c.sel < 0 {
			if c.detail.Visible() || !c.noDetail.Visible() {
				t.Errorf("%s: nothing is selected but the panel shows %q", when, c.detailName.Text)
			}
			return
		}
		if c.detailName.Text != c.rows[c.sel].Activity.Name {
			t.Errorf("%s: row %q is selected, the panel shows %q", when, c.rows[c.sel].Activity.Name, c.detailName.Text)
		}
		if c.sheet.Get(c.rows[c.sel].Key()).Note != c.note.Text {
			t.Errorf("%s: the note shown is not the selected row's", when)
		}
	}
	// another category: the selected activity is not in it
	for j, p := range c.cats {
		if p.Category != c.rows[i].Activity.Category {
			c.catList.Select(j + 1)
			break
		}
	}
	agrees("after choosing another category")
	if c.sel >= 0 && c.rows[c.sel].Key() == want {
		t.Error("a row of another category stayed selected")
	}
	c.catList.Select(0)
	agrees("after choosing all activities")
	c.list.Select(rowIndex(t, c, want.Activity, want.Direction))
	// a search that keeps it keeps it selected, and the focus in the box
	a.win.Canvas().Focus(c.search)
	test.Type(c.search, name[:4])
	agrees("while searching")
	if c.sel < 0 || c.rows[c.sel].Key() != want {
		t.Error("a search that still shows the selected activity lost the selection")
	}
	if a.win.Canvas().Focused() != c.search {
		t.Error("typing a search moved the focus out of the search box")
	}
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
