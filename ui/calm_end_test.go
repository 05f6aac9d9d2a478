package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/printout"
)

// Issue 14: after Save as PDF the page says where the file went, its
// name and its folder, so the person can find it again.
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
