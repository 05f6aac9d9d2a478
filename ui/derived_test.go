package ui

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
)

var caneReceiving = checklist.Key{Activity: "impact.cane", Direction: checklist.Receiving}

// linkedDraft starts a first-scene draft for two people of the vault,
// linked to their lists, with a cane in the scene and a way to stop.
func linkedDraft(t *testing.T, a *App) (*Negotiate, *negEditor) {
	t.Helper()
	n := openNegotiate(t, a)
	tap(n.newBtn)
	s := n.starter
	eventually(t, "the people to choose from are shown", func() bool { return len(s.checks) == 2 })
	for i, k := range negotiation.Templates() {
		if k.Kind == negotiation.KindFirstScene {
			tap(s.kindBtns[i])
		}
	}
	for _, c := range s.checks {
		c.SetChecked(true)
	}
	tap(s.start)
	eventually(t, "the editor opens", func() bool { return n.ed != nil })
	ed := n.ed
	for _, p := range ed.doc.Participants {
		if p.ProfileID == "" {
			t.Fatalf("%s is not linked to their list", p.Name)
		}
	}
	fillIn(t, ed, typed{"activities/0": "Cane", "safewords/word": "rutabaga", "safewords/signal": "three taps"})
	return n, ed
}

func hasText(texts []string, part string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, part) })
}

// overlayText is what the dialog on top of the window says. Fyne 2.7
// put a dialog in a PopUp; 2.8 wraps it in an overlay container, whose
// content is reached through its renderer.
func overlayText(a *App) []string {
	return overlayTextOf(a.win.Canvas().Overlays().Top())
}

func overlayTextOf(top fyne.CanvasObject) []string {
	if pop, ok := top.(*widget.PopUp); ok {
		return shownText(pop.Content)
	}
	if top == nil {
		return nil
	}
	if out := shownText(top); len(out) > 0 {
		return out
	}
	var out []string
	if w, ok := top.(fyne.Widget); ok {
		for _, o := range test.WidgetRenderer(w).Objects() {
			out = append(out, overlayTextOf(o)...)
		}
	}
	return out
}

