package home

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14's walk: a couple agree a document with no scene date. Home
// must not greet them with the first run's "Nothing yet": it says nothing
// is coming up, that History keeps what they agreed, and what brings it
// here.
func TestAfterAgreeingWithoutADateHomeIsNotTheFirstRun(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	doc := kittest.CoupleDoc(c.Now(), "")
	doc.SetSceneOn(time.Time{})
	kittest.Agreed(t, a.Vault(), doc)
	h := openHome(t, a)
	a.Eventually(t, "Home has looked", func() bool { return h.looked })
	shown := strings.Join(kittest.ShownText(h.content), "\n")
	if strings.Contains(shown, "Nothing yet") || h.begin != nil {
		t.Errorf("Home greets a couple who have agreed a document as a first run:\n%s", shown)
	}
	for _, want := range []string{"Nothing is coming up just now.", "History keeps every document you have agreed.", "Give a document a scene date"} {
		if !strings.Contains(shown, want) {
			t.Errorf("Home does not say %q:\n%s", want, shown)
		}
	}
	if len(h.buttons) != 1 {
		t.Fatalf("Home offers %d buttons, want one to History", len(h.buttons))
	}
	test.Tap(h.buttons[0])
	if len(a.Went) != 1 || a.Went[0] != (kit.Section{ID: "history"}) {
		t.Errorf("the button went to %v, want History", a.Went)
	}
}

// Home says when an agreement's review is due (from two weeks before the
// date) or overdue, and opens it; a review a month away, or an agreement
// never agreed, is not mentioned.
func TestHomeSaysWhenAnAgreementsReviewIsDue(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	now := c.Now()
	day := func(d int) time.Time {
		y, m, dd := now.AddDate(0, 0, d).Date()
		return time.Date(y, m, dd, 0, 0, 0, 0, now.Location())
	}
	newAgreement := func(title string, review time.Time, agree bool) string {
		doc := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, now)
		doc.Title, doc.Agreement.ReviewOn = title, review
		if agree {
			return kittest.Agreed(t, a.Vault(), doc)
		}
		id, err := a.Vault().CreateNegotiation(doc)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	soon := newAgreement("Soon", day(10), true)
	late := newAgreement("Late", day(-3), true)
	newAgreement("Far", day(40), true)
	newAgreement("Not agreed", day(2), false)
	h := openHome(t, a)
	a.Eventually(t, "Home has looked", func() bool { return h.looked })
	shown := strings.Join(kittest.ShownText(h.content), "\n")
	if !strings.Contains(shown, "Agreements to look at again") {
		t.Fatalf("Home does not list agreements to review:\n%s", shown)
	}
	if !strings.Contains(shown, "Soon: the date you chose to look at this agreement again is "+kit.LongDate(day(10))+".") {
		t.Errorf("the review due soon is not said:\n%s", shown)
	}
	if !strings.Contains(shown, "Late: you meant to look at this agreement again on "+kit.LongDate(day(-3))+".") {
		t.Errorf("the overdue review is not said:\n%s", shown)
	}
	if strings.Contains(shown, "Far") || strings.Contains(shown, "Not agreed") {
		t.Errorf("Home mentions an agreement whose review is not due:\n%s", shown)
	}
	if len(h.reviews) != 2 || h.reviews[0].ID != late || h.reviews[1].ID != soon {
		t.Fatalf("the reviews are not overdue first: %+v", h.reviews)
	}
	test.Tap(h.buttons[0])
	if len(a.Went) != 1 || a.Went[0] != (kit.NegotiateOpen{NegotiationID: late}) {
		t.Errorf("the button went to %v, want the overdue agreement", a.Went)
	}
}

// With PARLEY_SHOTS set, Home with a review due and with nothing coming up
// is saved there at 800 and 1280 wide (less the sidebar), to look at.
func TestShootHome(t *testing.T) {
	dir := os.Getenv("PARLEY_SHOTS")
	if dir == "" {
		t.Skip("PARLEY_SHOTS is not set")
	}
	for _, w := range []float32{720, 1080} {
		a, c := kittest.ClockedSection(t)
		a.Window.Resize(fyne.NewSize(w, 600))
		doc := kittest.CoupleDoc(c.Now(), "")
		doc.SetSceneOn(time.Time{})
		kittest.Agreed(t, a.Vault(), doc)
		h := openHome(t, a)
		a.Eventually(t, "Home has looked", func() bool { return h.looked })
		save(t, a, filepath.Join(dir, fmt.Sprintf("home-nothing-%.0f.png", w)))
		ag := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, c.Now())
		ag.Title, ag.Agreement.ReviewOn = "Our dynamic", c.Now().AddDate(0, 0, 5)
		kittest.Agreed(t, a.Vault(), ag)
		h = openHome(t, a)
		a.Eventually(t, "Home has looked", func() bool { return h.looked })
		save(t, a, filepath.Join(dir, fmt.Sprintf("home-review-%.0f.png", w)))
	}
}

func save(t *testing.T, a *kittest.Section, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, a.Window.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
