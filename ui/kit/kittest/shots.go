package kittest

import (
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
)

// SaveShot saves what w shows as a PNG at path, for the tests that keep
// screenshots to look at (each behind its own variable naming the folder).
func SaveShot(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
