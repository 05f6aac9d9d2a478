package history

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
)

// These tests moved from package ui's cross-feature tests (derived_test.go,
// calm_end_test.go, calm_forms_test.go) with the screens they test.
func TestAfterTogetherTheTimelineAsksForThePIN(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Alex", alexsAnswers)
	sam := addPerson(t, a, "Sam", samsAnswers)
	if err := a.Vault().SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	h := openHistory(t, a)
	fyne.DoAndWait(h.openTimeline)
	tl := h.timeline
	eventually(t, "the people are listed", func() bool { return len(tl.choose) == 2 })
	for i, p := range tl.profiles {
		if p.Name == "Sam" {
			tap(tl.choose[i])
		}
	}
	drainUI()
	eventually(t, "Sam's PIN is asked for", func() bool { return tl.pinDlg != nil || tl.list != nil })
	if tl.list != nil || tl.name != "" {
		t.Fatal("Sam's timeline opened without her PIN")
	}
	fyne.DoAndWait(tl.pinDlg.Dismiss)
	drainUI()
	if tl.list != nil {
		t.Fatal("a cancelled PIN prompt showed the timeline")
	}
}

func TestDiscoveriesOfAProtectedListShowOnlyAfterItsPIN(t *testing.T) {
	a, c := clockedApp(t)
	v := a.Vault()
	sam := samWithAnswers(t, v, "2468", map[checklist.Key]checklist.Answer{gagReceiving: checklist.No}, c.Now())
	id := agreed(t, v, coupleDoc(c.Now(), sam.ID))
	c.Set(sceneAt.Add(30 * time.Hour))
	if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: "p2", WhatWorked: "The pace",
		Discoveries: []negotiation.Discovery{{ActivityID: "wax.candle", Name: "Candle wax", Direction: checklist.Receiving, Proposed: checklist.HardLimit}}}); err != nil {
		t.Fatal(err)
	}
	h := openHistory(t, a)
	h.openDebrief(id)
	p := h.debrief
	eventually(t, "the debrief has opened", func() bool { return len(p.people) == 2 })
	samPart := p.people[1]
	shown := shownText(samPart.found)
	if hasText(shown, "Candle wax") || !hasText(shown, "enter Sam's PIN to show them") || samPart.show == nil {
		t.Fatalf("Sam's part shows %q", shown)
	}
	tap(samPart.show)
	eventually(t, "Sam's PIN is asked for", func() bool { return p.pinDlg != nil })
	fyne.DoAndWait(p.pinDlg.Dismiss)
	drainUI()
	if hasText(shownText(samPart.found), "Candle wax") {
		t.Fatal("a cancelled PIN prompt showed Sam's discoveries")
	}
	p.pinDlg = nil
	tap(samPart.show)
	eventually(t, "Sam's PIN is asked for again", func() bool { return p.pinDlg != nil })
	test.Type(p.pin, "2468")
	fyne.DoAndWait(p.pinDlg.Submit)
	eventually(t, "Sam's discoveries are shown", func() bool { return hasText(shownText(samPart.found), "Candle wax") })
}

func TestAnAgreedNegotiationSaysWhereTheDebriefWillBe(t *testing.T) {
	a, c := clockedApp(t)
	id := agreed(t, a.Vault(), coupleDoc(c.Now(), ""))
	h := openHistory(t, a)
	fyne.DoAndWait(func() { h.openDetail(id) })
	d := h.detail
	eventually(t, "the negotiation opens", func() bool { return d.ready })
	if !saysIn(d.content, "After the scene, each of you writes a short debrief here") {
		t.Errorf("the agreed negotiation does not say where the debrief will be:\n%s", strings.Join(shownText(d.content), "\n"))
	}
}

// Attack: read the limits Sam brought in from her protected list in
// History's view of the version, without her PIN (the editor and the
// preview: negotiate's TestLimitsFromAProtectedListShowOnlyAfterItsPIN).
func TestLimitsFromAProtectedListShowInHistoryOnlyAfterItsPIN(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Alex", nil)
	sam := addPerson(t, a, "Sam", nil)
	v := a.Vault()
	if err := v.SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	doc := negotiation.New([]negotiation.Participant{
		{ID: "p1", Name: "Alex"},
		{ID: "p2", Name: "Sam", ProfileID: sam.ID, Limits: negotiation.Limits{
			Hard: []negotiation.LimitItem{{ActivityID: "impact.cane", Text: "Caning of any kind", Protected: true}}}},
	}, a.Now())
	doc.Title = "Friday"
	if _, err := v.CreateNegotiation(doc); err != nil {
		t.Fatal(err)
	}
	const secret = "Caning of any kind"
	const line = "Sam's limits from their protected list — enter Sam's PIN to show."

	// History's view of the version.
	h := openHistory(t, a)
	d := openDetailOf(t, h, "Friday")
	fyne.DoAndWait(func() { d.openVersion(1) })
	eventually(t, "the version is shown", func() bool { return h.version != nil && h.version.text != nil })
	hv := h.version
	if texts := shownText(hv.content); hasText(texts, secret) || !hasText(texts, line) || len(hv.shows) != 1 {
		t.Fatalf("History shows %q", texts)
	}
	tap(hv.shows[0])
	eventually(t, "Sam's PIN is asked for", func() bool { return hv.pinDlg != nil })
	fyne.DoAndWait(hv.pinDlg.Dismiss)
	drainUI()
	if hasText(shownText(hv.content), secret) {
		t.Fatal("a cancelled PIN prompt showed Sam's limits")
	}
	hv.pinDlg = nil
	tap(hv.shows[0])
	eventually(t, "Sam's PIN is asked for again", func() bool { return hv.pinDlg != nil })
	test.Type(hv.pin, "blue heron 42")
	fyne.DoAndWait(hv.pinDlg.Submit)
	eventually(t, "Sam's limits are shown", func() bool { return hasText(shownText(hv.content), secret) })
}
