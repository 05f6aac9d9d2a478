package negotiate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// These tests moved from package ui's cross-feature tests (derived_test.go,
// calm_end_test.go, calm_forms_test.go) with the screens they test.
var caneReceiving = checklist.Key{Activity: "impact.cane", Direction: checklist.Receiving}

func linkedDraft(t *testing.T, a *kittest.Section) (*Negotiate, *negEditor) {
	t.Helper()
	n := openNegotiate(t, a)
	test.Tap(n.newBtn)
	s := n.starter
	a.Eventually(t, "the people to choose from are shown", func() bool { return len(s.checks) == 2 })
	for i, k := range negotiation.Templates() {
		if k.Kind == negotiation.KindFirstScene {
			test.Tap(s.kindBtns[i])
		}
	}
	for _, c := range s.checks {
		c.SetChecked(true)
	}
	test.Tap(s.start)
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	ed := n.ed
	for _, p := range ed.doc.Participants {
		if p.ProfileID == "" {
			t.Fatalf("%s is not linked to their list", p.Name)
		}
	}
	fillIn(t, a, ed, typed{"activities/0": "Cane", "safewords/word": "rutabaga", "safewords/signal": "three taps"})
	return n, ed
}

func refusedEverywhere(t *testing.T, a *kittest.Section, n *Negotiate, ed *negEditor, why string) {
	t.Helper()
	test.Tap(ed.agree)
	if texts := overlayText(a); !kittest.Contains(texts, "Not ready to agree yet") || !kittest.Contains(texts, why) {
		t.Fatalf("Mark as agreed was not refused with the reason %q: %q", why, texts)
	}
	a.Window.Canvas().Overlays().Top().Hide()
	test.Tap(ed.preview)
	p := n.preview
	if p == nil || !p.save.Disabled() || !p.print.Disabled() {
		t.Fatal("Save as PDF and Print are offered")
	}
	if !kittest.Contains(p.reasons, why) || !kittest.Contains(kittest.ShownText(p.blocked), why) {
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
	test.Tap(p.back)
	if _, _, agreed, _ := a.Vault().LatestVersion(ed.id); agreed {
		t.Fatal("the document was agreed")
	}
}

func TestACaneOnSamsOwnListStopsPrintingAndAgreeing(t *testing.T) {
	a := kittest.NewSection(t, nil)
	kittest.AddPerson(t, a.Vault(), "Alex", nil)
	kittest.AddPerson(t, a.Vault(), "Sam", map[checklist.Key]checklist.Answer{caneReceiving: checklist.HardLimit})
	n, ed := linkedDraft(t, a)
	a.Eventually(t, "the review has read the linked lists", func() bool { return len(ed.linked) == 2 })
	ed.review.update()
	for _, p := range ed.doc.Participants {
		if len(p.Limits.Hard) > 0 && !p.Limits.Hard[0].Blank() {
			t.Fatalf("a limit was brought in: %+v", p.Limits.Hard)
		}
	}
	refusedEverywhere(t, a, n, ed, "Cane is in the scene, but Sam's own checklist says it is a hard limit")
}

func TestAProtectedLinkedListIsCheckedOnlyWithItsPIN(t *testing.T) {
	a := kittest.NewSection(t, nil)
	kittest.AddPerson(t, a.Vault(), "Alex", nil)
	sam := kittest.AddPerson(t, a.Vault(), "Sam", map[checklist.Key]checklist.Answer{caneReceiving: checklist.HardLimit})
	if err := a.Vault().SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	n, ed := linkedDraft(t, a)
	a.Eventually(t, "the review knows Sam's list is protected", func() bool { return len(ed.unchecked) == 1 })
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
	test.Tap(card.pin)
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return ed.linkDlg != nil })
	test.Type(ed.linkPIN, "blue heron 42")
	fyne.DoAndWait(ed.linkDlg.Submit)
	a.Eventually(t, "Sam's list is checked", func() bool { return len(ed.unchecked) == 0 && len(ed.linked) == 2 })
	refusedEverywhere(t, a, n, ed, "Cane is in the scene, but Sam's own checklist says it is a hard limit")
}

