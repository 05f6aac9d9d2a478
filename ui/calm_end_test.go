package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// Issue 14 (the walk): a couple who have just agreed are told where the
// debrief will be, although "Write the debrief" comes only after the scene.
