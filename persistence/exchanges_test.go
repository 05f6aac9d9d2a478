package persistence

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
)

// exchangeCatalog is a small activity list for the exchange tests.
func exchangeCatalog() *catalog.Catalog {
	return &catalog.Catalog{Version: "test.1", Activities: []catalog.Activity{
		{ID: "rope-harness", Name: "Rope harness", Kind: catalog.GiveReceive},
		{ID: "slow-dance", Name: "Slow dance", Kind: catalog.Together},
		{ID: "blindfold", Name: "Blindfold", Kind: catalog.GiveReceive},
	}}
}

func sheetOf(answers map[checklist.Key]checklist.Answer) *checklist.Sheet {
	s := checklist.NewSheet()
	for k, a := range answers {
		s.SetAnswer(k, a, fixedNow)
	}
	return s
}

var (
	giveRope    = checklist.Key{Activity: "rope-harness", Direction: checklist.Giving}
	receiveRope = checklist.Key{Activity: "rope-harness", Direction: checklist.Receiving}
	dance       = checklist.Key{Activity: "slow-dance", Direction: checklist.Together}
	blindfold   = checklist.Key{Activity: "blindfold", Direction: checklist.Receiving}
)

// start begins an exchange for Sam (gives rope, dances, would be blindfolded).
func start(t *testing.T, at time.Time) (*match.Pending, *match.Invitation) {
	t.Helper()
	sam := sheetOf(map[checklist.Key]checklist.Answer{giveRope: checklist.Yes, dance: checklist.Yes, blindfold: checklist.Yes})
	p, inv, err := match.Start(rand.Reader, exchangeCatalog(), match.Person{Sheet: sam}, at)
	if err != nil {
		t.Fatal(err)
	}
	return p, inv
}

