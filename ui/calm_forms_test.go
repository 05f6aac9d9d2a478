package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
)

// wheelOver turns the mouse wheel over obj the way Fyne's driver does:
// the deepest Scrollable under the pointer gets the event.
func wheelOver(a *App, obj fyne.CanvasObject, dy float32) {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(obj)
	test.Scroll(a.win.Canvas(), pos.Add(fyne.NewPos(12, 12)), 0, dy)
}

func TestTheWheelOverAFieldScrollsTheEditor(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	n := openNegotiate(t, a)
	ed := newDraft(t, n, negotiation.KindFirstScene, "Alex", "Sam")
	title := field(t, ed, "title")
	eventually(t, "the form is laid out", func() bool { return title.Size().Width > 0 })

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

func TestTypingIntoAFilledInDateReplacesIt(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	n := openNegotiate(t, a)
	ed := newDraft(t, n, negotiation.KindFirstScene, "Alex", "Sam")
	scene, debrief := field(t, ed, "dates/scene"), field(t, ed, "dates/debrief")
	eventually(t, "the form is laid out", func() bool { return debrief.Size().Width > 0 })
	loc := a.now().Location()

	scene.SetText("")
	a.win.Canvas().Focus(scene)
	test.Type(scene, "6/12/2026 19:00")
	if debrief.Text == "" || ed.doc.DebriefOn.IsZero() {
		t.Fatal("the scene date did not fill in the debrief date")
	}

	// Tab (or a jump from the review) into the filled-in field, then type.
	a.win.Canvas().Focus(debrief)
	test.Type(debrief, "9/12/2026 18:30")
	if debrief.Text != "9/12/2026 18:30" {
		t.Errorf("the debrief field says %q after typing a date into it", debrief.Text)
	}
	if want := time.Date(2026, time.December, 9, 18, 30, 0, 0, loc); !ed.doc.DebriefOn.Equal(want) {
		t.Errorf("the debrief is on %v, want %v", ed.doc.DebriefOn, want)
	}

	// A click into it from elsewhere selects it too; a second click, while
	// typing there, only places the cursor.
	a.win.Canvas().Focus(scene)
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
	pick := debrief.ActionItem.(*widget.Button)
	drawn := false
	for _, o := range test.WidgetRenderer(debrief).Objects() {
		drawn = drawn || o == pick
	}
	if !drawn {
		t.Error("the date field does not draw its calendar button")
	}
	tap(pick)
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the calendar button showed nothing")
	}
	tapText(t, a, "11")
	if want := time.Date(2026, time.December, 11, 18, 30, 0, 0, loc); !ed.doc.DebriefOn.Equal(want) || debrief.Text != "11/12/2026 18:30" {
		t.Errorf("picking the 11th gave %q and %v, want %v", debrief.Text, ed.doc.DebriefOn, want)
	}
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("the calendar stays open after a day is picked")
	}
}

// radioOption is the tappable option i of a radio group, as on screen.
func radioOption(t *testing.T, g *widget.RadioGroup, i int) fyne.Tappable {
	t.Helper()
	var opts []fyne.Tappable
	for _, o := range test.WidgetRenderer(g).Objects() {
		if tp, ok := o.(fyne.Tappable); ok {
			opts = append(opts, tp)
		}
	}
	if i >= len(opts) {
		t.Fatalf("the radio group shows %d options", len(opts))
	}
	return opts[i]
}

func TestTheWelcomeSaysWhyCreateIsGrey(t *testing.T) {
	a := newTestApp(t, t.TempDir(), newMemKeyring())
	w := a.welcome
	tap(w.start)
	if w.create.Disabled() || w.why.Visible() {
		t.Fatal("with no passphrase in keyring mode, Create my vault is grey or explained")
	}
	test.Type(w.pass, "correct horse")
	if !w.create.Disabled() || !w.why.Visible() || !strings.Contains(w.why.Text, "again") {
		t.Errorf("one passphrase typed: disabled %v, the line says %q", w.create.Disabled(), w.why.Text)
	}
	test.Type(w.confirm, "correct hose")
	if !w.create.Disabled() || !w.why.Visible() || w.why.Text != "The two passphrases differ." {
		t.Errorf("two different passphrases: disabled %v, the line says %q", w.create.Disabled(), w.why.Text)
	}
	w.confirm.SetText("correct horse")
	if w.create.Disabled() || w.why.Visible() {
		t.Errorf("matching passphrases: disabled %v, the line still says %q", w.create.Disabled(), w.why.Text)
	}
	w.pass.SetText("")
	w.confirm.SetText("")
	w.mode.SetSelected(modeAsk())
	if !w.create.Disabled() || !strings.Contains(w.why.Text, "Choose a passphrase") {
		t.Errorf("always-ask mode without a passphrase: disabled %v, the line says %q", w.create.Disabled(), w.why.Text)
	}
}

