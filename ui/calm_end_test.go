//go:build ci

package ui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
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

// Issue 14: after Save as PDF the page says where the file went, its
// name and its folder, so the person can find it again.
func TestSavingThePDFSaysWhere(t *testing.T) {
	a, c := clockedApp(t)
	id := agreed(t, a.Vault(), coupleDoc(c.now(), ""))
	n := openNegotiate(t, a)
	n.open(id)
	eventually(t, "the agreed page opens", func() bool { return n.preview != nil })
	p := n.preview
	dir := filepath.Join(t.TempDir(), "Our papers")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, p.fileName())
	fyne.DoAndWait(func() { p.saveTo(path, false) })
	eventually(t, "the page says the PDF is saved", func() bool { return p.status.Visible() && p.status.Text != "" })
	want := "Saved as " + p.fileName() + " in " + dir + "."
	if p.status.Text != want {
		t.Errorf("after saving the page says %q, want %q", p.status.Text, want)
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Errorf("the PDF is not where the page says: %v", err)
	}
}
