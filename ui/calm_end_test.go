//go:build ci

package ui

import (
	"slices"
	"testing"
)

// Issue 14: on one computer, the second list offers only the people not
// chosen first, so nobody can pick the same person twice; changing the
// first choice to the person chosen second clears the second.
func TestTheSecondPickerLeavesOutThePersonChosenFirst(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, a, "Alex", alexsAnswers)
	addPerson(t, a, "Robin", nil)
	c := openCompare(t, a)
	pickOpen(t, c.first, "Sam")
	if got := c.second.sel.Options; slices.Contains(got, "Sam") || len(got) != 2 {
		t.Errorf("with Sam chosen first, the second list offers %q", got)
	}
	pickOpen(t, c.second, "Alex")
	pickOpen(t, c.first, "Alex")
	if got := c.second.sel.Options; slices.Contains(got, "Alex") || !slices.Contains(got, "Sam") {
		t.Errorf("with Alex chosen first, the second list offers %q", got)
	}
	if c.second.person != nil || c.second.sel.Selected != "" {
		t.Errorf("the second list still holds %q after Alex was chosen first", c.second.sel.Selected)
	}
	if !c.compareBtn.Disabled() {
		t.Error("Compare is offered with one person chosen twice")
	}
}
