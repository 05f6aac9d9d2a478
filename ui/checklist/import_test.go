package checklist

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
)

// realCode is a code made by KinkList v1.0.2's own encode function (see
// domain/kinklist's tests and testdata), as its page address would hold it.
func realCode(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../domain/kinklist/testdata/export-realistic.json")
	if err != nil {
		t.Fatal(err)
	}
	var e struct{ Code string }
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatal(err)
	}
	return "https://example.invalid/kinklist/#" + e.Code
}

var (
	cane      = checklist.Key{Activity: "impact.cane", Direction: checklist.Receiving}
	cuffs     = checklist.Key{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}
	faceSit   = checklist.Key{Activity: "breath.face-sitting", Direction: checklist.Giving}
	urineGive = checklist.Key{Activity: "body.urine-play", Direction: checklist.Giving}
)

// pasteAndPreview opens "Bring in from KinkList…" through the More menu's
// entry, pastes the address and asks for the preview.
func pasteAndPreview(t *testing.T, f *fixture, c *Checklist, address string) *importer {
	t.Helper()
	var item func()
	for _, m := range c.moreItems() {
		if strings.HasPrefix(m.Label, "Bring in from KinkList") {
			item = m.Action
		}
	}
	if item == nil {
		t.Fatal("the checklist's More menu has no Bring in from KinkList")
	}
	item()
	imp := c.imp
	if imp == nil || topOverlay(f) == nil {
		t.Fatal("Bring in from KinkList opened nothing")
	}
	test.Type(imp.code, address)
	tap(imp.showBtn)
	return imp
}

// Issue 17, item 4: a real KinkList address maps as domain/kinklist says;
// the preview shows every proposed answer and every item left out with its
// reason; no level is a hard limit unless the person picks it; an answer
// already given stays unless they choose Replace; and nothing at all is
// saved before "Bring these in".
func TestBringingInFromKinkListSavesNothingBeforeConfirm(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	tapAnswer(t, c, rowIndex(t, c, cane.Activity, cane.Direction), checklist.Yes)
	before := savedSheet(t, f, c.person)

	imp := pasteAndPreview(t, f, c, realCode(t))
	if imp.problem.Visible() {
		t.Fatalf("a real KinkList address was refused: %q", imp.problem.Text)
	}
	shown := texts(topOverlay(f))
	if len(imp.preview.Answers) != 22 || len(imp.preview.Left) != 6 {
		t.Fatalf("the preview proposes %d answers and leaves %d out, want 22 and 6", len(imp.preview.Answers), len(imp.preview.Left))
	}
	for _, p := range imp.preview.Answers {
		if p.Answer == checklist.HardLimit {
			t.Errorf("%s is proposed as a hard limit nobody chose", p.Key.Activity)
		}
	}
	for _, want := range []string{"Wrist cuffs", "Chubby", "cannot consent", "stays Yes (your answer now; KinkList says Not now)"} {
		if !hasText(shown, want) {
			t.Errorf("the preview does not show %q", want)
		}
	}

	// The attack: everything short of "Bring these in" writes nothing.
	imp.replace.SetChecked(true)
	test.Tap(imp.edited)
	c.list.TypedRune('9') // a stray key on the list behind
	f.wait()
	if got := savedSheet(t, f, c.person); len(got.Keys()) != len(before.Keys()) || got.Get(cane).Answer != checklist.Yes {
		t.Fatalf("the preview saved something: %d answers now, %d before", len(got.Keys()), len(before.Keys()))
	}
	imp.replace.SetChecked(false)
	test.Tap(imp.edited)

	// The person maps KinkList's No to Hard limit themselves.
	noLevel := selectsIn(topOverlay(f))[4] // Favourite, Like, Okay, Maybe, No
	noLevel.SetSelected(c.words.HardLimit)
	if got := proposed(imp, urineGive); got != checklist.HardLimit {
		t.Fatalf("with No mapped to Hard limit the preview proposes %v", got)
	}
	tap(imp.bring)
	f.env.Eventually(t, "the answers come in", func() bool { return c.sheet != nil && c.sheet.Get(cuffs).Answer == checklist.Yes })
	s := savedSheet(t, f, c.person)
	if s.Get(cuffs).Answer != checklist.Yes || s.Get(faceSit).Answer != checklist.Maybe || s.Get(urineGive).Answer != checklist.HardLimit {
		t.Errorf("saved: cuffs %v, face-sitting %v, urine %v", s.Get(cuffs).Answer, s.Get(faceSit).Answer, s.Get(urineGive).Answer)
	}
	if s.Get(cane).Answer != checklist.Yes {
		t.Errorf("Sam's own Yes on the cane was replaced by %v without Replace", s.Get(cane).Answer)
	}
}

