package negotiate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/ui/kit/kittest"
)

// The walk (docs/walks/first-couple.md, fourth walk): "Save and print…"
// said "…and opened in your PDF viewer: print it from there" although no
// viewer came up. Parley only hands the file to the system (xdg-open,
// open, start), which reports nothing once it has started, so the page
// must not claim the viewer opened: it says where the file is and what to
// do when no viewer appears.
func TestSaveAndPrintDoesNotClaimTheViewerOpened(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	n := openNegotiate(t, a)
	n.open(id)
	a.Eventually(t, "the agreed page opens", func() bool { return n.preview != nil })
	p := n.preview
	dir := t.TempDir()
	path := filepath.Join(dir, p.fileName())
	fyne.DoAndWait(func() { p.saveTo(path, true) })
	a.Eventually(t, "the page says the PDF is saved", func() bool { return p.status.Visible() && p.status.Text != "" })
	said := p.status.Text
	if strings.Contains(said, "opened in your PDF viewer") {
		t.Errorf("the page claims the viewer opened: %q", said)
	}
	if !strings.Contains(said, p.fileName()) || !strings.Contains(said, dir) || !strings.Contains(said, "If no viewer opens") {
		t.Errorf("the page does not say where the PDF is and what to do if no viewer opens: %q", said)
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Errorf("the PDF is not where the page says: %v", err)
	}
}

// The walk in German: "Save as PDF…" opened Fyne's file dialog titled
// "Speichern Datei", two words Fyne puts together itself ("Save" + " " +
// "File"). Both file dialogs of the preview carry a title of Parley's
// own, from the catalogue.
func TestThePDFsFileDialogsHaveTitlesOfTheirOwn(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	n := openNegotiate(t, a)
	n.open(id)
	a.Eventually(t, "the agreed page opens", func() bool { return n.preview != nil })
	for _, tc := range []struct {
		ask   func()
		title string
	}{{n.preview.askSave, "Save the PDF"}, {n.preview.askPrint, "Save the PDF, then print it"}} {
		fyne.DoAndWait(tc.ask)
		top := a.Window.Canvas().Overlays().Top()
		texts := kittest.Texts(top)
		if !slices.Contains(texts, tc.title) || slices.Contains(texts, "Save File") {
			t.Errorf("the file dialog is titled by Fyne, not %q: %q", tc.title, texts)
		}
		fyne.DoAndWait(top.Hide)
	}
}
