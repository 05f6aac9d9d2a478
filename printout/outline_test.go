package printout

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/negotiation"
)

// TestThePageShowsTheOutlineAndNothingElse prints the sample documents'
// outlines, reads the PDFs back with pdftotext and checks that every
// label and value of the outline is on the page, and that every word on
// the page is one the outline holds: the paper cannot keep a label of its
// own that the screen does not have.
func TestThePageShowsTheOutlineAndNothingElse(t *testing.T) {
	docs := map[string]negotiation.Document{
		"first scene": firstScene(), "party": partyGagAlone(), "unwell today": unwellToday(), "three people": groupScene(3),
	}
	for name, d := range docs {
		o := negotiation.OutlineOf(d, printedOn)
		r, err := NegotiationOutline(o, printedOn, A4)
		if err != nil {
			t.Fatal(err)
		}
		if r.Pages != 1 {
			t.Fatalf("%s: %d pages; this test reads one", name, r.Pages)
		}
		page := readRaw(t, r.PDF)
		held := map[string]bool{"•": true}
		for _, s := range o.Shown() {
			s = squash(s)
			if !strings.Contains(page, s) {
				t.Errorf("%s: the page does not show %q:\n%s", name, s, page)
			}
			for _, w := range strings.Fields(s) {
				held[w] = true
			}
		}
		for _, w := range strings.Fields(page) {
			if !held[w] {
				t.Errorf("%s: the page shows %q, which the outline does not hold", name, w)
			}
		}
	}
}

// TestTheSampleOutlineLabelsAreThePrintedOnes pins the labels the issue
// found drifting: the paper now says what the screen says.
func TestTheSampleOutlineLabelsAreThePrintedOnes(t *testing.T) {
	page := readRaw(t, printDoc(t, firstScene(), A4).PDF)
	for _, want := range []string{"A signal without words Dropping the little bell", "Hard limits \u2014 never", "Soft limits \u2014 only as agreed"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not show %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "words Without words") || strings.Contains(page, " Without words ") {
		t.Errorf("the page still says \"Without words\" on its own:\n%s", page)
	}
}
