package compare

import (
	"crypto/rand"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

var (
	wristGive     = checklist.Key{Activity: "restraint.wrist-cuffs", Direction: checklist.Giving}
	wristReceive  = checklist.Key{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}
	pinGive       = checklist.Key{Activity: "restraint.pinning-down", Direction: checklist.Giving}
	pinReceive    = checklist.Key{Activity: "restraint.pinning-down", Direction: checklist.Receiving}
	ankleGive     = checklist.Key{Activity: "restraint.ankle-cuffs", Direction: checklist.Giving}
	ankleReceive  = checklist.Key{Activity: "restraint.ankle-cuffs", Direction: checklist.Receiving}
	handcuffGive  = checklist.Key{Activity: "restraint.metal-handcuffs", Direction: checklist.Giving}
	handcuffRecv  = checklist.Key{Activity: "restraint.metal-handcuffs", Direction: checklist.Receiving}
	strangers     = checklist.Key{Activity: "role-play.strangers", Direction: checklist.Together}
	scripted      = checklist.Key{Activity: "role-play.scripted", Direction: checklist.Together}
	fantasies     = checklist.Key{Activity: "verbal.sharing-fantasies", Direction: checklist.Together}
	samsAnswers   = map[checklist.Key]checklist.Answer{wristGive: checklist.Yes, pinReceive: checklist.Yes, strangers: checklist.Yes, fantasies: checklist.Maybe, ankleGive: checklist.Yes, handcuffRecv: checklist.No}
	alexsAnswers  = map[checklist.Key]checklist.Answer{wristReceive: checklist.Yes, pinGive: checklist.Maybe, strangers: checklist.Yes, fantasies: checklist.Yes, ankleReceive: checklist.HardLimit, handcuffGive: checklist.Yes, scripted: checklist.Yes}
	samsYesCount  = 4 // wrist cuffs, pinning down, strangers, ankle cuffs
	alexsYesCount = 5 // wrist cuffs, strangers, sharing fantasies, handcuffs, scripted
)

// world is one computer for a test: a real vault in a temp folder, a test
// Env, and the clipboard the shell's copySecret would write to. The tests
// do not call t.Parallel: Fyne 2.8.1's text shaper panicked with two tests
// laying out at once.
type world struct {
	*kittest.Env
	v     *persistence.Vault
	clip  fyne.Clipboard
	later time.Duration
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{clip: test.NewClipboard()}
	store := persistence.Store{Home: filepath.Join(t.TempDir(), "parley"), Now: w.now}
	v, _, err := store.Create(persistence.ModeAsk, "tulip river candle orbit")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	w.v, w.Env = v, kittest.New(t, v)
	w.Now = w.now
	// the test theme has no bold monospace font (the fingerprint's)
	fyne.CurrentApp().Settings().SetTheme(theme.DefaultTheme())
	return w
}

// now is the world's clock: the real one moved on by later.
func (w *world) now() time.Time { return time.Now().Add(w.later) }

func (w *world) Vault() *persistence.Vault { return w.v }

// addPerson adds a person to w's vault with these answers, as the
// checklist would have saved them.
func addPerson(t *testing.T, w *world, name string, answers map[checklist.Key]checklist.Answer) *persistence.Person {
	t.Helper()
	return kittest.AddPerson(t, w.Vault(), name, answers)
}

// openCompare builds the Compare section on w, shows it in w's window and
// waits for its lists.
func openCompare(t *testing.T, w *world) *Compare {
	t.Helper()
	c := newCompare(w.Env.Env, func(s string) { w.clip.SetContent(s) })
	w.Window.SetContent(c.View())
	w.Eventually(t, "the Compare screen has loaded", func() bool { return c.mode.Selected != "" })
	return c
}

func tap(b *widget.Button) { test.Tap(b) }

// buttonIn is the first button with this text under o, or nil.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	kittest.Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	return found
}

// radioOption is the i-th option of a radio group, to tap.
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

