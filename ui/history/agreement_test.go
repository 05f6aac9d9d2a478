package history

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// History lists a standing agreement apart from the scenes, labelled as
// one; its page offers a review (a new version) and a scene started from
// it, which keeps the agreement's people, limits and safewords and opens
// in Negotiate.
func TestHistoryKeepsAgreementsApartAndStartsASceneFromOne(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	ag := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam", Limits: negotiation.Limits{Hard: []negotiation.LimitItem{{Text: "Anything around the neck"}}}}}, c.Now())
	ag.Title = "Our dynamic"
	ag.Safewords.Word = "rutabaga"
	ag.Agreement.Exit = negotiation.Exit{Pause: "Either of us says pause", End: "Either of us ends it", Then: "A talk"}
	id := kittest.Agreed(t, v, ag)

	h := openHistory(t, a)
	l := h.list
	a.Eventually(t, "the agreement is listed", func() bool { return len(l.agreements) == 1 && len(l.found) == 1 })
	shown := strings.Join(kittest.ShownText(l.agreeBox), "\n")
	if !strings.Contains(shown, "Standing agreements") || !strings.Contains(shown, "Standing agreement · Alex and Sam · agreed · review on") {
		t.Errorf("the agreement is not listed apart with its kind:\n%s", shown)
	}
	if l.found[0].Title != "Friday at ours" {
		t.Errorf("the scenes list holds %v", l.found)
	}

	test.Tap(l.agreeBtns[0])
	d := h.detail
	a.Eventually(t, "the agreement opens", func() bool { return d.ready })
	page := strings.Join(kittest.ShownText(d.content), "\n")
	for _, want := range []string{"Standing agreement for an ongoing dynamic", "Review this agreement…", "Start a scene from this agreement", "You look at it again together on"} {
		if !strings.Contains(page, want) {
			t.Errorf("the agreement's page does not say %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "debrief") {
		t.Errorf("the agreement's page speaks of a debrief:\n%s", page)
	}

	test.Tap(d.startScene)
	a.Eventually(t, "Negotiate opens on the new scene", func() bool { return len(a.Went) == 1 })
	to, ok := a.Went[0].(kit.NegotiateOpen)
	if !ok || to.NegotiationID == id {
		t.Fatalf("went to %v", a.Went)
	}
	scene, _, _, err := v.LatestVersion(to.NegotiationID)
	if err != nil {
		t.Fatal(err)
	}
	if scene.IsAgreement() || scene.Safewords.Word != "rutabaga" || len(scene.Participants) != 2 || len(scene.Participants[1].Limits.Hard) != 1 {
		t.Errorf("the scene did not start from the agreement: %+v", scene)
	}

	// Review this agreement: a new version, the agreed one kept.
	fyne.DoAndWait(func() { h.openDetail(id) })
	d = h.detail
	a.Eventually(t, "the agreement opens again", func() bool { return d.ready })
	test.Tap(d.renegotiate)
	if h.reneg == nil {
		t.Fatal("Review this agreement asked nothing")
	}
	test.Tap(h.reneg.Start)
	a.Eventually(t, "a new version is kept", func() bool {
		vs, err := v.Versions(id)
		return err == nil && len(vs) == 2
	})
}