// respond answers inv for Alex (receives rope, dances, says no to the rest).
func respond(t *testing.T, inv *match.Invitation) (*match.Pending, *match.Reply) {
	t.Helper()
	alex := sheetOf(map[checklist.Key]checklist.Answer{receiveRope: checklist.Yes, dance: checklist.Yes, blindfold: checklist.HardLimit})
	q, reply, err := match.Respond(rand.Reader, exchangeCatalog(), match.Person{Sheet: alex}, inv, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	return q, reply
}

// secretOf reads the starter's scalar out of a Pending's stored form
// (layout in domain/match/pending.go), to look for it later.
func secretOf(t *testing.T, p *match.Pending) []byte {
	t.Helper()
	b, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	i := 4 + 16                                             // format, role, step, flags; session
	i += 1 + int(b[i])                                      // catalog version
	i += 8 + 4 + 4                                          // created, possible
	i += 3 + (int(b[i])<<16 | int(b[i+1])<<8 | int(b[i+2])) // the last message sent
	i += 1 + int(b[i])                                      // transcript
	if b[i] != 32 {                                         // the yes tier's secret
		t.Fatalf("the pending holds no 32-byte secret (length byte %d)", b[i])
	}
	return bytes.Clone(b[i+1 : i+33])
}

func rawState(t *testing.T, v *Vault, session string) []byte {
	t.Helper()
	var state []byte
	if err := v.database().QueryRow(`SELECT state FROM exchanges WHERE session_id = ?`, session).Scan(&state); err != nil {
		t.Fatal(err)
	}
	return state
}

func TestAWaitingExchangeSurvivesARestartAndCanFinish(t *testing.T) {
	v, s := freshVault(t)
	sam := addPerson(t, v, "Sam")
	p, inv := start(t, fixedNow)
	if err := v.SavePending(p, sam, "Alex"); err != nil {
		t.Fatal(err)
	}
	v.Close()

	v = mustReopen(t, s)
	list, err := v.Pendings()
	if err != nil || len(list) != 1 {
		t.Fatalf("Pendings = %v, %v; want the one exchange", list, err)
	}
	e := list[0]
	if e.Session != p.Session.String() || e.Role != match.Starter || e.ProfileID != sam.ID || e.Done || e.Forgotten {
		t.Errorf("listed as %+v", e)
	}
	if !e.Created.Equal(fixedNow) || !e.Expires.Equal(fixedNow.Add(14*24*time.Hour)) {
		t.Errorf("created %v, expires %v; want %v and 14 days later", e.Created, e.Expires, fixedNow)
	}

	st, err := v.OpenExchange(e.Session, sam)
	if err != nil {
		t.Fatal(err)
	}
	if st.Partner != "Alex" {
		t.Errorf("partner = %q, want Alex", st.Partner)
	}
	if !bytes.Equal(st.Pending.Sent().Encode(), inv.Encode()) {
		t.Error("the invitation shown again is not the one first sent")
	}
	// Only the kept secret can read the partner's reply correctly.
	_, reply := respond(t, inv)
	res, _, err := st.Pending.Finish(reply, fixedNow.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := []match.Match{{Activity: "rope-harness", Slot: match.SlotStarterGives}, {Activity: "slow-dance", Slot: match.SlotTogether}}
	if !reflect.DeepEqual(res.BothYes, want) {
		t.Errorf("after a restart the result is %v, want %v", res.BothYes, want)
	}
}

func TestAnExchangeExpiresAfterFourteenDaysAndLosesItsSecret(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	clock := fixedNow
	s.Now = func() time.Time { return clock }
	v, _ := mustCreate(t, s, ModeKeyring, "")
	defer v.Close()
	sam := addPerson(t, v, "Sam")
	p, _ := start(t, fixedNow)
	if err := v.SavePending(p, sam, ""); err != nil {
		t.Fatal(err)
	}
	session := p.Session.String()

	clock = fixedNow.Add(13 * 24 * time.Hour)
	if list, _ := v.Pendings(); len(list) != 1 {
		t.Fatalf("after 13 days %d exchanges wait; want 1", len(list))
	}
	clock = fixedNow.Add(15 * 24 * time.Hour)
	list, err := v.Pendings()
	if err != nil || len(list) != 0 {
		t.Fatalf("after 15 days Pendings = %v, %v; want none", list, err)
	}
	e, err := v.Exchange(session)
	if err != nil {
		t.Fatal(err)
	}
	if !e.Expired(clock) || !e.Forgotten || e.Done {
		t.Errorf("an expired exchange reads as %+v", e)
	}
	if n := len(rawState(t, v, session)); n != 0 {
		t.Errorf("an expired exchange still keeps %d bytes of state", n)
	}
	if _, err := v.OpenExchange(session, sam); !errors.Is(err, ErrNoSuchExchange) {
		t.Errorf("opening an expired exchange: %v", err)
	}
}

func TestCancelRemovesOnlyThatExchange(t *testing.T) {
	v, _ := freshVault(t)
	sam := addPerson(t, v, "Sam")
	p1, _ := start(t, fixedNow)
	p2, _ := start(t, fixedNow.Add(time.Minute))
	for _, p := range []*match.Pending{p1, p2} {
		if err := v.SavePending(p, sam, ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := v.CancelPending(p1.Session.String()); err != nil {
		t.Fatal(err)
	}
	list, err := v.Pendings()
	if err != nil || len(list) != 1 || list[0].Session != p2.Session.String() {
		t.Fatalf("after cancelling the first, Pendings = %v, %v", list, err)
	}
	if _, err := v.Exchange(p1.Session.String()); !errors.Is(err, ErrNoSuchExchange) {
		t.Errorf("a cancelled exchange is still found: %v", err)
	}
}

func TestAFinishedExchangeKeepsNoSecret(t *testing.T) {
	v, _ := freshVault(t)
	sam := addPerson(t, v, "Sam")
	p, inv := start(t, fixedNow)
	secret := secretOf(t, p)
	if err := v.SavePending(p, sam, "Alex"); err != nil {
		t.Fatal(err)
	}
	session := p.Session.String()
	st, err := v.OpenExchange(session, sam)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(secretOf(t, st.Pending), secret) {
		t.Fatal("the waiting exchange did not keep its secret") // the check below would prove nothing
	}

	_, reply := respond(t, inv)
	_, final, err := st.Pending.Finish(reply, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	saved, err := v.FinishExchange(st.Pending, sam, "Alex", SavedComparison{ID: session, StarterName: "Sam", ResponderName: "Alex"})
	if err != nil {
		t.Fatal(err)
	}

	var stored storedState
	if err := json.Unmarshal(rawState(t, v, session), &stored); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(stored.Pending, secret) {
		t.Error("the finished exchange still holds the secret scalar")
	}
	e, err := v.Exchange(session)
	if err != nil || !e.Done {
		t.Errorf("the finished exchange reads as %+v, %v; want done", e, err)
	}
	if list, _ := v.Pendings(); len(list) != 0 {
		t.Errorf("a finished exchange is still listed as waiting: %v", list)
	}
	again, err := v.OpenExchange(session, sam)
	if err != nil {
		t.Fatal(err)
	}
	if again.Pending.Step != match.Finished || !bytes.Equal(again.Pending.Sent().Encode(), final.Encode()) {
		t.Error("the finished exchange does not keep the result code to send again")
	}
	if _, _, err := again.Pending.Finish(reply, fixedNow); !errors.Is(err, match.ErrAlreadyUsed) {
		t.Errorf("the same reply read twice: %v; want already used", err)
	}
	if got, err := v.Comparison(session); err != nil || got.ID != saved.ID || got.ResponderName != "Alex" {
		t.Errorf("the result was not saved with the exchange: %+v, %v", got, err)
	}
}

func TestMarkDoneForgetsTheExchange(t *testing.T) {
	v, _ := freshVault(t)
	sam := addPerson(t, v, "Sam")
	p, _ := start(t, fixedNow)
	if err := v.SavePending(p, sam, ""); err != nil {
		t.Fatal(err)
	}
	session := p.Session.String()
	if err := v.MarkDone(session); err != nil {
		t.Fatal(err)
	}
	e, err := v.Exchange(session)
	if err != nil || !e.Done || !e.Forgotten {
		t.Errorf("after MarkDone: %+v, %v", e, err)
	}
	if n := len(rawState(t, v, session)); n != 0 {
		t.Errorf("MarkDone kept %d bytes of state", n)
	}
	if list, _ := v.Pendings(); len(list) != 0 {
		t.Errorf("a done exchange is still waiting: %v", list)
	}
}

func TestASealedPersonsExchangeIsSealedToo(t *testing.T) {
	v, _ := freshVault(t)
	sam := addPerson(t, v, "Sam")
	alex := addPerson(t, v, "Alex")
	if err := v.SealPerson(sam, "tulip lantern"); err != nil {
		t.Fatal(err)
	}
	p, _ := start(t, fixedNow)
	q, _ := start(t, fixedNow)
	if err := v.SavePending(p, sam, "Alex"); err != nil {
		t.Fatal(err)
	}
	if err := v.SavePending(q, alex, "Sam"); err != nil {
		t.Fatal(err)
	}
	if json.Valid(rawState(t, v, p.Session.String())) {
		t.Error("a sealed person's exchange is stored readable")
	}
	if !json.Valid(rawState(t, v, q.Session.String())) {
		t.Fatal("an open person's exchange is not plain JSON: the check above proves nothing")
	}
	if _, err := v.OpenExchange(p.Session.String(), alex); !errors.Is(err, ErrNoSuchExchange) {
		t.Errorf("Alex opened Sam's exchange: %v", err)
	}
	reopened, err := v.OpenPerson(sam.ID, "tulip lantern")
	if err != nil {
		t.Fatal(err)
	}
	st, err := v.OpenExchange(p.Session.String(), reopened)
	if err != nil || st.Partner != "Alex" || st.Pending.Session != p.Session {
		t.Errorf("Sam, with the PIN, reads %+v, %v", st, err)
	}
}

func TestOwnInvitationCannotBeAnsweredInTheSameVault(t *testing.T) {
	v, _ := freshVault(t)
	sam, alex := addPerson(t, v, "Sam"), addPerson(t, v, "Alex")
	p, inv := start(t, fixedNow)
	secret := secretOf(t, p)
	if err := v.SavePending(p, sam, ""); err != nil {
		t.Fatal(err)
	}
	q, _ := respond(t, inv)
	if err := v.SavePending(q, alex, ""); !errors.Is(err, ErrOwnExchange) {
		t.Fatalf("answering our own invitation: %v; want ErrOwnExchange", err)
	}
	st, err := v.OpenExchange(p.Session.String(), sam)
	if err != nil || st.Pending.Role != match.Starter || !bytes.Equal(secretOf(t, st.Pending), secret) {
		t.Errorf("the starter's half was changed: %+v, %v", st, err)
	}
}

func TestSavedComparisonsRoundTripNewestFirst(t *testing.T) {
	v, _ := freshVault(t)
	older := SavedComparison{
		Created: fixedNow.Add(-time.Hour), StarterName: "Sam", ResponderName: "Alex", CatalogVersion: "test.1",
		BothYes: []SavedMatch{
			{ActivityID: "rope-harness", Name: "Rope harness", Category: "Restraint", Slot: "starter-gives", GiverName: "Sam", ReceiverName: "Alex"},
			{ActivityID: "slow-dance", Name: "Slow dance", Slot: "together", Together: true},
		},
		WorthTalking:   []SavedMatch{{ActivityID: "custom:tea party", Name: "Tea party", Slot: "together", Together: true}},
		MaybesCompared: true, StarterCount: 42, ResponderCount: 38,
		OverClaimWarning: "Alex said yes to nearly everything.",
	}
	saved, err := v.SaveComparison(older)
	if err != nil {
		t.Fatal(err)
	}
	if saved.ID == "" {
		t.Fatal("a saved result got no ID")
	}
	newer, err := v.SaveComparison(SavedComparison{StarterName: "Jo", ResponderName: "Kit", Local: true})
	if err != nil {
		t.Fatal(err)
	}
	if !newer.Created.Equal(fixedNow) {
		t.Errorf("a result without a date got %v; want the store's clock", newer.Created)
	}

	all, err := v.Comparisons()
	if err != nil || len(all) != 2 || all[0].ID != newer.ID || all[1].ID != saved.ID {
		t.Fatalf("Comparisons = %+v, %v; want the newer first", all, err)
	}
	got, err := v.Comparison(saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Created.Equal(saved.Created) {
		t.Errorf("date %v, want %v", got.Created, saved.Created)
	}
	got.Created = saved.Created
	if !reflect.DeepEqual(got, saved) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, saved)
	}
	if _, err := v.Comparison("no-such-id"); !errors.Is(err, ErrNoSuchComparison) {
		t.Errorf("a missing result: %v", err)
	}
}

// pendingV1 is a starter's half stored by Parley before the comparison's
// protocol version 2 (one secret for both tiers, no keys), as the vault
// of an earlier release holds it.
const pendingV1 = "01010100eebf03c8ccdba456230a0c00bc1f8e5d06746573742e370000000067c34b20000000000000006420a8bc62e6588cd374df63ac1cc387533f593f39ee7faef528978e0847ddd1320900005e0101eebf03c8ccdba456230a0c00bc1f8e5d0006746573742e370002ce7716cd29d3a56ce768e2530daa9db9b914c1706e86089d45715cf7986d4b64dc741398ebd39dca9ce946a1bec3ff649a863794745da4d64ea2fd5d38fc493400000002001f7965737c746573742e377c6163742d30317c737461727465722d6769766573001a7965737c746573742e377c6163742d30307c746f67657468657200000000000000000000"

// An exchange kept by an earlier Parley opens with a sentence saying so,
// never as damage and never as a crash; its row stays listed.
func TestAnExchangeFromAnEarlierParleyAsksForANewComparison(t *testing.T) {
	v, _ := freshVault(t)
	sam := addPerson(t, v, "Sam")
	p, _ := start(t, fixedNow)
	if err := v.SavePending(p, sam, "Alex"); err != nil {
		t.Fatal(err)
	}
	old, err := hex.DecodeString(pendingV1)
	if err != nil {
		t.Fatal(err)
	}
	state, err := json.Marshal(storedState{Partner: "Alex", Pending: old})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.database().Exec(`UPDATE exchanges SET state = ? WHERE session_id = ?`, state, p.Session.String()); err != nil {
		t.Fatal(err)
	}
	_, err = v.OpenExchange(p.Session.String(), sam)
	if !errors.Is(err, ErrOldExchange) || errors.Is(err, ErrDamaged) {
		t.Fatalf("opening an earlier Parley's exchange: %v", err)
	}
	for _, want := range []string{"earlier version of Parley", "start a new comparison"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	if list, err := v.Pendings(); err != nil || len(list) != 1 {
		t.Errorf("the old exchange is no longer listed: %v, %v", list, err)
	}
}