func testCatalog(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// pick chooses a person by name in a picker.
func pick(t *testing.T, pk *personPicker, name string) {
	t.Helper()
	for i, p := range pk.all {
		if p.Name == name {
			pk.sel.SetSelectedIndex(i)
			return
		}
	}
	t.Fatalf("%s is not offered", name)
}

func pickOpen(t *testing.T, w *world, pk *personPicker, name string) {
	t.Helper()
	pick(t, pk, name)
	w.Eventually(t, name+"'s list is open", func() bool { return pk.person != nil && pk.person.Name == name })
}

// pasteInto pastes text into an entry through the clipboard, as Ctrl+V does.
func pasteInto(w *world, e *widget.Entry, text string) {
	w.clip.SetContent(text)
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: w.clip})
}

// labels collects the text of every label under o.
func labels(o fyne.CanvasObject) []string {
	var out []string
	switch w := o.(type) {
	case *widget.Label:
		out = append(out, w.Text)
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, labels(c)...)
		}
	}
	return out
}

func activityName(t *testing.T, id string) (name, category string) {
	t.Helper()
	cat := testCatalog(t)
	act, ok := cat.Activity(id)
	if !ok {
		t.Fatalf("%s is not in the catalog", id)
	}
	k, _ := cat.Category(act.Category)
	return act.Name, k.Name
}

func wantMatch(t *testing.T, id string, slot match.Slot, giver, receiver string) persistence.SavedMatch {
	t.Helper()
	name, category := activityName(t, id)
	return persistence.SavedMatch{ActivityID: id, Name: name, Category: category, Slot: string(slot),
		Together: slot == match.SlotTogether, GiverName: giver, ReceiverName: receiver}
}

