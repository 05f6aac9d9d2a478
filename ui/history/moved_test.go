package history

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// These tests moved from package ui's cross-feature tests (derived_test.go,
// calm_end_test.go, calm_forms_test.go) with the screens they test.
func TestAfterTogetherTheTimelineAsksForThePIN(t *testing.T) {
	a := kittest.NewSection(t, nil)
	tl := timelineWithProtectedSam(t, a)
	chooseInTimeline(a, tl, "Sam")
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return tl.pinDlg != nil || tl.list != nil })
	if tl.list != nil || tl.name != "" {
		t.Fatal("Sam's timeline opened without her PIN")
	}
	fyne.DoAndWait(tl.pinDlg.Dismiss)
	a.Drain()
	if tl.list != nil {
		t.Fatal("a cancelled PIN prompt showed the timeline")
	}
}

func TestDiscoveriesOfAProtectedListShowOnlyAfterItsPIN(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	sam := samWithAnswers(t, v, "2468", map[checklist.Key]checklist.Answer{gagReceiving: checklist.No}, c.Now())
	id := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), sam.ID))
	c.Set(kittest.SceneAt.Add(30 * time.Hour))
	if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: "p2", WhatWorked: "The pace",
		Discoveries: []negotiation.Discovery{{ActivityID: "wax.candle", Name: "Candle wax", Direction: checklist.Receiving, Proposed: checklist.HardLimit}}}); err != nil {
		t.Fatal(err)
	}
	h := openHistory(t, a)
	h.openDebrief(id)
	p := h.debrief
	a.Eventually(t, "the debrief has opened", func() bool { return len(p.people) == 2 })
	samPart := p.people[1]
	shown := kittest.ShownText(samPart.found)
	if kittest.Contains(shown, "Candle wax") || !kittest.Contains(shown, "enter Sam's PIN to show them") || samPart.show == nil {
		t.Fatalf("Sam's part shows %q", shown)
	}
	test.Tap(samPart.show)
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return p.pinDlg != nil })
	fyne.DoAndWait(p.pinDlg.Dismiss)
	a.Drain()
	if kittest.Contains(kittest.ShownText(samPart.found), "Candle wax") {
		t.Fatal("a cancelled PIN prompt showed Sam's discoveries")
	}
	p.pinDlg = nil
	test.Tap(samPart.show)
	a.Eventually(t, "Sam's PIN is asked for again", func() bool { return p.pinDlg != nil })
	test.Type(p.pin, "2468")
	fyne.DoAndWait(p.pinDlg.Submit)
	a.Eventually(t, "Sam's discoveries are shown", func() bool { return kittest.Contains(kittest.ShownText(samPart.found), "Candle wax") })
}

func TestAnAgreedNegotiationSaysWhereTheDebriefWillBe(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	h := openHistory(t, a)
	fyne.DoAndWait(func() { h.openDetail(id) })
	d := h.detail
	a.Eventually(t, "the negotiation opens", func() bool { return d.ready })
	if !saysIn(d.content, "After the scene, each of you writes a short debrief here") {
		t.Errorf("the agreed negotiation does not say where the debrief will be:\n%s", strings.Join(kittest.ShownText(d.content), "\n"))
	}
}

// Attack: read the limits Sam brought in from her protected list in
// History's view of the version, without her PIN (the editor and the
// preview: negotiate's TestLimitsFromAProtectedListShowOnlyAfterItsPIN).
func TestLimitsFromAProtectedListShowInHistoryOnlyAfterItsPIN(t *testing.T) {
	a := kittest.NewSection(t, nil)
	kittest.ProtectedLimitDraft(t, a.Vault(), a.Now(), "blue heron 42")
	const secret, line = kittest.ProtectedLimit, kittest.ProtectedLimitLine

	// History's view of the version.
	h := openHistory(t, a)
	d := openDetailOf(t, a, h, "Friday")
	fyne.DoAndWait(func() { d.openVersion(1) })
	a.Eventually(t, "the version is shown", func() bool { return h.version != nil && h.version.text != nil })
	hv := h.version
	if texts := kittest.ShownText(hv.content); kittest.Contains(texts, secret) || !kittest.Contains(texts, line) || len(hv.shows) != 1 {
		t.Fatalf("History shows %q", texts)
	}
	test.Tap(hv.shows[0])
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return hv.pinDlg != nil })
	fyne.DoAndWait(hv.pinDlg.Dismiss)
	a.Drain()
	if kittest.Contains(kittest.ShownText(hv.content), secret) {
		t.Fatal("a cancelled PIN prompt showed Sam's limits")
	}
	hv.pinDlg = nil
	test.Tap(hv.shows[0])
	a.Eventually(t, "Sam's PIN is asked for again", func() bool { return hv.pinDlg != nil })
	test.Type(hv.pin, "blue heron 42")
	fyne.DoAndWait(hv.pinDlg.Submit)
	a.Eventually(t, "Sam's limits are shown", func() bool { return kittest.Contains(kittest.ShownText(hv.content), secret) })
}