func TestLimitsFromAProtectedListShowOnlyAfterItsPIN(t *testing.T) {
	a := kittest.NewSection(t, nil)
	id := kittest.ProtectedLimitDraft(t, a.Vault(), a.Now(), "blue heron 42")
	const secret, line = kittest.ProtectedLimit, kittest.ProtectedLimitLine

	n := openNegotiate(t, a)
	fyne.DoAndWait(func() { n.open(id) })
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	ed := n.ed
	if texts := kittest.ShownText(ed.content); kittest.Contains(texts, secret) || !kittest.Contains(texts, line) {
		t.Fatalf("the editor shows %q", texts)
	}
	test.Tap(ed.preview)
	if texts := kittest.ShownText(n.preview.text); kittest.Contains(texts, secret) || !kittest.Contains(texts, line) {
		t.Fatalf("the preview shows %q", texts)
	}
	pv := n.preview
	if !kittest.Contains(pv.reasons, "Sam's limits from their protected list are hidden") || len(pv.shows) != 1 {
		t.Fatalf("printing does not wait for the hidden limits: %q", pv.reasons)
	}
	test.Tap(pv.shows[0])
	a.Eventually(t, "Sam's PIN is asked for in the preview", func() bool { return pv.pinDlg != nil })
	test.Type(pv.pin, "blue heron 42")
	fyne.DoAndWait(pv.pinDlg.Submit)
	a.Eventually(t, "the preview shows Sam's limits", func() bool { return kittest.Contains(kittest.ShownText(pv.text), secret) })
	if kittest.Contains(pv.reasons, "hidden") {
		t.Fatalf("still waiting for the hidden limits: %q", pv.reasons)
	}
	test.Tap(pv.back)
}

func TestSavingThePDFSaysWhere(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	n := openNegotiate(t, a)
	n.open(id)
	a.Eventually(t, "the agreed page opens", func() bool { return n.preview != nil })
	p := n.preview
	dir := filepath.Join(t.TempDir(), "Our papers")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, p.fileName())
	fyne.DoAndWait(func() { p.saveTo(path, false) })
	a.Eventually(t, "the page says the PDF is saved", func() bool { return p.status.Visible() && p.status.Text != "" })
	want := "Saved as " + p.fileName() + " in " + dir + "."
	if p.status.Text != want {
		t.Errorf("after saving the page says %q, want %q", p.status.Text, want)
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Errorf("the PDF is not where the page says: %v", err)
	}
}

func TestTheWheelOverAFieldScrollsTheEditor(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	title := field(t, ed, "title")
	a.Eventually(t, "the form is laid out", func() bool { return title.Size().Width > 0 })

	// A one-line field at the top: the wheel turned down scrolls the form.
	ed.scroll.ScrollToTop()
	wheelOver(a, title, -40)
	if ed.scroll.Offset.Y <= 0 {
		t.Error("the wheel over the title field did not scroll the form")
	}

	// A multi-line field with little in it, further down: up and down.
	var multi *formEntry
	for key, f := range ed.fields {
		if e, ok := f.(*formEntry); ok && e.MultiLine && strings.HasPrefix(key, "aftercare/") {
			multi = e
			break
		}
	}
	if multi == nil {
		t.Fatal("the editor has no multi-line aftercare field")
	}
	ed.reveal(multi)
	before := ed.scroll.Offset.Y
	wheelOver(a, multi, 40)
	if ed.scroll.Offset.Y >= before {
		t.Errorf("the wheel over a multi-line field left the form at %v (was %v)", ed.scroll.Offset.Y, before)
	}

	// A field with more text than it shows scrolls its own text first.
	multi.SetText(strings.Repeat("a line of aftercare\n", 30))
	ed.reveal(multi)
	var own *container.Scroll
	for _, o := range test.WidgetRenderer(multi).Objects() {
		if sc, ok := o.(*container.Scroll); ok {
			own = sc
		}
	}
	if own == nil {
		t.Fatal("the multi-line field has no scroller of its own")
	}
	own.ScrollToTop()
	page := ed.scroll.Offset.Y
	wheelOver(a, multi, -40)
	if own.Offset.Y <= 0 || ed.scroll.Offset.Y != page {
		t.Errorf("the wheel over a long field moved its text to %v and the form from %v to %v", own.Offset.Y, page, ed.scroll.Offset.Y)
	}
}