func TestTwoComputersCompareThroughTheScreens(t *testing.T) {
	a := newWorld(t)
	b := newWorld(t)
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, b, "Alex", alexsAnswers)

	// Sam starts, on computer A.
	ca := openCompare(t, a)
	if ca.mode.Selected != modeElsewhere() {
		t.Errorf("with one person the screen starts on %q", ca.mode.Selected)
	}
	pickOpen(t, a, ca.me, "Sam")
	test.Type(ca.partner, "Alex")
	ca.maybes.SetChecked(true)
	tap(ca.invite)
	a.Eventually(t, "the invitation is shown", func() bool { return ca.wait != nil })
	tap(ca.wait.code.copyBtn)
	invitation := a.clip.Content()
	if invitation != ca.wait.code.text.Text || !strings.Contains(invitation, "BEGIN PARLEY INVITATION") {
		t.Fatalf("Copy gave %.60q, not the invitation shown", invitation)
	}

	// Alex pastes it on computer B, into the box for any code.
	cb := openCompare(t, b)
	pasteInto(b, cb.anyCode.entry, invitation)
	tap(cb.continueBtn)
	b.Eventually(t, "the invitation opens the answer page", func() bool { return cb.answer != nil })
	if cb.answer.paste.entry.Text != invitation {
		t.Fatal("the answer page does not hold the pasted invitation")
	}
	pickOpen(t, b, cb.answer.me, "Alex")
	test.Type(cb.answer.partner, "Sam")
	cb.answer.maybes.SetChecked(true)
	tap(cb.answer.reply)
	b.Eventually(t, "the reply is shown", func() bool { return cb.wait != nil })
	tap(cb.wait.code.copyBtn)
	reply := b.clip.Content()

	// Sam pastes the reply and sees the result, with a result code.
	pasteInto(a, ca.wait.paste.entry, reply)
	tap(ca.wait.show)
	a.Eventually(t, "Sam sees the result", func() bool { return ca.result != nil })
	if ca.result.final == nil {
		t.Fatal("the starter is not given a result code to send")
	}
	tap(ca.result.final.copyBtn)
	final := a.clip.Content()

	// Alex pastes the result code.
	pasteInto(b, cb.wait.paste.entry, final)
	tap(cb.wait.show)
	b.Eventually(t, "Alex sees the result", func() bool { return cb.result != nil })
	if cb.result.final != nil {
		t.Error("the responder is given a code to send, but there is nothing left to send")
	}
	// Both screens show the same exchange fingerprint, to read to each other.
	for who, r := range map[string]*resultView{"Sam": ca.result, "Alex": cb.result} {
		if !r.fingerprint.Visible() || !strings.HasPrefix(r.fingerprintCode.Text, "Exchange fingerprint: ") {
			t.Errorf("%s's screen shows no exchange fingerprint (%q)", who, r.fingerprintCode.Text)
		}
	}
	if code := ca.result.fingerprintCode.Text; code != cb.result.fingerprintCode.Text || len(code) != len("Exchange fingerprint: ")+19 {
		t.Errorf("the fingerprints differ or look wrong: %q and %q", code, cb.result.fingerprintCode.Text)
	}

	sam, alex := ca.result.saved, cb.result.saved
	wantBoth := []persistence.SavedMatch{
		wantMatch(t, "restraint.wrist-cuffs", match.SlotStarterGives, "Sam", "Alex"),
		wantMatch(t, "role-play.strangers", match.SlotTogether, "", ""),
	}
	wantWorth := []persistence.SavedMatch{
		wantMatch(t, "restraint.pinning-down", match.SlotResponderGives, "Alex", "Sam"),
		wantMatch(t, "verbal.sharing-fantasies", match.SlotTogether, "", ""),
	}
	for who, r := range map[string]persistence.SavedComparison{"Sam": sam, "Alex": alex} {
		if !reflect.DeepEqual(r.BothYes, wantBoth) {
			t.Errorf("%s's screen: both want\n%+v\nwant\n%+v", who, r.BothYes, wantBoth)
		}
		if !reflect.DeepEqual(r.WorthTalking, wantWorth) {
			t.Errorf("%s's screen: worth talking about\n%+v\nwant\n%+v", who, r.WorthTalking, wantWorth)
		}
		if r.StarterCount != samsYesCount || r.ResponderCount != alexsYesCount {
			t.Errorf("%s's screen: counts %d and %d, want %d and %d", who, r.StarterCount, r.ResponderCount, samsYesCount, alexsYesCount)
		}
	}
	shown := strings.Join(labels(ca.result.both), "\n")
	for _, want := range []string{"Wrist cuffs", "Sam gives, Alex receives", "Together"} {
		if !strings.Contains(shown, want) {
			t.Errorf("Sam's result does not show %q:\n%s", want, shown)
		}
	}
	for _, never := range []string{"Ankle cuffs", "Metal handcuffs", "Scripted"} {
		if strings.Contains(shown+strings.Join(labels(ca.result.worth), "\n"), never) {
			t.Errorf("the result shows %q, which is not mutual", never)
		}
	}
	if want := "Sam shared 4 yes answers; Alex shared 5."; cb.result.counts.Text != want {
		t.Errorf("counts read %q, want %q", cb.result.counts.Text, want)
	}

	// Sam left before sending the result code: pasting the same reply
	// again, or opening the saved result, shows it again.
	ca.showHome()
	a.Eventually(t, "the saved result is listed", func() bool { return len(ca.earlier.Objects) == 2 })
	ca.anyCode.entry.SetText(reply)
	tap(ca.continueBtn)
	a.Eventually(t, "the same reply shows the result again", func() bool { return ca.result != nil })
	if ca.result.final == nil || ca.result.final.text.Text != final {
		t.Error("the same reply again does not give the same result code to send")
	}
	ca.showHome()
	ca.openSaved(sam)
	a.Eventually(t, "the saved result opens", func() bool { return ca.result != nil })
	if ca.result.final == nil || ca.result.final.text.Text != final || !reflect.DeepEqual(ca.result.saved.BothYes, wantBoth) {
		t.Error("the saved result does not open with its result code")
	}

	// Both vaults keep the result and no waiting exchange.
	for name, app := range map[string]*world{"A": a, "B": b} {
		if list, err := app.Vault().Pendings(); err != nil || len(list) != 0 {
			t.Errorf("computer %s still waits: %v, %v", name, list, err)
		}
		if saved, err := app.Vault().Comparisons(); err != nil || len(saved) != 1 {
			t.Errorf("computer %s saved %d results (%v), want 1", name, len(saved), err)
		}
	}
}

