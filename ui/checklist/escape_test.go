package checklist

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14 item 9: Tab past the fields to one of the dialog's own buttons
// and press Escape: an untouched dialog closes without saving, one with
// something typed asks first. Fyne's dialogs ignored Escape on a button.
func TestEscapeOnTheChecklistsDialogButtons(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	w := f.env.Window
	ov := w.Canvas().Overlays()
	closes := func(what string, open func()) {
		t.Helper()
		open()
		if ov.Top() == nil {
			t.Fatalf("%s did not open", what)
		}
		kittest.EscapeOnAButton(t, w)
		if ov.Top() != nil {
			t.Errorf("Escape on a button of the untouched %s left it open", what)
			f.closeOverlays()
		}
	}
	closes("Add your own activity", func() { tap(c.addOwn) })
	closes("the summary", c.showSummary)
	closes("Bring in from KinkList", c.askImport)
	closes("Export my answers", c.askExport)

	tap(c.addOwn)
	test.Type(w.Canvas().Focused(), "Hand holding")
	kittest.EscapeOnAButton(t, w)
	if !kittest.AsksToLeave(w) {
		t.Error("Escape on a button of Add your own activity with a name typed did not ask first")
	}
	f.closeOverlays()

	c.askImport()
	test.Type(w.Canvas().Focused(), "https://example.invalid/#abc")
	kittest.EscapeOnAButton(t, w)
	if !kittest.AsksToLeave(w) {
		t.Error("Escape on a button of Bring in from KinkList with an address typed did not ask first")
	}
}

// On the import's preview (after an address was pasted) Escape on one of
// its buttons asks before the preview and the address go; it did nothing
// there, as the preview's drop-downs made it "a dialog with fields".
func TestEscapeOnTheImportPreviewAsks(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	imp := pasteAndPreview(t, f, c, realCode(t))
	if imp.bring == nil {
		t.Fatal("no preview")
	}
	w := f.env.Window
	kittest.EscapeOnAButton(t, w)
	if !kittest.AsksToLeave(w) {
		t.Fatal("Escape on a button of the import's preview did not ask first")
	}
	tap(buttonIn(w.Canvas().Overlays().Top(), "Leave without saving"))
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Leave without saving left the import open")
	}
}
