package checklist

import (
	"testing"

	"fyne.io/fyne/v2"
)

// Issue 14 (the walk): at 800 px the search box was squeezed to "Search
// activiti" by the tools beside it; now it goes above them when narrow,
// and stays beside them in a wide window.
func TestTheSearchBoxKeepsAReadableWidth(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	for _, size := range []fyne.Size{{Width: 800, Height: 600}, {Width: 1024, Height: 700}, {Width: 1280, Height: 800}} {
		f.env.Window.Resize(size)
		if w := c.search.Size().Width; w < searchLeast {
			t.Errorf("at %v the search box is %.0f px wide, want at least %d", size, w, searchLeast)
		}
		beside := fyne.CurrentApp().Driver().AbsolutePositionForObject(c.search).Y == fyne.CurrentApp().Driver().AbsolutePositionForObject(c.moreBtn).Y
		if size.Width == 1280 && !beside {
			t.Errorf("at %v the search box is not beside the tools", size)
		}
	}
}