func TestTypingIntoAFilledInDateReplacesIt(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	scene, debrief := field(t, ed, "dates/scene"), field(t, ed, "dates/debrief")
	a.Eventually(t, "the form is laid out", func() bool { return debrief.Size().Width > 0 })
	loc := a.Now().Location()

	scene.SetText("")
	a.Window.Canvas().Focus(scene)
	test.Type(scene, "6/12/2026 19:00")
	if debrief.Text == "" || ed.doc.DebriefOn.IsZero() {
		t.Fatal("the scene date did not fill in the debrief date")
	}

	// Tab (or a jump from the review) into the filled-in field, then type.
	a.Window.Canvas().Focus(debrief)
	test.Type(debrief, "9/12/2026 18:30")
	if debrief.Text != "9/12/2026 18:30" {
		t.Errorf("the debrief field says %q after typing a date into it", debrief.Text)
	}
	if want := time.Date(2026, time.December, 9, 18, 30, 0, 0, loc); !ed.doc.DebriefOn.Equal(want) {
		t.Errorf("the debrief is on %v, want %v", ed.doc.DebriefOn, want)
	}

	// A click into it from elsewhere selects it too; a second click, while
	// typing there, only places the cursor.
	a.Window.Canvas().Focus(scene)
	click := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary}
	debrief.MouseDown(click)
	debrief.MouseUp(click)
	if got := debrief.SelectedText(); got != debrief.Text {
		t.Errorf("a click into the date selected %q of %q", got, debrief.Text)
	}
	debrief.MouseDown(click)
	debrief.MouseUp(click)
	if got := debrief.SelectedText(); got != "" {
		t.Errorf("a second click kept %q selected", got)
	}

	// The calendar: its button is drawn in the field, and a picked day
	// keeps the time of day already there.
	named := debrief.ActionItem.(*kit.NamedButton)
	pick := &named.Button
	drawn := false
	for _, o := range test.WidgetRenderer(debrief).Objects() {
		drawn = drawn || o == named
	}
	if !drawn {
		t.Error("the date field does not draw its calendar button")
	}
	test.Tap(pick)
	top := a.Window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the calendar button showed nothing")
	}
	kittest.TapText(t, a.Window, "11")
	if want := time.Date(2026, time.December, 11, 18, 30, 0, 0, loc); !ed.doc.DebriefOn.Equal(want) || debrief.Text != "11/12/2026 18:30" {
		t.Errorf("picking the 11th gave %q and %v, want %v", debrief.Text, ed.doc.DebriefOn, want)
	}
	if a.Window.Canvas().Overlays().Top() != nil {
		t.Error("the calendar stays open after a day is picked")
	}
}

