package compare

import (
	"testing"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14 item 9: "Cancel this comparison?" closes on Escape from its
// focused button, as its "Keep it" does: the waiting exchange stays.
func TestEscapeOnTheCancelQuestionsButtonKeepsTheExchange(t *testing.T) {
	a := newWorld(t)
	c := samInvites(t, a)
	c.showHome()
	a.Eventually(t, "the exchange is listed", func() bool { return len(c.pendings) == 1 })
	c.askCancel(c.pendings[0])
	if a.Window.Canvas().Overlays().Top() == nil {
		t.Fatal("Cancel this comparison? did not open")
	}
	kittest.EscapeOnAButton(t, a.Window)
	if a.Window.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape on a button of Cancel this comparison? left it open")
	}
	if list, err := a.Vault().Pendings(); err != nil || len(list) != 1 {
		t.Errorf("after Escape the vault keeps %d exchanges (%v), want the one waiting", len(list), err)
	}
}