// refusedEverywhere checks that Save as PDF, Print and Mark as agreed are
// all refused, each saying why.
func refusedEverywhere(t *testing.T, a *App, n *Negotiate, ed *negEditor, why string) {
	t.Helper()
	tap(ed.agree)
	if texts := overlayText(a); !hasText(texts, "Not ready to agree yet") || !hasText(texts, why) {
		t.Fatalf("Mark as agreed was not refused with the reason %q: %q", why, texts)
	}
	a.win.Canvas().Overlays().Top().Hide()
	tap(ed.preview)
	p := n.preview
	if p == nil || !p.save.Disabled() || !p.print.Disabled() {
		t.Fatal("Save as PDF and Print are offered")
	}
	if !hasText(p.reasons, why) || !hasText(shownText(p.blocked), why) {
		t.Fatalf("the preview does not say why: %q", p.reasons)
	}
	path := filepath.Join(t.TempDir(), "scene.pdf")
	var nr errNotReady
	if _, err := p.export(path, p.facts()); !errors.As(err, &nr) {
		t.Fatalf("exporting anyway = %v, want it refused", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("a PDF was written")
	}
	tap(p.back)
	if _, _, agreed, _ := a.Vault().LatestVersion(ed.id); agreed {
		t.Fatal("the document was agreed")
	}
}

// Attack: a cane in the scene, caning a Hard limit on Sam's own checklist,
// nothing brought in. The review used to say "Nothing stops you printing".
func TestACaneOnSamsOwnListStopsPrintingAndAgreeing(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Alex", nil)
	addPerson(t, a, "Sam", map[checklist.Key]checklist.Answer{caneReceiving: checklist.HardLimit})
	n, ed := linkedDraft(t, a)
	eventually(t, "the review has read the linked lists", func() bool { return len(ed.linked) == 2 })
	ed.review.update()
	for _, p := range ed.doc.Participants {
		if len(p.Limits.Hard) > 0 && !p.Limits.Hard[0].Blank() {
			t.Fatalf("a limit was brought in: %+v", p.Limits.Hard)
		}
	}
	refusedEverywhere(t, a, n, ed, "Cane is in the scene, but Sam's own checklist says it is a hard limit")
}

// The same scene with Sam's list protected: the check waits for her PIN
// and says so; after it, the cane is found.
func TestAProtectedLinkedListIsCheckedOnlyWithItsPIN(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Alex", nil)
	sam := addPerson(t, a, "Sam", map[checklist.Key]checklist.Answer{caneReceiving: checklist.HardLimit})
	if err := a.Vault().SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	n, ed := linkedDraft(t, a)
	eventually(t, "the review knows Sam's list is protected", func() bool { return len(ed.unchecked) == 1 })
	ed.review.update()
	refusedEverywhere(t, a, n, ed, "Sam's list is protected, so Parley could not check the scene")
	var card *findingCard
	for _, c := range ed.review.cards {
		if c.finding.Rule == negotiation.RuleLinkedUnchecked {
			card = c
		}
	}
	if card == nil || card.pin == nil {
		t.Fatal("the finding offers no way for Sam to enter her PIN")
	}
	tap(card.pin)
	eventually(t, "Sam's PIN is asked for", func() bool { return ed.linkDlg != nil })
	test.Type(ed.linkPIN, "blue heron 42")
	fyne.DoAndWait(ed.linkDlg.Submit)
	eventually(t, "Sam's list is checked", func() bool { return len(ed.unchecked) == 0 && len(ed.linked) == 2 })
	refusedEverywhere(t, a, n, ed, "Cane is in the scene, but Sam's own checklist says it is a hard limit")
}

// findButton finds a button by its text under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch w := o.(type) {
	case *widget.Button:
		if w.Text == text {
			return w
		}
	case *fyne.Container:
		for _, c := range w.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// Attack: after "Together on this computer", Alex opens Sam's limits
// timeline without her PIN.
func TestAfterTogetherTheTimelineAsksForThePIN(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Alex", alexsAnswers)
	sam := addPerson(t, a, "Sam", samsAnswers)
	if err := a.Vault().SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	compareTogether(t, a, "Alex", "Sam", "blue heron 42")

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

// Attack: read the limits Sam brought in from her protected list in the
// editor, the preview and History's view of the version, without her PIN.
func TestLimitsFromAProtectedListShowOnlyAfterItsPIN(t *testing.T) {
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
	}, a.now())
	doc.Title = "Friday"
	id, err := v.CreateNegotiation(doc)
	if err != nil {
		t.Fatal(err)
	}
	const secret = "Caning of any kind"
	const line = "Sam's limits from their protected list — enter Sam's PIN to show."

	n := openNegotiate(t, a)
	fyne.DoAndWait(func() { n.open(id) })
	eventually(t, "the editor opens", func() bool { return n.ed != nil })
	ed := n.ed
	if texts := shownText(ed.content); hasText(texts, secret) || !hasText(texts, line) {
		t.Fatalf("the editor shows %q", texts)
	}
	tap(ed.preview)
	if texts := shownText(n.preview.text); hasText(texts, secret) || !hasText(texts, line) {
		t.Fatalf("the preview shows %q", texts)
	}
	pv := n.preview
	if !hasText(pv.reasons, "Sam's limits from their protected list are hidden") || len(pv.shows) != 1 {
		t.Fatalf("printing does not wait for the hidden limits: %q", pv.reasons)
	}
	tap(pv.shows[0])
	eventually(t, "Sam's PIN is asked for in the preview", func() bool { return pv.pinDlg != nil })
	test.Type(pv.pin, "blue heron 42")
	fyne.DoAndWait(pv.pinDlg.Submit)
	eventually(t, "the preview shows Sam's limits", func() bool { return hasText(shownText(pv.text), secret) })
	if hasText(pv.reasons, "hidden") {
		t.Fatalf("still waiting for the hidden limits: %q", pv.reasons)
	}
	tap(pv.back)

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

// Attack: read Sam's debrief discoveries, kept with her protected list,
// on the debrief page without her PIN.
func TestDiscoveriesOfAProtectedListShowOnlyAfterItsPIN(t *testing.T) {
	a, c := clockedApp(t)
	v := a.Vault()
	sam := samWithAnswers(t, v, "2468", map[checklist.Key]checklist.Answer{gagReceiving: checklist.No}, c.now())
	id := agreed(t, v, coupleDoc(c.now(), sam.ID))
	c.set(sceneAt.Add(30 * time.Hour))
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
