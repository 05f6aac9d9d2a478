package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
)

// saysIn reports whether a visible label inside o contains s.
func saysIn(o fyne.CanvasObject, s string) bool {
	found := false
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, s) {
			found = true
		}
	})
	return found
}

func TestThePersonalityTestSaysWhyNextIsGrey(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	q := openQuiz(t, a)
	addTaker(t, q, "Sam")
	tap(q.start)
	if !q.ask.next.Disabled() || !q.ask.why.Visible() || !strings.Contains(q.ask.why.Text, "Choose an answer") {
		t.Fatalf("unanswered: Next grey %v, the line says %q (shown %v)", q.ask.next.Disabled(), q.ask.why.Text, q.ask.why.Visible())
	}
	tap(q.ask.scale[2])
	tap(q.ask.back)
	if q.ask.next.Disabled() || q.ask.why.Visible() {
		t.Errorf("answered: Next grey %v, the line still says %q", q.ask.next.Disabled(), q.ask.why.Text)
	}
}

func TestUnlockWithPassphraseSaysWhyItIsGrey(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, true, "correct horse battery")
	a.closeVault()
	u := newTestApp(t, home, kr).unlock
	if !u.openPass.Disabled() || !u.passWhy.Visible() || !strings.Contains(u.passWhy.Text, "passphrase") {
		t.Fatalf("empty field: Unlock with passphrase grey %v, the line says %q", u.openPass.Disabled(), u.passWhy.Text)
	}
	test.Type(u.pass, "c")
	if u.openPass.Disabled() || u.passWhy.Visible() {
		t.Errorf("typed: Unlock with passphrase grey %v, the line still says %q", u.openPass.Disabled(), u.passWhy.Text)
	}
}

func TestAddYourOwnSaysWhyAddIsGrey(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	c := openChecklist(t, a, "Sam")
	tap(c.addOwn)
	d := topOverlay(a)
	add := buttonIn(d, "Add")
	if add == nil || !add.Disabled() || !saysIn(d, "Give the activity a name") {
		t.Fatalf("no name: Add is there %v, grey %v, explained %v", add != nil, add != nil && add.Disabled(), saysIn(d, "Give the activity a name"))
	}
	test.Type(entriesIn(d)[0], "Hand holding")
	if add.Disabled() || saysIn(d, "Give the activity a name") {
		t.Errorf("named: Add grey %v, still explained %v", add.Disabled(), saysIn(d, "Give the activity a name"))
	}
}

func TestThePINDialogSaysWhySaveAndRemoveAreGrey(t *testing.T) {
	a, alex := twoPeopleOneProtected(t)
	c := a.shell.current.(*Checklist)
	tap(c.people.SealButton)
	d := topOverlay(a)
	save := buttonIn(d, "Protect my list")
	if save == nil || !save.Disabled() || !saysIn(d, "type the new PIN twice") {
		t.Fatalf("empty Protect dialog: Save grey %v, explained %v", save != nil && save.Disabled(), saysIn(d, "type the new PIN twice"))
	}
	es := entriesIn(d)
	test.Type(es[0], "fresh orchard morning")
	if !save.Disabled() || !saysIn(d, "not the same yet") {
		t.Errorf("one PIN typed: Save grey %v, explained %v", save.Disabled(), saysIn(d, "not the same yet"))
	}
	test.Type(es[1], "fresh orchard morning")
	if save.Disabled() || saysIn(d, "not the same yet") {
		t.Errorf("a good PIN twice: Save grey %v, still explained %v", save.Disabled(), saysIn(d, "not the same yet"))
	}
	tap(buttonIn(d, "Cancel"))

	// Alex's list has a PIN: Save and Remove wait for the current one.
	c = openAlex(t, a, alex)
	tap(c.people.SealButton)
	d = topOverlay(a)
	remove, save := buttonIn(d, "Remove the PIN"), buttonIn(d, "Save new PIN")
	if remove == nil || save == nil || !remove.Disabled() || !save.Disabled() || !saysIn(d, "Please type the current PIN first") {
		t.Fatalf("change dialog with nothing typed: Remove there %v, both grey, explained %v", remove != nil, saysIn(d, "Please type the current PIN first"))
	}
	test.Type(entriesIn(d)[0], "x")
	if remove.Disabled() || saysIn(d, "Please type the current PIN first") {
		t.Errorf("current PIN typed: Remove grey %v, still asks for the current PIN %v", remove.Disabled(), saysIn(d, "Please type the current PIN first"))
	}
}