func TestTheUnlockScreenPutsTheCursorInThePassphrase(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, true, "correct horse battery")
	a.closeVault()
	b := newTestApp(t, home, kr)
	if b.unlock == nil {
		t.Fatal("a second start did not show the unlock screen")
	}
	if got := b.win.Canvas().Focused(); got != b.unlock.pass {
		t.Errorf("at start-up the keyboard is in %T, not the passphrase field", got)
	}
	test.Type(b.unlock.pass, "correct horse battery")
	tap(b.unlock.openPass)
	eventually(t, "the vault opens", func() bool { return b.shell != nil })
	pressShortcut(t, b, fyne.KeyL)
	if b.unlock == nil || b.win.Canvas().Focused() != b.unlock.pass {
		t.Errorf("after a lock the keyboard is in %T, not the passphrase field", b.win.Canvas().Focused())
	}
}

func TestTheRecoveryCodeShownAgainClosesWithoutATick(t *testing.T) {
	// The first run: the tick first, and a line says so.
	a := newTestApp(t, t.TempDir(), newMemKeyring())
	w := a.welcome
	tap(w.start)
	tap(w.create)
	eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
	r := w.recovery
	if r.kept == nil || !r.done.Disabled() || !r.why.Visible() {
		t.Fatal("at first run the recovery code can be left without the tick, or without saying why not")
	}
	test.Tap(r.kept)
	if r.done.Disabled() || r.why.Visible() {
		t.Fatal("ticked, Continue is still grey")
	}
	tap(r.done)

	// Looking again in Settings: Close works at once, there is no tick.
	a.shell.open("settings")
	tap(a.shell.current.(*Settings).showCode)
	revealRecoveryCode(t, a, "")
	top := a.win.Canvas().Overlays().Top()
	closeBtn := buttonIn(top, "Close")
	if closeBtn == nil || closeBtn.Disabled() {
		t.Fatal("the recovery code shown again has no Close, or a grey one")
	}
	walk(top, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Visible() {
			t.Errorf("the recovery code shown again asks %q", c.Text)
		}
	})
	tap(closeBtn)
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("Close left the recovery code on screen")
	}
}

// pressEscape presses Escape as the desktop driver does: to the focused
// widget, else to the canvas.
func pressEscape(a *App) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := a.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	a.win.Canvas().OnTypedKey()(ev)
}

func TestEscapeLeavesADialogOnlyWhenNothingWasTyped(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.shell.open("settings")
	s := a.shell.current.(*Settings)
	ov := a.win.Canvas().Overlays()

	// Nothing typed: Escape closes it, as Cancel does.
	tap(s.passBtn)
	if _, ok := a.win.Canvas().Focused().(*dialogEntry); !ok {
		t.Fatalf("the passphrase dialog opens with the keyboard in %T", a.win.Canvas().Focused())
	}
	pressEscape(a)
	if ov.Top() != nil {
		t.Fatal("Escape in an untouched dialog did not close it")
	}

	// Something typed: Escape asks, and Keep editing is where the keyboard is.
	tap(s.passBtn)
	typedIn := a.win.Canvas().Focused().(*dialogEntry)
	test.Type(&typedIn.Entry, "correct horse")
	// Meanwhile Save is grey, and a line says why.
	save := buttonIn(ov.Top(), "Save")
	var why bool
	walk(ov.Top(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, "again in the second field") {
			why = true
		}
	})
	if save == nil || !save.Disabled() || !why {
		t.Errorf("with one passphrase typed, Save is there %v, grey %v, explained %v", save != nil, save != nil && save.Disabled(), why)
	}
	pressEscape(a)
	focused, ok := a.win.Canvas().Focused().(*escButton)
	var keep *widget.Button
	if ok {
		keep = &focused.Button
	}
	if !ok || keep.Text != "Keep editing" || buttonIn(ov.Top(), "Leave without saving") == nil {
		t.Fatalf("Escape after typing did not ask first (keyboard in %T)", a.win.Canvas().Focused())
	}
	tap(keep)
	if len(ov.List()) != 1 || typedIn.Text != "correct horse" || a.win.Canvas().Focused() != typedIn {
		t.Fatal("Keep editing did not go back to the dialog as it was")
	}
	pressEscape(a)
	tap(buttonIn(ov.Top(), "Leave without saving"))
	drainUI()
	if ov.Top() != nil || a.Vault().HasPassphrase() {
		t.Errorf("Leave without saving left %d dialogs, passphrase set: %v", len(ov.List()), a.Vault().HasPassphrase())
	}
}
