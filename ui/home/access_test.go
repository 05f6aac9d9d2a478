package home

import (
	"testing"

	"fyne.io/fyne/v2"
	"time"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 16 item 2: every interactive widget on Home, empty and with
// something due, has a name a screen reader can say.
func TestEveryInteractiveWidgetOnHomeHasAName(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	h := openHome(t, a)
	a.Eventually(t, "Home has looked", func() bool { return h.looked })
	for _, u := range kittest.Unexplained(kittest.UnnamedUnder([]fyne.CanvasObject{h.content}, false)) {
		t.Errorf("empty Home: %s", u)
	}
	kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	c.Set(kittest.SceneAt.Add(30 * time.Hour))
	h = openHome(t, a)
	a.Eventually(t, "Home has looked", func() bool { return h.looked && len(h.buttons) > 0 })
	for _, u := range kittest.Unexplained(kittest.UnnamedUnder([]fyne.CanvasObject{h.content}, false)) {
		t.Errorf("Home with a debrief due: %s", u)
	}
}