// proposed is the answer the preview proposes for k.
func proposed(imp *importer, k checklist.Key) checklist.Answer {
	for _, p := range imp.preview.Answers {
		if p.Key == k {
			return p.Answer
		}
	}
	return checklist.Unanswered
}

// A damaged address says what is wrong, keeps what was pasted and shows no
// preview.
func TestABadKinkListAddressSaysWhy(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	bad := realCode(t)[:40]
	imp := pasteAndPreview(t, f, c, bad)
	if !imp.problem.Visible() || !strings.Contains(imp.problem.Text, "shorter than this list needs") {
		t.Errorf("a cut-off code says %q", imp.problem.Text)
	}
	if imp.code.Text != bad || imp.bring != nil {
		t.Error("a bad code was cleared, or a preview was offered")
	}
}

// A protected list asks for its PIN before the import writes anything;
// a wrong PIN writes nothing.
func TestBringingIntoAProtectedListAsksForItsPIN(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	sealWith(t, f.env, c.people, c.person, alexSecret)
	if !c.person.Sealed {
		t.Fatal("Sam's list is not protected")
	}
	imp := pasteAndPreview(t, f, c, realCode(t))
	tap(imp.bring)
	pin := entriesIn(topOverlay(f))
	if len(pin) != 1 {
		t.Fatalf("Bring these in did not ask for the PIN (%d fields on top)", len(pin))
	}
	test.Type(pin[0], "wrong guess")
	tapText(t, f, "Open")
	f.env.Eventually(t, "the wrong PIN is refused", func() bool { return imp.problem.Visible() })
	if got := savedSheet(t, f, c.person); len(got.Keys()) != 0 {
		t.Fatalf("a wrong PIN brought in %d answers", len(got.Keys()))
	}
	tap(imp.bring)
	test.Type(entriesIn(topOverlay(f))[0], alexSecret)
	tapText(t, f, "Open")
	f.env.Eventually(t, "the answers come in", func() bool { return c.sheet != nil && c.sheet.Get(cuffs).Answer == checklist.Yes })
	if got := savedSheet(t, f, c.person); got.Get(cuffs).Answer != checklist.Yes {
		t.Error("the right PIN did not bring the answers in")
	}
}

// Issue 14, item 8: with every level left out, "Bring these in" was grey
// and nothing beside it said why.
func TestBringTheseInSaysWhyItIsGrey(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	imp := pasteAndPreview(t, f, c, realCode(t))
	if imp.bring.Disabled() || hasText(texts(topOverlay(f)), "Nothing would come in") {
		t.Fatal("with answers to bring in, Bring these in is grey or says nothing would come in")
	}
	for i := range 5 { // Favourite, Like, Okay, Maybe, No
		selectsIn(topOverlay(f))[i].SetSelected("Leave out")
	}
	if imp.coming() != 0 || !imp.bring.Disabled() || !hasText(texts(topOverlay(f)), "Nothing would come in") {
		t.Errorf("with every level left out (%d coming), Bring these in is grey %v and the page shows %q", imp.coming(), imp.bring.Disabled(), texts(topOverlay(f)))
	}
}
