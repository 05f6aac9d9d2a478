package negotiate

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// withASide gives the second person a hard limit about receiving and a
// soft one about giving, as a limit brought in from a checklist has
// (issue 18: the side was added in English).
func withASide(ed *negEditor) {
	fyne.DoAndWait(func() {
		p := &ed.doc.Participants[1]
		p.Limits.Hard = append(p.Limits.Hard, negotiation.LimitItem{Text: "Spanking", Side: negotiation.SideReceiving})
		p.Limits.Soft = append(p.Limits.Soft, negotiation.LimitItem{ActivityID: "custom:feather tickling", Side: negotiation.SideGiving})
		ed.rebuild(negotiation.SectionLimits)
		ed.changed()
	})
}

// No text falls through (issue 18): Negotiate's screens, shown in the
// pseudo-language, have no word that did not come from the catalogue: the
// list, the starter, the editor of every template with its review, and
// the page preview. What the test types is the people's own.
func TestNegotiateHasNoTextOutsideTheCatalogue(t *testing.T) {
	a, _ := kittest.ClockedSection(t)
	a.InPseudo(t)
	values := typed{
		"activities/0":     "Feather tickling",
		"limits/1/hard/0":  "Anything around the neck",
		"safewords/word":   "rutabaga",
		"safewords/signal": "three taps",
		"duration":         "about 25 minutes",
	}
	user := []string{"Alex", "Sam", "Feather tickling", "Anything around the neck", "rutabaga", "three taps", "about 25 minutes", "About 25 minutes", "feather tickling", "Spanking"}
	leaks := func(where string) {
		t.Helper()
		a.Drain()
		for _, s := range kittest.Untranslated(a.Window, user...) {
			t.Errorf("%s: %s", where, s)
		}
	}
	n := openNegotiate(t, a)
	leaks("the list")
	for _, kind := range []negotiation.Kind{negotiation.KindFirstScene, negotiation.KindEstablished, negotiation.KindPlayParty, negotiation.KindBlank} {
		n = openNegotiate(t, a)
		if n.ed != nil {
			test.Tap(n.ed.back)
		}
		ed := newDraft(t, a, n, kind, "Alex", "Sam")
		leaks("the editor (" + string(kind) + ")")
		makeRoomFor(t, ed)
		fillIn(t, a, ed, values)
		withASide(ed)
		a.Eventually(t, "the review has findings", func() bool { return len(ed.review.cards) > 0 })
		leaks("the editor with its review (" + string(kind) + ")")
		test.Tap(ed.preview)
		a.Eventually(t, "the preview opens", func() bool { return n.preview != nil })
		leaks("the preview (" + string(kind) + ")")
	}
	n = openNegotiate(t, a)
	if n.ed != nil {
		test.Tap(n.ed.back)
	}
	ed := newAgreementDraft(t, a, n, "Alex", "Sam")
	leaks("the editor of a standing agreement")
	test.Tap(ed.preview)
	a.Eventually(t, "the preview opens", func() bool { return n.preview != nil })
	leaks("the preview of a standing agreement")
	n = openNegotiate(t, a)
	if n.ed != nil {
		test.Tap(n.ed.back)
	}
	leaks("the list with drafts")
}
