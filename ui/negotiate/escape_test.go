package negotiate

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14 item 9: the editor's questions ("Delete this negotiation?",
// "Mark as agreed?") close on Escape when one of their buttons has the
// keyboard, as their No does: nothing is deleted, nothing agreed.
func TestEscapeOnTheEditorsDialogButtons(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	ov := a.Window.Canvas().Overlays()

	ed.askDelete()
	kittest.EscapeOnAButton(t, a.Window)
	if ov.Top() != nil || n.ed != ed {
		t.Fatalf("Escape on a button of Delete this negotiation? left it open (%v) or left the editor", ov.Top() != nil)
	}
	test.Tap(ed.agree)
	if !kittest.Contains(overlayText(a), "Mark as agreed?") {
		t.Fatalf("Mark as agreed on a new draft says %q", overlayText(a))
	}
	kittest.EscapeOnAButton(t, a.Window)
	if ov.Top() != nil {
		t.Error("Escape on a button of Mark as agreed? left it open")
	}
	a.Drain()
	if list, err := a.Vault().Negotiations(); err != nil || len(list) != 1 || list[0].State != "draft" {
		t.Errorf("after Escape the vault keeps %+v (%v), want the one draft", list, err)
	}
}