func TestTogetherAsksForTheSealedPINAndShowsOnlyMutualAnswers(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Sam", samsAnswers)
	alex := addPerson(t, a, "Alex", alexsAnswers)
	if err := a.Vault().SealPerson(alex, "maple 42"); err != nil {
		t.Fatal(err)
	}
	c := openCompare(t, a)
	if c.mode.Selected != modeTogether() {
		t.Errorf("with two people the screen starts on %q", c.mode.Selected)
	}
	pickOpen(t, a, c.first, "Sam")
	if !c.compareBtn.Disabled() {
		t.Error("Compare is offered with only one person chosen")
	}

	pick(t, c.second, "Alex")
	a.Eventually(t, "Alex's PIN is asked for", func() bool { return c.second.pinDialog != nil })
	test.Type(c.second.pin, "wrong")
	c.second.pinDialog.Submit()
	a.Eventually(t, "a wrong PIN is refused", func() bool { return c.problem.Visible() })
	if !strings.Contains(c.problem.Text, "does not open Alex's list") || c.second.person != nil {
		t.Fatalf("after a wrong PIN: %q, person %v", c.problem.Text, c.second.person)
	}
	pick(t, c.second, "Alex")
	a.Eventually(t, "the PIN is asked again", func() bool { return c.second.pin != nil && c.second.pin.Text == "" })
	test.Type(c.second.pin, "maple 42")
	c.second.pinDialog.Submit()
	a.Eventually(t, "Alex's list opens", func() bool { return c.second.person != nil })

	tap(c.compareBtn)
	a.Eventually(t, "the result is shown", func() bool { return c.result != nil })
	r := c.result.saved
	want := []persistence.SavedMatch{
		wantMatch(t, "restraint.wrist-cuffs", match.SlotStarterGives, "Sam", "Alex"),
		wantMatch(t, "role-play.strangers", match.SlotTogether, "", ""),
	}
	if !reflect.DeepEqual(r.BothYes, want) {
		t.Errorf("both want\n%+v\nwant\n%+v", r.BothYes, want)
	}
	if r.MaybesCompared || len(r.WorthTalking) != 0 || c.result.worth != nil {
		t.Error("maybes were compared although nobody chose to")
	}
	if r.StarterCount != samsYesCount || r.ResponderCount != alexsYesCount {
		t.Errorf("counts %d and %d", r.StarterCount, r.ResponderCount)
	}
	if _, err := a.Vault().Comparison(r.ID); !errors.Is(err, persistence.ErrProtectedResult) {
		t.Errorf("the result of Alex's protected list reads without his PIN: %v", err)
	}
	alexAgain, err := a.Vault().OpenPerson(alex.ID, "maple 42")
	if err != nil {
		t.Fatal(err)
	}
	saved, err := a.Vault().OpenComparison(r.ID, alexAgain)
	if err != nil || !saved.Local || len(saved.BothYes) != 2 {
		t.Errorf("the result was not saved: %+v, %v", saved, err)
	}
	if c.first.person != nil || c.second.person != nil {
		t.Error("the lists opened for the comparison stay open after it")
	}

	if c.result.negotiate == nil {
		t.Fatal("no way to start a negotiation from the result")
	}
	tap(c.result.negotiate)
	if len(a.Went) != 1 {
		t.Fatalf("Start a negotiation went to %v", a.Went)
	}
	from, ok := a.Went[0].(kit.NegotiateFrom)
	if !ok || from.ComparisonID != r.ID || from.Result == nil || from.Result.ID != r.ID {
		t.Errorf("the negotiation editor is told to start from %+v, want %q in memory", a.Went[0], r.ID)
	}
	if _, kept, _ := a.Vault().Setting("negotiate_from_comparison"); kept {
		t.Error("the way to the negotiation was written to the vault")
	}
}

