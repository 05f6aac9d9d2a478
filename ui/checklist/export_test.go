package checklist

import (
	"bytes"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

// nopCloser is a file that records what was written to it.
type nopCloser struct {
	bytes.Buffer
	closed bool
}

func (n *nopCloser) Close() error { n.closed = true; return nil }

// Issue 17, item 4: "Export my answers…" says the file is not encrypted
// before anything else (no file dialog yet), and the file holds the
// person's answers under the same warning.
func TestExportWarnsFirstThenWritesTheAnswers(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	tapAnswer(t, c, rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving), checklist.HardLimit)
	var export func()
	for _, m := range c.moreItems() {
		if strings.HasPrefix(m.Label, "Export my answers") {
			export = m.Action
		}
	}
	if export == nil {
		t.Fatal("the checklist's More menu has no Export my answers")
	}
	export()
	d := topOverlay(f)
	if d == nil || !hasText(texts(d), "not encrypted") || buttonIn(d, "Choose where to save") == nil {
		t.Fatalf("Export did not warn first: %q", texts(d))
	}
	if len(f.env.Window.Canvas().Overlays().List()) != 1 {
		t.Fatal("a file dialog opened before the warning was answered")
	}
	tap(buttonIn(d, "Cancel"))
	if topOverlay(f) != nil {
		t.Fatal("Cancel did not close the warning")
	}

	var file nopCloser
	if err := c.writeExport(&file); err != nil {
		t.Fatal(err)
	}
	text := file.String()
	if !file.closed || !strings.HasPrefix(text, "Sam's answers, ") || !strings.Contains(text, checklist.ExportWarning) ||
		!strings.Contains(text, "Blindfold") || !strings.Contains(text, "Hard limit") {
		t.Errorf("the file reads:\n%s", text)
	}
}
