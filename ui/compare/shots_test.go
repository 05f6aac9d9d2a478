package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/ui/kit/kittest"
)

// With COMPARE_SHOTS set to a folder, the new Compare screens are saved
// there as PNGs at 800×600 and 1280×800, to look at.
func TestCompareShots(t *testing.T) {
	dir := os.Getenv("COMPARE_SHOTS")
	if dir == "" {
		t.Skip("COMPARE_SHOTS not set")
	}
	for _, size := range []fyne.Size{{Width: 800, Height: 600}, {Width: 1280, Height: 800}} {
		a := newWorld(t)
		a.Window.Resize(size)
		addPerson(t, a, "Sam", samsAnswers)
		addPerson(t, a, "Alex", alexsAnswers)
		addPerson(t, a, "Robin", robinsAnswers)
		c := openCompare(t, a)
		shot := func(name string) {
			t.Helper()
			a.Drain()
			kittest.SaveShot(t, a.Window, filepath.Join(dir, fmt.Sprintf("%s-%.0f.png", name, size.Width)))
		}
		c.mode.SetSelected(modeTogether())
		tap(c.addBtn)
		shot("together")
		pickOpen(t, a, c.first, "Sam")
		pickOpen(t, a, c.second, "Alex")
		pickOpen(t, a, c.pickers[2], "Robin")
		c.fantasies2.SetChecked(true)
		tap(c.compareBtn)
		a.Eventually(t, "the group result", func() bool { return c.result != nil })
		shot("group-result")
		c.showHome()
		c.mode.SetSelected(modeElsewhere())
		shot("elsewhere")
		c.askPath = func(string, func(string)) {}
		pickOpen(t, a, c.me, "Sam")
		tap(c.invitePage)
		a.Eventually(t, "the invitation", func() bool { return c.wait != nil })
		shot("invitation")
	}
}
