package ui

import (
	"crypto/rand"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
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

// addPerson adds a person to a's vault with these answers, as the
// checklist would have saved them.
func addPerson(t *testing.T, a *App, name string, answers map[checklist.Key]checklist.Answer) *persistence.Person {
	t.Helper()
	v := a.Vault()
	prof, err := v.AddProfile(persistence.Profile{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	p, err := v.OpenPerson(prof.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	sheet := checklist.NewSheet()
	for k, ans := range answers {
		change, _ := sheet.SetAnswer(k, ans, time.Now())
		if err := v.SaveAnswer(p, k, sheet.Get(k), &change); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// openCompare opens the Compare section and waits for its lists.
func openCompare(t *testing.T, a *App) *Compare {
	t.Helper()
	a.shell.open("compare")
	c := a.shell.current.(*Compare)
	eventually(t, "the Compare screen has loaded", func() bool { return c.mode.Selected != "" })
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

func pickOpen(t *testing.T, pk *personPicker, name string) {
	t.Helper()
	pick(t, pk, name)
	eventually(t, name+"'s list is open", func() bool { return pk.person != nil && pk.person.Name == name })
}

// pasteInto pastes text into an entry through the clipboard, as Ctrl+V does.
func pasteInto(a *App, e *widget.Entry, text string) {
	a.fyne.Clipboard().SetContent(text)
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: a.fyne.Clipboard()})
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
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	b := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, b, "Alex", alexsAnswers)

	// Sam starts, on computer A.
	ca := openCompare(t, a)
	if ca.mode.Selected != modeElsewhere() {
		t.Errorf("with one person the screen starts on %q", ca.mode.Selected)
	}
	pickOpen(t, ca.me, "Sam")
	test.Type(ca.partner, "Alex")
	ca.maybes.SetChecked(true)
	tap(ca.invite)
	eventually(t, "the invitation is shown", func() bool { return ca.wait != nil })
	tap(ca.wait.code.copyBtn)
	invitation := a.fyne.Clipboard().Content()
	if invitation != ca.wait.code.text.Text || !strings.Contains(invitation, "BEGIN PARLEY INVITATION") {
		t.Fatalf("Copy gave %.60q, not the invitation shown", invitation)
	}

	// Alex pastes it on computer B, into the box for any code.
	cb := openCompare(t, b)
	pasteInto(b, cb.anyCode.entry, invitation)
	tap(cb.continueBtn)
	eventually(t, "the invitation opens the answer page", func() bool { return cb.answer != nil })
	if cb.answer.paste.entry.Text != invitation {
		t.Fatal("the answer page does not hold the pasted invitation")
	}
	pickOpen(t, cb.answer.me, "Alex")
	test.Type(cb.answer.partner, "Sam")
	cb.answer.maybes.SetChecked(true)
	tap(cb.answer.reply)
	eventually(t, "the reply is shown", func() bool { return cb.wait != nil })
	tap(cb.wait.code.copyBtn)
	reply := b.fyne.Clipboard().Content()

	// Sam pastes the reply and sees the result, with a result code.
	pasteInto(a, ca.wait.paste.entry, reply)
	tap(ca.wait.show)
	eventually(t, "Sam sees the result", func() bool { return ca.result != nil })
	if ca.result.final == nil {
		t.Fatal("the starter is not given a result code to send")
	}
	tap(ca.result.final.copyBtn)
	final := a.fyne.Clipboard().Content()

	// Alex pastes the result code.
	pasteInto(b, cb.wait.paste.entry, final)
	tap(cb.wait.show)
	eventually(t, "Alex sees the result", func() bool { return cb.result != nil })
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
	eventually(t, "the saved result is listed", func() bool { return len(ca.earlier.Objects) == 2 })
	ca.anyCode.entry.SetText(reply)
	tap(ca.continueBtn)
	eventually(t, "the same reply shows the result again", func() bool { return ca.result != nil })
	if ca.result.final == nil || ca.result.final.text.Text != final {
		t.Error("the same reply again does not give the same result code to send")
	}
	ca.showHome()
	ca.openSaved(sam)
	eventually(t, "the saved result opens", func() bool { return ca.result != nil })
	if ca.result.final == nil || ca.result.final.text.Text != final || !reflect.DeepEqual(ca.result.saved.BothYes, wantBoth) {
		t.Error("the saved result does not open with its result code")
	}

	// Both vaults keep the result and no waiting exchange.
	for name, app := range map[string]*App{"A": a, "B": b} {
		if list, err := app.Vault().Pendings(); err != nil || len(list) != 0 {
			t.Errorf("computer %s still waits: %v, %v", name, list, err)
		}
		if saved, err := app.Vault().Comparisons(); err != nil || len(saved) != 1 {
			t.Errorf("computer %s saved %d results (%v), want 1", name, len(saved), err)
		}
	}
}

func TestTogetherAsksForTheSealedPINAndShowsOnlyMutualAnswers(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Sam", samsAnswers)
	alex := addPerson(t, a, "Alex", alexsAnswers)
	if err := a.Vault().SealPerson(alex, "maple 42"); err != nil {
		t.Fatal(err)
	}
	c := openCompare(t, a)
	if c.mode.Selected != modeTogether() {
		t.Errorf("with two people the screen starts on %q", c.mode.Selected)
	}
	pickOpen(t, c.first, "Sam")
	if !c.compareBtn.Disabled() {
		t.Error("Compare is offered with only one person chosen")
	}

	pick(t, c.second, "Alex")
	eventually(t, "Alex's PIN is asked for", func() bool { return c.second.pinDialog != nil })
	test.Type(c.second.pin, "wrong")
	c.second.pinDialog.Submit()
	eventually(t, "a wrong PIN is refused", func() bool { return c.problem.Visible() })
	if !strings.Contains(c.problem.Text, "does not open Alex's list") || c.second.person != nil {
		t.Fatalf("after a wrong PIN: %q, person %v", c.problem.Text, c.second.person)
	}
	pick(t, c.second, "Alex")
	eventually(t, "the PIN is asked again", func() bool { return c.second.pin != nil && c.second.pin.Text == "" })
	test.Type(c.second.pin, "maple 42")
	c.second.pinDialog.Submit()
	eventually(t, "Alex's list opens", func() bool { return c.second.person != nil })

	tap(c.compareBtn)
	eventually(t, "the result is shown", func() bool { return c.result != nil })
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

	if !hasSection("negotiate") {
		if c.result.negotiate != nil {
			t.Error("a button offers a negotiation editor that does not exist")
		}
		return
	}
	if c.result.negotiate == nil {
		t.Fatal("no way to start a negotiation from the result")
	}
	stand := standInForNegotiate(a)
	tap(c.result.negotiate)
	eventually(t, "the negotiation section opens", func() bool { return a.shell.currentID == "negotiate" })
	from, ok := stand.got.(kit.NegotiateFrom)
	if !ok || from.ComparisonID != r.ID || from.Result == nil || from.Result.ID != r.ID {
		t.Errorf("the negotiation editor is told to start from %+v, want %q in memory", stand.got, r.ID)
	}
	if _, kept, _ := a.Vault().Setting(settingNegotiateFrom); kept {
		t.Error("the way to the negotiation was written to the vault")
	}
}

// standIn is a screen that does nothing but keep the target it was given.
type standIn struct{ got kit.Target }

func (*standIn) view() fyne.CanvasObject { return widget.NewLabel("") }
func (*standIn) leave()                  {}
func (s *standIn) Open(t kit.Target)     { s.got = t }

// standInForNegotiate puts a screen that does nothing in place of the
// negotiation editor, so this test sees only what Compare hands over.
func standInForNegotiate(a *App) *standIn {
	stand := &standIn{}
	for i, s := range a.shell.sections {
		if s.id == "negotiate" {
			a.shell.sections[i].make = func(*App) screen { return stand }
		}
	}
	return stand
}

// codes makes an invitation and its reply with the engine itself, for
// the tests that paste codes in the wrong place.
func codes(t *testing.T, a *App) (invitation, reply string) {
	t.Helper()
	cat := a.cat
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

func TestACodeInTheWrongPlaceIsExplainedAndKept(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Alex", alexsAnswers)
	invitation, reply := codes(t, a)
	c := openCompare(t, a)
	c.showAnswer("")
	ap := c.answer
	pickOpen(t, ap.me, "Alex")

	pasteInto(a, ap.paste.entry, reply)
	tap(ap.reply)
	eventually(t, "the wrong step is explained", func() bool { return ap.problem.Visible() })
	if !strings.Contains(ap.problem.Text, "This is a Parley reply, but this step needs an invitation from your partner") {
		t.Errorf("a reply pasted as an invitation says %q", ap.problem.Text)
	}
	if ap.paste.entry.Text != reply {
		t.Error("the pasted reply was not kept after the error")
	}

	cut := invitation[:len(invitation)/2]
	ap.paste.entry.SetText(cut)
	tap(ap.reply)
	eventually(t, "a cut code is explained", func() bool { return strings.Contains(ap.problem.Text, "cut short") })
	if ap.paste.entry.Text != cut {
		t.Error("the cut code was not kept after the error")
	}
	if list, _ := a.Vault().Pendings(); len(list) != 0 {
		t.Errorf("a refused code left %d exchanges waiting", len(list))
	}
}

func TestCancelRemovesAWaitingExchange(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Sam", samsAnswers)
	c := openCompare(t, a)
	pickOpen(t, c.me, "Sam")
	tap(c.invite)
	eventually(t, "the invitation is shown", func() bool { return c.wait != nil })
	c.showHome()
	eventually(t, "the exchange is listed", func() bool { return len(c.pendings) == 1 })
	if text := strings.Join(labels(c.waiting), " "); !strings.Contains(text, "Sam made an invitation on") || !strings.Contains(text, "Expires in 14 days") {
		t.Errorf("the waiting exchange reads %q", text)
	}
	c.askCancel(c.pendings[0])
	c.cancelDialog.Confirm()
	eventually(t, "the exchange is gone", func() bool { return len(c.pendings) == 0 && c.waitingBox.Hidden })
	if list, err := a.Vault().Pendings(); err != nil || len(list) != 0 {
		t.Errorf("the vault still keeps %v, %v", list, err)
	}
}

// newTestAppAt starts Parley on a data folder with a fixed clock.
func newTestAppAt(t *testing.T, home string, kr persistence.Keyring, now time.Time) *App {
	t.Helper()
	fa := test.NewTempApp(t)
	forgetUI()
	a := Create(fa, Options{Home: home, Keyring: kr, Catalog: testCatalog(t), Now: func() time.Time { return now }})
	a.win.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(func() { a.closeVault() })
	return a
}

func TestALateReplyIsRefusedAsExpired(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, false, "")
	addPerson(t, a, "Sam", samsAnswers)
	c := openCompare(t, a)
	pickOpen(t, c.me, "Sam")
	tap(c.invite)
	eventually(t, "the invitation is shown", func() bool { return c.wait != nil })
	inv, err := match.DecodeInvitation([]byte(c.wait.code.text.Text))
	if err != nil {
		t.Fatal(err)
	}
	sheet := checklist.NewSheet()
	sheet.SetAnswer(wristReceive, checklist.Yes, time.Now())
	_, reply, err := match.Respond(rand.Reader, a.cat, match.Person{Sheet: sheet}, inv, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	a.closeVault()

	later := newTestAppAt(t, home, kr, time.Now().Add(15*24*time.Hour))
	eventually(t, "Parley opens 15 days later", func() bool { return later.shell != nil })
	c = openCompare(t, later)
	eventually(t, "nothing is listed as waiting", func() bool { return len(c.pendings) == 0 && c.waitingBox.Hidden })
	code := string(reply.Encode())
	pasteInto(later, c.anyCode.entry, code)
	tap(c.continueBtn)
	eventually(t, "the late reply is refused", func() bool { return c.codeProblem.Visible() })
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
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	b := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, b, "Alex", alexsAnswers)
	ca := openCompare(t, a)
	pickOpen(t, ca.me, "Sam")
	tap(ca.invite)
	eventually(t, "the invitation is shown", func() bool { return ca.wait != nil })
	cb := openCompare(t, b)
	pasteInto(b, cb.anyCode.entry, ca.wait.code.text.Text)
	tap(cb.continueBtn)
	eventually(t, "the invitation opens the answer page", func() bool { return cb.answer != nil })
	pickOpen(t, cb.answer.me, "Alex")
	tap(cb.answer.reply)
	eventually(t, "the reply is shown", func() bool { return cb.wait != nil })
	honest := cb.wait.code.text.Text

	reply, err := match.DecodeReply([]byte(honest))
	if err != nil || len(reply.Tiers[0].Double) < 2 {
		t.Fatalf("the reply reads as %v, %v", reply, err)
	}
	d := reply.Tiers[0].Double
	d[0], d[1] = d[1], d[0]
	pasteInto(a, ca.wait.paste.entry, string(reply.Encode()))
	tap(ca.wait.show)
	eventually(t, "the forged reply is refused", func() bool { return ca.wait.problem.Visible() })
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
	eventually(t, "the honest reply still gives the result", func() bool { return ca.result != nil })
}
