package history

import (
	"testing"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 16 item 2: every interactive widget on History's list, a
// negotiation's page and an agreement's page has a name a screen reader
// can say.
func TestEveryInteractiveWidgetOnHistoryHasAName(t *testing.T) {
	a, c := clockedApp(t)
	v := a.Vault()
	id := agreed(t, v, coupleDoc(c.Now(), ""))
	ag := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, c.Now())
	ag.Title = "Our dynamic"
	agID := agreed(t, v, ag)
	h := openHistory(t, a)
	eventually(t, "the list is read", func() bool { return len(h.list.found) == 1 && len(h.list.agreements) == 1 })
	for _, u := range kittest.UnnamedIn(h.content) {
		t.Errorf("the list: an interactive %s has no name", u)
	}
	for _, open := range []string{id, agID} {
		h.openDetail(open)
		d := h.detail
		eventually(t, "the page opens", func() bool { return d.ready })
		for _, u := range kittest.UnnamedIn(h.content) {
			t.Errorf("%s's page: an interactive %s has no name", d.doc.Title, u)
		}
	}
}
