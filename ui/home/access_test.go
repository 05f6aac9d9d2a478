package home

import (
	"testing"
	"time"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 16 item 2: every interactive widget on Home, empty and with
// something due, has a name a screen reader can say.
func TestEveryInteractiveWidgetOnHomeHasAName(t *testing.T) {
	a, c := clockedApp(t)
	h := openHome(t, a)
	eventually(t, "Home has looked", func() bool { return h.looked })
	for _, u := range kittest.UnnamedIn(h.content) {
		t.Errorf("empty Home: an interactive %s has no name", u)
	}
	agreed(t, a.Vault(), coupleDoc(c.Now(), ""))
	c.Set(sceneAt.Add(30 * time.Hour))
	h = openHome(t, a)
	eventually(t, "Home has looked", func() bool { return h.looked && len(h.buttons) > 0 })
	for _, u := range kittest.UnnamedIn(h.content) {
		t.Errorf("Home with a debrief due: an interactive %s has no name", u)
	}
}
