package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/printout"
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

// Issue 14: a document nobody has named is called the same on screen
// as on paper. The preview's heading is the printed page's title.
func TestAnUntitledDocumentHasOneName(t *testing.T) {
	test.NewTempApp(t)
	d := negotiation.FirstScene([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, time.Date(2026, 12, 2, 19, 0, 0, 0, time.UTC))
	onScreen := previewSegments(d)[0].(*widget.TextSegment).Text
	r, err := printout.Negotiation(d, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), printout.A4)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is missing (package poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "page.pdf")
	if err := os.WriteFile(path, r.PDF, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	onPaper := strings.TrimSpace(strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0])
	if onScreen != onPaper {
		t.Errorf("untitled, the preview says %q and the paper %q", onScreen, onPaper)
	}
}

// focusedButtonIn gives the keyboard to the dialog button labelled s in o,
// as Tab would.
func focusedButtonIn(t *testing.T, a *App, o fyne.CanvasObject, s string) {
	t.Helper()
	var found fyne.Focusable
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch b := o.(type) {
		case *escButton:
			if found == nil && b.Text == s {
				found = b
			}
		case *widget.Button:
			if found == nil && b.Text == s {
				found = b
			}
		}
	})
	if found == nil {
		t.Fatalf("the dialog has no %q button", s)
	}
	a.win.Canvas().Focus(found)
}

// Issue 14: Escape with a dialog's button focused does what it does in
// its fields: closes the dialog when nothing was typed, asks otherwise;
// on the question itself, with "Keep editing" focused, it goes back.
func TestEscapeOnAFocusedDialogButton(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	ov := a.win.Canvas().Overlays()

	tap(c.people.SealButton)
	if ov.Top() == nil {
		t.Fatal("no PIN dialog")
	}
	focusedButtonIn(t, a, ov.Top(), "Cancel")
	pressEscape(a)
	if ov.Top() != nil {
		t.Fatal("Escape on the untouched PIN dialog's Cancel did not close it")
	}

	tap(c.people.SealButton)
	pin := a.win.Canvas().Focused().(*dialogEntry)
	test.Type(&pin.Entry, "4321")
	focusedButtonIn(t, a, ov.Top(), "Cancel")
	pressEscape(a)
	if len(ov.List()) != 2 || buttonIn(ov.Top(), "Leave without saving") == nil {
		t.Fatalf("Escape on Cancel after typing did not ask (%d dialogs)", len(ov.List()))
	}
	pressEscape(a) // "Keep editing" has the keyboard
	if len(ov.List()) != 1 || pin.Text != "4321" {
		t.Fatalf("Escape on Keep editing left %d dialogs, the PIN %q", len(ov.List()), pin.Text)
	}
}

// Issue 14 (the walk): a couple who have just agreed are told where the
// debrief will be, although "Write the debrief" comes only after the scene.
func TestAnAgreedNegotiationSaysWhereTheDebriefWillBe(t *testing.T) {
	a, c := clockedApp(t)
	id := agreed(t, a.Vault(), coupleDoc(c.now(), ""))
	h := openHistory(t, a)
	fyne.DoAndWait(func() { h.openDetail(id) })
	d := h.detail
	eventually(t, "the negotiation opens", func() bool { return d.ready })
	if !saysIn(d.content, "After the scene, each of you writes a short debrief here") {
		t.Errorf("the agreed negotiation does not say where the debrief will be:\n%s", strings.Join(labels(d.content), "\n"))
	}
}
