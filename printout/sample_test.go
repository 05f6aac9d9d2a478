package printout

import (
	"os"
	"path/filepath"
	"testing"

	"parleyapp.org/parley/domain/negotiation"
)

// TestWriteSamples writes sample printouts to the folder named by
// PARLEY_PRINTOUT_SAMPLES, to look at them (docs/sample-negotiation.png is
// first-scene-A4.pdf rendered with pdftoppm -png -r 90). Without the
// variable it does nothing.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("PARLEY_PRINTOUT_SAMPLES")
	if dir == "" {
		t.Skip("set PARLEY_PRINTOUT_SAMPLES to a folder to write the samples there")
	}
	docs := []struct {
		name string
		doc  negotiation.Document
	}{
		{"first-scene", firstScene()},
		{"three-people", groupScene(3)},
		{"four-people", groupScene(4)},
		{"huge", hugeDoc()},
		{"first-scene-high-risk", firstSceneHighRisk()},
		{"party-gag-alone", partyGagAlone()},
		{"unwell-today", unwellToday()},
	}
	for _, d := range docs {
		for _, size := range []PageSize{A4, Letter} {
			r := printDoc(t, d.doc, size)
			t.Logf("%s on %s: %d pages, scale %.2f", d.name, size, r.Pages, r.Scale)
			if err := os.WriteFile(filepath.Join(dir, d.name+"-"+string(size)+".pdf"), r.PDF, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
}