// codes makes an invitation and its reply with the engine itself, for
// the tests that paste codes in the wrong place.
func codes(t *testing.T, a *world) (invitation, reply string) {
	t.Helper()
	cat := a.Catalog
	sheet := checklist.NewSheet()
	sheet.SetAnswer(wristGive, checklist.Yes, time.Now())
	_, inv, err := match.Start(rand.Reader, cat, match.Person{Sheet: sheet}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	_, r, err := match.Respond(rand.Reader, cat, match.Person{Sheet: sheet}, inv, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return string(inv.Encode()), string(r.Encode())
}

// samInvites adds Sam to a, opens Compare and makes her invitation
// through the screen; the invitation is shown when it returns.
func samInvites(t *testing.T, a *world) *Compare {
	t.Helper()
	addPerson(t, a, "Sam", samsAnswers)
	c := openCompare(t, a)
	pickOpen(t, a, c.me, "Sam")
	tap(c.invite)
	a.Eventually(t, "the invitation is shown", func() bool { return c.wait != nil })
	return c
}

// alexReplies is Sam's invitation on a answered by Alex on another
// computer, b, through its screens: Alex pastes the invitation and makes
// the reply; the reply is shown on b when it returns.
func alexReplies(t *testing.T, a *world, b *world) (ca, cb *Compare) {
	t.Helper()
	ca = samInvites(t, a)
	addPerson(t, b, "Alex", alexsAnswers)
	cb = openCompare(t, b)
	pasteInto(b, cb.anyCode.entry, ca.wait.code.text.Text)
	tap(cb.continueBtn)
	b.Eventually(t, "the invitation opens the answer page", func() bool { return cb.answer != nil })
	pickOpen(t, b, cb.answer.me, "Alex")
	tap(cb.answer.reply)
	b.Eventually(t, "the reply is shown", func() bool { return cb.wait != nil })
	return ca, cb
}

func TestACodeInTheWrongPlaceIsExplainedAndKept(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Alex", alexsAnswers)
	invitation, reply := codes(t, a)
	c := openCompare(t, a)
	c.showAnswer("")
	ap := c.answer
	pickOpen(t, a, ap.me, "Alex")

	pasteInto(a, ap.paste.entry, reply)
	tap(ap.reply)
	a.Eventually(t, "the wrong step is explained", func() bool { return ap.problem.Visible() })
	if !strings.Contains(ap.problem.Text, "This is a Parley reply, but this step needs an invitation from your partner") {
		t.Errorf("a reply pasted as an invitation says %q", ap.problem.Text)
	}
	if ap.paste.entry.Text != reply {
		t.Error("the pasted reply was not kept after the error")
	}

	cut := invitation[:len(invitation)/2]
	ap.paste.entry.SetText(cut)
	tap(ap.reply)
	a.Eventually(t, "a cut code is explained", func() bool { return strings.Contains(ap.problem.Text, "cut short") })
	if ap.paste.entry.Text != cut {
		t.Error("the cut code was not kept after the error")
	}
	if list, _ := a.Vault().Pendings(); len(list) != 0 {
		t.Errorf("a refused code left %d exchanges waiting", len(list))
	}
}

func TestCancelRemovesAWaitingExchange(t *testing.T) {
	a := newWorld(t)
	c := samInvites(t, a)
	c.showHome()
	a.Eventually(t, "the exchange is listed", func() bool { return len(c.pendings) == 1 })
	if text := strings.Join(labels(c.waiting), " "); !strings.Contains(text, "Sam made an invitation on") || !strings.Contains(text, "Expires in 14 days") {
		t.Errorf("the waiting exchange reads %q", text)
	}
	c.askCancel(c.pendings[0])
	c.cancelDialog.Confirm()
	a.Eventually(t, "the exchange is gone", func() bool { return len(c.pendings) == 0 && c.waitingBox.Hidden })
	if list, err := a.Vault().Pendings(); err != nil || len(list) != 0 {
		t.Errorf("the vault still keeps %v, %v", list, err)
	}
}

func TestALateReplyIsRefusedAsExpired(t *testing.T) {
	a := newWorld(t)
	c := samInvites(t, a)
	inv, err := match.DecodeInvitation([]byte(c.wait.code.text.Text))
	if err != nil {
		t.Fatal(err)
	}
	sheet := checklist.NewSheet()
	sheet.SetAnswer(wristReceive, checklist.Yes, time.Now())
	_, reply, err := match.Respond(rand.Reader, a.Catalog, match.Person{Sheet: sheet}, inv, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	c.Leave()

	// Parley opens again 15 days later.
	a.later = 15 * 24 * time.Hour
	c = openCompare(t, a)
	a.Eventually(t, "nothing is listed as waiting", func() bool { return len(c.pendings) == 0 && c.waitingBox.Hidden })
	code := string(reply.Encode())
	pasteInto(a, c.anyCode.entry, code)
	tap(c.continueBtn)
	a.Eventually(t, "the late reply is refused", func() bool { return c.codeProblem.Visible() })
	if c.codeProblem.Text != match.ErrExpired.Error() {
		t.Errorf("a late reply says %q", c.codeProblem.Text)
	}
	if c.anyCode.entry.Text != code || c.result != nil {
		t.Error("the late reply was not kept, or a result was shown")
	}
}

func TestOverClaimWarningSpeaksToTheRightPerson(t *testing.T) {
	starterOver := match.Result{StarterOverClaims: true}
	responderOver := match.Result{ResponderOverClaims: true}
	for _, tc := range []struct {
		name               string
		r                  match.Result
		starter, responder string
		from               side
		want               string
	}{
		{"nobody", match.Result{}, "Sam", "Alex", starterSide, ""},
		{"the partner, seen by the starter", responderOver, "Sam", "Alex", starterSide,
			"Alex said yes to nearly everything, so this list may show more of your yeses than a real overlap would. Talk about it."},
		{"the starter, seen by themselves", starterOver, "Sam", "Alex", starterSide,
			"You said yes to nearly everything, so this list shows nearly all of Alex's yeses, and Parley tells them so. Talk about it."},
		{"an unnamed partner, seen by the responder", starterOver, "your partner", "Alex", responderSide,
			"Your partner said yes to nearly everything, so this list may show more of your yeses than a real overlap would. Talk about it."},
		{"one of two people at one computer", starterOver, "Sam", "Alex", bothSides,
			"Sam said yes to nearly everything, so this list may show more of Alex's yeses than a real overlap would. Talk about it."},
	} {
		if got := overClaimWarning(tc.r, tc.starter, tc.responder, tc.from); got != tc.want {
			t.Errorf("%s: %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// A reply forged by a modified copy of Parley (its doubled list reordered,
// which moved a match onto another activity under protocol version 1) is
// refused on the starter's screen with the honesty sentence; nothing is
// shown, the exchange keeps waiting, and the honest reply still works.
func TestAForgedReplyIsRefusedAndTheExchangeKeepsWaiting(t *testing.T) {
	a, b := newWorld(t), newWorld(t)
	ca, cb := alexReplies(t, a, b)
	honest := cb.wait.code.text.Text

	reply, err := match.DecodeReply([]byte(honest))
	if err != nil || len(reply.Tiers[0].Double) < 2 {
		t.Fatalf("the reply reads as %v, %v", reply, err)
	}
	d := reply.Tiers[0].Double
	d[0], d[1] = d[1], d[0]
	pasteInto(a, ca.wait.paste.entry, string(reply.Encode()))
	tap(ca.wait.show)
	a.Eventually(t, "the forged reply is refused", func() bool { return ca.wait.problem.Visible() })
	if !strings.Contains(ca.wait.problem.Text, "honesty check") || !strings.Contains(ca.wait.problem.Text, "nothing from it is shown") {
		t.Errorf("the forged reply says %q", ca.wait.problem.Text)
	}
	if ca.result != nil {
		t.Fatal("a result was shown for a forged reply")
	}
	if list, err := a.Vault().Pendings(); err != nil || len(list) != 1 {
		t.Fatalf("after the forged reply: %v waiting, %v", list, err)
	}

	ca.wait.paste.entry.SetText("")
	pasteInto(a, ca.wait.paste.entry, honest)
	tap(ca.wait.show)
	a.Eventually(t, "the honest reply still gives the result", func() bool { return ca.result != nil })
}

// Issue 14: on one computer, the second list offers only the people not
// chosen first, so nobody can pick the same person twice; changing the
// first choice to the person chosen second clears the second.
func TestTheSecondPickerLeavesOutThePersonChosenFirst(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, a, "Alex", alexsAnswers)
	addPerson(t, a, "Robin", nil)
	c := openCompare(t, a)
	pickOpen(t, a, c.first, "Sam")
	if got := c.second.sel.Options; slices.Contains(got, "Sam") || len(got) != 2 {
		t.Errorf("with Sam chosen first, the second list offers %q", got)
	}
	pickOpen(t, a, c.second, "Alex")
	pickOpen(t, a, c.first, "Alex")
	if got := c.second.sel.Options; slices.Contains(got, "Alex") || !slices.Contains(got, "Sam") {
		t.Errorf("with Alex chosen first, the second list offers %q", got)
	}
	if c.second.person != nil || c.second.sel.Selected != "" {
		t.Errorf("the second list still holds %q after Alex was chosen first", c.second.sel.Selected)
	}
	if !c.compareBtn.Disabled() {
		t.Error("Compare is offered with one person chosen twice")
	}
}

func TestTheFirstClickOnWithAPartnerElsewhereShowsItsPage(t *testing.T) {
	a := newWorld(t)
	c := openCompare(t, a)
	// With fewer than two people, Parley chooses "elsewhere" for them as
	// the page loads; the person, not seeing that, clicks it anyway.
	a.Eventually(t, "Compare has loaded", func() bool { return c.mode.Selected != "" })
	if c.mode.Selected != modeElsewhere() {
		t.Fatalf("with one person Compare opened on %q", c.mode.Selected)
	}
	test.Tap(radioOption(t, c.mode, 1))
	if c.mode.Selected != modeElsewhere() {
		t.Errorf("after the first click on it, the choice is %q", c.mode.Selected)
	}
	if len(c.panel.Objects) != 1 || c.panel.Objects[0] != c.elsewhere {
		t.Error("after the first click on With a partner elsewhere its page is not shown")
	}
	test.Tap(radioOption(t, c.mode, 0))
	if c.mode.Selected != modeTogether() || c.panel.Objects[0] != c.together {
		t.Errorf("a click on Together shows %q", c.mode.Selected)
	}
}

func TestComparesGreyButtonsSayWhy(t *testing.T) {
	a := newWorld(t)
	c := openCompare(t, a)
	test.Tap(radioOption(t, c.mode, 0))
	if !c.compareBtn.Disabled() || !c.compareWhy.Visible() || !strings.Contains(c.compareWhy.Text, "Choose both") {
		t.Errorf("with nobody chosen, Compare is grey %v and the line says %q", c.compareBtn.Disabled(), c.compareWhy.Text)
	}
	test.Tap(radioOption(t, c.mode, 1))
	if c.me.person == nil && (!c.invite.Disabled() || !c.inviteWhy.Visible()) {
		t.Errorf("with no name chosen, Create an invitation is grey %v and the line says %q", c.invite.Disabled(), c.inviteWhy.Text)
	}
	if c.me.person != nil && (c.invite.Disabled() || c.inviteWhy.Visible()) {
		t.Errorf("with a name chosen, Create an invitation is grey %v and the line says %q", c.invite.Disabled(), c.inviteWhy.Text)
	}
}

// Attack: open a saved comparison of Sam's protected list in Compare's
// earlier results without her PIN.
func TestASavedProtectedResultInCompareNeedsItsPIN(t *testing.T) {
	a := newWorld(t)
	alex := addPerson(t, a, "Alex", nil)
	sam := addPerson(t, a, "Sam", nil)
	v := a.Vault()
	if err := v.SealPerson(sam, "blue heron 42"); err != nil {
		t.Fatal(err)
	}
	if _, err := v.SaveComparison(persistence.SavedComparison{
		StarterName: "Alex", ResponderName: "Sam", Local: true, Owners: []string{alex.ID, sam.ID},
		BothYes: []persistence.SavedMatch{{ActivityID: "impact.cane", Name: "Cane", Slot: "starter-gives", GiverName: "Alex", ReceiverName: "Sam"}},
	}); err != nil {
		t.Fatal(err)
	}
	c := openCompare(t, a)
	a.Eventually(t, "the earlier results are listed", func() bool { return len(c.earlier.Objects) > 1 })
	shown := kittest.Texts(c.earlier)
	if kittest.Contains(shown, "Cane") || kittest.Contains(shown, "1 thing") || !kittest.Contains(shown, "Alex and Sam") || !kittest.Contains(shown, "protected") {
		t.Fatalf("the earlier results show %q", shown)
	}
	open := func() {
		if b := buttonIn(c.earlier, "Open"); b != nil {
			tap(b)
			return
		}
		t.Fatal("no Open button")
	}
	open()
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return c.pinDialog != nil })
	fyne.DoAndWait(c.pinDialog.Dismiss) // cancelled
	a.Drain()
	if c.result != nil {
		t.Fatal("a cancelled PIN prompt showed the result")
	}
	c.pinDialog = nil
	open()
	a.Eventually(t, "Sam's PIN is asked for again", func() bool { return c.pinDialog != nil })
	test.Type(c.pin, "blue heron 42")
	fyne.DoAndWait(c.pinDialog.Submit)
	a.Eventually(t, "the result opens", func() bool { return c.result != nil })
	if !kittest.Contains(labels(c.result.both), "Cane") {
		t.Fatalf("the opened result shows %q", labels(c.result.both))
	}
}

// Issue 14, item 8: "Add another person" was grey with nothing saying why,
// both when everyone on this computer already has a line and at four.
func TestAddAnotherPersonSaysWhyItIsGrey(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Alex", nil)
	addPerson(t, a, "Sam", nil)
	c := openCompare(t, a)
	test.Tap(radioOption(t, c.mode, 0))
	a.Eventually(t, "the people are loaded", func() bool { return len(c.people) == 2 })
	if !c.addBtn.Disabled() || !c.addWhy.Visible() || !strings.Contains(c.addWhy.Text, "Checklist") {
		t.Errorf("with two people and two lines, Add another person is grey %v and the line says %q", c.addBtn.Disabled(), c.addWhy.Text)
	}

	b := newWorld(t)
	for _, name := range []string{"Alex", "Sam", "Kim", "Jo", "Ray"} {
		addPerson(t, b, name, nil)
	}
	c = openCompare(t, b)
	test.Tap(radioOption(t, c.mode, 0))
	b.Eventually(t, "the people are loaded", func() bool { return len(c.people) == 5 })
	if c.addBtn.Disabled() || c.addWhy.Visible() {
		t.Errorf("with five people and two lines, Add another person is grey %v and the line says %q", c.addBtn.Disabled(), c.addWhy.Text)
	}
	tap(c.addBtn)
	tap(c.addBtn)
	if len(c.pickers) != 4 || !c.addBtn.Disabled() || !c.addWhy.Visible() || !strings.Contains(c.addWhy.Text, "four") {
		t.Errorf("with four lines, Add another person is grey %v and the line says %q", c.addBtn.Disabled(), c.addWhy.Text)
	}
}
