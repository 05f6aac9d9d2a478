package history

import (
	"testing"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 16 item 2: every interactive widget on History's list, a
// negotiation's page and an agreement's page has a name a screen reader
// can say.
func TestEveryInteractiveWidgetOnHistoryHasAName(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	id := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	ag := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, c.Now())
	ag.Title = "Our dynamic"
	agID := kittest.Agreed(t, v, ag)
	h := openHistory(t, a)
	a.Eventually(t, "the list is read", func() bool { return len(h.list.found) == 1 && len(h.list.agreements) == 1 })
	for _, u := range kittest.Unexplained(kittest.UnnamedUnder([]fyne.CanvasObject{h.content}, false)) {
		t.Errorf("the list: %s", u)
	}
	for _, open := range []string{id, agID} {
		h.openDetail(open)
		d := h.detail
		a.Eventually(t, "the page opens", func() bool { return d.ready })
		for _, u := range kittest.Unexplained(kittest.UnnamedUnder([]fyne.CanvasObject{h.content}, false)) {
			t.Errorf("%s's page: %s", d.doc.Title, u)
		}
	}
}