func TestEscapeClosesADialogWithoutFields(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	ov := a.win.Canvas().Overlays()

	// A summary (Fyne's Close) and a message (Fyne's OK) have nothing to
	// type in, so nothing has the keyboard: Escape reaches the window.
	c := openChecklist(t, a, "Sam")
	c.showSummary()
	if ov.Top() == nil || a.win.Canvas().Focused() != nil {
		t.Fatalf("the summary did not open, or something in it has the keyboard (%T)", a.win.Canvas().Focused())
	}
	pressEscape(a)
	if ov.Top() != nil {
		t.Fatal("Escape did not close the summary")
	}

	// A confirmation: Escape answers No, as its dismiss button does.
	answered := ""
	dialog.ShowConfirm("Sure?", "Really?", func(ok bool) { answered = map[bool]string{true: "yes", false: "no"}[ok] }, a.win)
	pressEscape(a)
	if ov.Top() != nil || answered != "no" {
		t.Fatalf("Escape on a confirmation: still open %v, answered %q", ov.Top() != nil, answered)
	}

	// Parley's own buttons in a dialog without Fyne's: the recovery code
	// shown again closes with its Close.
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	a.win.Canvas().Unfocus()
	pressEscape(a)
	if ov.Top() != nil {
		t.Fatal("Escape did not close the recovery code shown again")
	}

	// A dialog with fields is left to its fields, even with nothing focused.
	c = openChecklist(t, a, "Sam")
	c.people.AskAdd()
	test.Type(entriesIn(ov.Top())[0], "Robin")
	a.win.Canvas().Unfocus()
	pressEscape(a)
	if ov.Top() == nil {
		t.Fatal("Escape with nothing focused closed a dialog with a name typed in it")
	}
}

func TestEscapeLeavesTheDialogsColleaguesLeft(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	ov := a.win.Canvas().Overlays()
	escapeCloses := func(what string, open func()) {
		t.Helper()
		open()
		if ov.Top() == nil {
			t.Fatalf("%s did not open", what)
		}
		if _, ok := a.win.Canvas().Focused().(*dialogEntry); !ok {
			t.Fatalf("%s opens with the keyboard in %T", what, a.win.Canvas().Focused())
		}
		pressEscape(a)
		if ov.Top() != nil {
			t.Errorf("Escape in an untouched %s did not close it", what)
			a.closeOverlays()
		}
	}
	c := openChecklist(t, a, "Sam")
	escapeCloses("Add your own activity", func() { tap(c.addOwn) })
	escapeCloses("the checklist's Add a person", c.people.AskAdd)
	escapeCloses("Protect my list", func() { tap(c.people.SealButton) })

	// Typed in: Escape asks first.
	tap(c.addOwn)
	test.Type(a.win.Canvas().Focused(), "Hand holding")
	pressEscape(a)
	if buttonIn(ov.Top(), "Leave without saving") == nil {
		t.Error("Escape after typing a name did not ask first")
	}
	a.closeOverlays()

	q := openQuiz(t, a)
	escapeCloses("the personality test's Add a person", q.askAdd)

	ed := newDraft(t, openNegotiate(t, a), negotiation.KindFirstScene, "Alex", "Sam")
	escapeCloses("Add from Parley's list", func() { tap(ed.fields["activities/add"].(*widget.Button)) })
}

// wheelScrollsPage checks the wheel turned up over field moves page, with
// the page scrolled to the bottom first so there is room to move.
func wheelScrollsPage(t *testing.T, a *App, what string, field fyne.CanvasObject, page *container.Scroll) {
	t.Helper()
	if page == nil {
		t.Fatalf("%s: no page scroller around it", what)
	}
	page.ScrollToBottom()
	before := page.Offset.Y
	if before <= 0 {
		t.Fatalf("%s: the page does not scroll at this size", what)
	}
	wheelOver(a, field, 40)
	if page.Offset.Y >= before {
		t.Errorf("the wheel over %s left the page at %v (was %v)", what, page.Offset.Y, before)
	}
}

func TestTheWheelOverComparesChecklistsAndQuizsFieldsScrollsThePage(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.win.Resize(fyne.NewSize(800, 600))

	// Compare's paste fields and the checklist's note hand the wheel to
	// the scroller around them. (Their pages are checked by wiring: in
	// the test driver those two scrollers keep their offset at 0 when set
	// from a test, so the page's movement is measured on the quiz alone.)
	c := openCompare(t, a)
	test.Tap(radioOption(t, c.mode, 1))
	if c.anyCode.field.Page() != scrollOf(c.home) || scrollOf(c.home) == nil {
		t.Error("Compare's paste field does not pass the wheel to the Compare page")
	}
	cl := openChecklist(t, a, "Sam")
	if cl.note.Page() != cl.details || cl.details == nil {
		t.Error("the checklist's note does not pass the wheel to the details' scroller")
	}

	q := openQuiz(t, a)
	addTaker(t, q, "Robin")
	takeTest(t, a, q, answersSam)
	q.showCompare()
	wheelScrollsPage(t, a, "the personality test's result-code field", q.cmp.code, q.cmp.page)
}

func TestTheWindowOpensAtASizeASmallScreenHolds(t *testing.T) {
	forgetUI()
	a := Create(test.NewTempApp(t), Options{Home: t.TempDir(), Keyring: newMemKeyring(), Catalog: testCatalog(t)})
	t.Cleanup(func() { a.closeVault() })
	if got := a.win.Canvas().Size(); got.Width > 800 || got.Height > 600 {
		t.Errorf("the window opens at %v, larger than an 800×600 screen", got)
	}
}