func TestDatesAreReadTheBritishWay(t *testing.T) {
	loc := time.FixedZone("here", 3600)
	day := func(d, h, m int) time.Time { return time.Date(2026, time.December, d, h, m, 0, 0, loc) }
	cases := []struct {
		typed string
		want  time.Time
	}{
		{"6/12/2026", day(6, 0, 0)},
		{"06/12/2026", day(6, 0, 0)},
		{" 6/12/2026   19:00 ", day(6, 19, 0)},
		{"6/12/2026 19.30", day(6, 19, 30)},
		{"6/12/2026 19:00:00", day(6, 19, 0)},
		{"6-12-2026", day(6, 0, 0)},
		{"6.12.2026 8:05", day(6, 8, 5)},
		{"6 Dec 2026", day(6, 0, 0)},
		{"6 dec 2026 19:00", day(6, 19, 0)},
		{"6 December 2026, 19:00", day(6, 19, 0)},
		{"Sunday 6 December 2026", day(6, 0, 0)},
		{"2026-12-06", day(6, 0, 0)},
		{"2026-12-06 19:00", day(6, 19, 0)},
		{"2026-12-06T19:00:00", day(6, 19, 0)},
	}
	for _, c := range cases {
		got, ok := parseDate(c.typed, loc)
		if !ok || !got.Equal(c.want) {
			t.Errorf("%q read as %v (ok %v), want %v", c.typed, got, ok, c.want)
		}
		if back, ok := parseDate(entryDate(got), loc); !ok || !back.Equal(got) {
			t.Errorf("%q written back as %q does not read again", c.typed, entryDate(got))
		}
	}
	for _, bad := range []string{"12/31/2026", "31/2/2026", "6/12/2026 206/12/2026 19:00:00", "tomorrow", "6/12"} {
		if got, ok := parseDate(bad, loc); ok {
			t.Errorf("%q was read as %v; it is not a date", bad, got)
		}
	}
}

// Escape in an untouched "Add from Parley's list" closes it (moved from
// ui's TestEscapeLeavesTheDialogsColleaguesLeft).
func TestEscapeLeavesAddFromParleysList(t *testing.T) {
	a := kittest.NewSection(t, nil)
	ed := newDraft(t, a, openNegotiate(t, a), negotiation.KindFirstScene, "Alex", "Sam")
	ov := a.Window.Canvas().Overlays()
	test.Tap(ed.fields["activities/add"].(*widget.Button))
	if ov.Top() == nil {
		t.Fatal("Add from Parley's list did not open")
	}
	if _, ok := a.Window.Canvas().Focused().(*kit.DialogEntry); !ok {
		t.Fatalf("Add from Parley's list opens with the keyboard in %T", a.Window.Canvas().Focused())
	}
	pressEscape(a)
	if ov.Top() != nil {
		t.Error("Escape in an untouched Add from Parley's list did not close it")
	}
}

// pressEscape presses Escape as the desktop driver does: to the focused
// widget, else to the canvas.
func pressEscape(a *kittest.Section) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := a.Window.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	a.Window.Canvas().OnTypedKey()(ev)
}

// Issue 14: at 800×600, 1024×768 and 1280×800 the editor, with a protected
// list's "enters their PIN" finding in its review, cuts no text, lays none
// over another and asks for no more width than the section has (the width
// beside the shell's sidebar: icons only below 1000 px, about 80 px; names
// above, about 200 px). Moved from ui's TestSmallWindowCutsNothing.
func TestTheEditorCutsNothingInASmallWindow(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 720, Height: 600}, {Width: 824, Height: 768}, {Width: 1080, Height: 800}} {
		t.Run(fmt.Sprintf("%.0fx%.0f", size.Width, size.Height), func(t *testing.T) {
			a := kittest.NewSection(t, nil)
			a.Window.Resize(size)
			kittest.AddPerson(t, a.Vault(), "Sam", nil)
			alex := kittest.AddPerson(t, a.Vault(), "Alex", nil)
			if err := a.Vault().SealPerson(alex, "blue heron 42"); err != nil {
				t.Fatal(err)
			}
			_, ed := linkedDraft(t, a)
			a.Eventually(t, "the review knows Alex's list is protected", func() bool { return len(ed.unchecked) == 1 })
			fyne.DoAndWait(ed.review.update)
			a.Drain()
			a.Window.Resize(size)
			for _, p := range kittest.SmallWindowProblems(a.Window.Canvas().Content(), size) {
				t.Errorf("the editor: %s", p)
			}
		})
	}
}
