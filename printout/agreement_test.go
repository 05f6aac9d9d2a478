package printout

import (
	"fmt"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/negotiation"
)

// TestARealisticAgreementFitsOnOnePage prints the standing agreement on
// A4 and Letter and reads it back as a person's viewer would: one page of
// the right size, every hard limit under its person's red band, the two
// rule boxes, and the review date.
func TestARealisticAgreementFitsOnOnePage(t *testing.T) {
	d := standingAgreement()
	for _, size := range []PageSize{A4, Letter} {
		r := printDoc(t, d, size)
		_, pages, w, h := readPDF(t, r.PDF)
		t.Logf("%s: %d page(s), scale %.2f", size, pages, r.Scale)
		if pages != 1 || r.Pages != 1 {
			t.Fatalf("%s: pdfinfo says %d pages (Result %d), want 1", size, pages, r.Pages)
		}
		if want := size.rect(); int(w+0.5) != int(want.W+0.5) || int(h+0.5) != int(want.H+0.5) {
			t.Errorf("%s: page is %.0f x %.0f pt, want %.0f x %.0f", size, w, h, want.W, want.H)
		}
		if r.Missing != "" {
			t.Errorf("%s: the font lacks %q", size, r.Missing)
		}
		page := readRaw(t, r.PDF)
		for _, l := range d.HardLimitLines() {
			if !strings.Contains(hardLimitsOf(page, l.Participant), squash(l.Text)) {
				t.Errorf("%s: %s's hard limit %q is not under their red band:\n%s", size, l.Participant, l.Text, page)
			}
		}
		for _, want := range []string{
			negotiation.SafewordRuleTitle, negotiation.ExitRuleTitle, "Theo asks before making plans for the weekend \u2014 for Theo",
			"Next review Monday 15 February 2027", "Where it always stops",
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page does not show %q:\n%s", size, want, page)
			}
		}
	}
}

// TestALongAgreementShrinksThenGoesOnToPageTwo gives the agreement far
// more rules than fit: it is printed smaller, never below the readable
// size, goes on to more pages with the continued header and page numbers,
// and loses no rule and no hard limit.
func TestALongAgreementShrinksThenGoesOnToPageTwo(t *testing.T) {
	d := standingAgreement()
	for i := range 30 {
		d.Agreement.Rules = append(d.Agreement.Rules, negotiation.Standing{
			Text: fmt.Sprintf("Standing rule number %d, written out with care so that we both read it the same way", i+1), For: []string{"t"},
			Note: "A note that says when it does not apply, at some length."})
	}
	r := printDoc(t, d, A4)
	_, pages, _, _ := readPDF(t, r.PDF)
	if pages < 2 || r.Pages != pages {
		t.Fatalf("a very long agreement: pdfinfo says %d pages (Result %d), want 2 or more", pages, r.Pages)
	}
	if !r.Shrunk || r.Scale*bodySize < minBodySize-0.001 {
		t.Errorf("scale %.2f: want shrunk first, never below %.1f pt", r.Scale, minBodySize)
	}
	page := readRaw(t, r.PDF)
	for _, want := range []string{"Maya and Theo's agreement \u2014 Maya and Theo (continued)", fmt.Sprintf("Page 2 of %d", pages)} {
		if !strings.Contains(page, want) {
			t.Errorf("the later pages do not say %q", want)
		}
	}
	for i := range 30 {
		if want := fmt.Sprintf("Standing rule number %d, written out", i+1); !strings.Contains(page, want) {
			t.Errorf("rule %d is missing", i+1)
		}
	}
	for _, l := range d.HardLimitLines() {
		if !strings.Contains(page, squash(l.Text)) {
			t.Errorf("%s's hard limit %q is missing", l.Participant, l.Text)
		}
	}
}
