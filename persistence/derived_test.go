package persistence

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
)

// protectedPerson adds a person and protects their list with pin.
func protectedPerson(t *testing.T, v *Vault, name, pin string) *Person {
	t.Helper()
	p := addPerson(t, v, name)
	if err := v.SealPerson(p, pin); err != nil {
		t.Fatal(err)
	}
	return p
}

// rawColumn reads one stored value as the bytes in the database.
func rawColumn(t *testing.T, v *Vault, query string, args ...any) []byte {
	t.Helper()
	var b []byte
	if err := v.database().QueryRow(query, args...).Scan(&b); err != nil {
		t.Fatal(err)
	}
	return b
}

func secretResult(owners ...string) SavedComparison {
	return SavedComparison{
		StarterName: "Alex", ResponderName: "Sam", CatalogVersion: "test.1", Local: true, Owners: owners,
		BothYes:      []SavedMatch{{ActivityID: "impact.cane", Name: "Cane", Slot: "starter-gives", GiverName: "Alex", ReceiverName: "Sam"}},
		StarterCount: 4, ResponderCount: 9,
	}
}

// Attack: a partner with the vault open reads a saved comparison of a
// protected person without her PIN, through the Vault API or the rows.
func TestASavedComparisonOfAProtectedPersonNeedsHerPIN(t *testing.T) {
	v, _ := freshVault(t)
	alex := addPerson(t, v, "Alex")
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	kept, err := v.SaveComparison(secretResult(alex.ID, sam.ID))
	if err != nil {
		t.Fatal(err)
	}

	list, err := v.Comparisons()
	if err != nil || len(list) != 1 {
		t.Fatalf("Comparisons = %v, %v", list, err)
	}
	got := list[0]
	if !got.Locked || got.StarterName != "" || len(got.BothYes) != 0 || got.StarterCount != 0 {
		t.Fatalf("the list shows more than a date and owners: %+v", got)
	}
	if !got.Created.Equal(kept.Created) || strings.Join(got.Owners, " ") != alex.ID+" "+sam.ID {
		t.Fatalf("the list lost the public date or owners: %+v", got)
	}
	if _, err := v.Comparison(kept.ID); !errors.Is(err, ErrProtectedResult) {
		t.Fatalf("Comparison without a PIN = %v, want ErrProtectedResult", err)
	}
	// Alex's list is open: his Person is no key to what Sam's list is part of.
	if _, err := v.OpenComparison(kept.ID, alex); !errors.Is(err, ErrProtectedResult) {
		t.Fatalf("OpenComparison with the open partner = %v, want ErrProtectedResult", err)
	}
	raw := rawColumn(t, v, `SELECT payload FROM comparisons WHERE id = ?`, kept.ID)
	for _, secret := range []string{"Cane", "impact.cane", "Alex", "starter_count"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Fatalf("the stored payload holds %q in the clear", secret)
		}
	}
	samAgain, err := v.OpenPerson(sam.ID, "blue heron 42")
	if err != nil {
		t.Fatal(err)
	}
	open, err := v.OpenComparison(kept.ID, samAgain)
	if err != nil || len(open.BothYes) != 1 || open.BothYes[0].Name != "Cane" || open.ResponderCount != 9 || open.Locked {
		t.Fatalf("Sam's PIN does not open her result: %+v, %v", open, err)
	}
}

// Two protected people: either PIN opens their result. A result of two
// open lists stays as before.
func TestAResultOfTwoProtectedPeopleOpensWithEitherPIN(t *testing.T) {
	v, _ := freshVault(t)
	alex := protectedPerson(t, v, "Alex", "green kite 7")
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	kept, err := v.SaveComparison(secretResult(alex.ID, sam.ID))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*Person{alex, sam} {
		if c, err := v.OpenComparison(kept.ID, p); err != nil || len(c.BothYes) != 1 {
			t.Fatalf("%s's PIN: %+v, %v", p.Name, c, err)
		}
	}
	jo := addPerson(t, v, "Jo")
	casey := addPerson(t, v, "Casey")
	plain, err := v.SaveComparison(secretResult(jo.ID, casey.ID))
	if err != nil {
		t.Fatal(err)
	}
	if c, err := v.Comparison(plain.ID); err != nil || c.Locked || len(c.BothYes) != 1 {
		t.Fatalf("an open pair's result: %+v, %v", c, err)
	}
}

// A kept exchange of a protected person is sealed by her codec: its state
// holds neither the partner's name nor a readable secret, and no other
// person opens it.
func TestAPendingExchangeOfAProtectedPersonIsSealed(t *testing.T) {
	v, _ := freshVault(t)
	alex := addPerson(t, v, "Alex")
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	p, _ := start(t, fixedNow)
	if err := v.SavePending(p, sam, "Jordan"); err != nil {
		t.Fatal(err)
	}
	raw := rawState(t, v, p.Session.String())
	if bytes.Contains(raw, []byte("Jordan")) || bytes.Contains(raw, []byte("pending")) {
		t.Fatal("the kept exchange is readable without Sam's PIN")
	}
	if _, err := v.OpenExchange(p.Session.String(), alex); err == nil {
		t.Fatal("another person opened Sam's exchange")
	}
	if st, err := v.OpenExchange(p.Session.String(), sam); err != nil || st.Partner != "Jordan" {
		t.Fatalf("Sam cannot open her own exchange: %v", err)
	}
}

// draftWithSamsLimits is a draft where Sam (linked to her protected list)
// brought in a hard and a soft limit; Alex typed one of his own.
func draftWithSamsLimits(samProfile string) negotiation.Document {
	return negotiation.New([]negotiation.Participant{
		{ID: "p1", Name: "Alex", Limits: negotiation.Limits{Hard: []negotiation.LimitItem{{Text: "Name calling"}}}},
		{ID: "p2", Name: "Sam", ProfileID: samProfile, Limits: negotiation.Limits{
			Hard: []negotiation.LimitItem{{ActivityID: "impact.cane", Text: "Cane", Protected: true}},
			Soft: []negotiation.LimitItem{{ActivityID: "gag", Text: "Gag", Condition: "only a soft one", Protected: true}},
		}},
	}, fixedNow)
}

// Attack: read the limits Sam brought in from her protected list, in a
// draft or an agreed version, or in the listing's search, without her PIN.
func TestLimitsFromAProtectedListAreSealedInDrafts(t *testing.T) {
	v, _ := negotiationVault(t)
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	id, err := v.CreateNegotiation(draftWithSamsLimits(sam.ID))
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		doc, _, _, err := v.LatestVersion(id)
		if err != nil {
			t.Fatal(err)
		}
		s := doc.Participants[1]
		if len(s.Limits.Hard)+len(s.Limits.Soft) != 0 || len(s.HiddenLimits) != 1 || s.HiddenLimits[0].ProfileID != sam.ID {
			t.Fatalf("%s: Sam's limits read without her PIN: %+v", when, s)
		}
		if len(doc.Participants[0].Limits.Hard) != 1 {
			t.Fatalf("%s: Alex's own limit went missing", when)
		}
		raw := rawColumn(t, v, `SELECT doc FROM negotiation_versions WHERE negotiation_id = ? ORDER BY version DESC LIMIT 1`, id)
		search := rawColumn(t, v, `SELECT search FROM negotiations WHERE id = ?`, id)
		for _, secret := range []string{"Cane", "cane", "only a soft one"} {
			if bytes.Contains(raw, []byte(secret)) || bytes.Contains(search, []byte(secret)) {
				t.Fatalf("%s: %q is stored in the clear", when, secret)
			}
		}
		if found, _ := v.SearchNegotiations("cane", "", ""); len(found) != 0 {
			t.Fatalf("%s: a search for a sealed limit finds the draft", when)
		}
		// Saved back unopened (the editor's autosave), nothing is lost.
		samAgain, err := v.OpenPerson(sam.ID, "blue heron 42")
		if err != nil {
			t.Fatal(err)
		}
		if err := v.RevealLimits(&doc, samAgain); err != nil {
			t.Fatal(err)
		}
		s = doc.Participants[1]
		if len(s.HiddenLimits) != 0 || len(s.Limits.Hard) != 1 || s.Limits.Hard[0].Text != "Cane" || !s.Limits.Hard[0].Protected ||
			len(s.Limits.Soft) != 1 || s.Limits.Soft[0].Condition != "only a soft one" {
			t.Fatalf("%s: Sam's PIN does not show her limits: %+v", when, s)
		}
	}
	check("new draft")
	doc, _, _, _ := v.LatestVersion(id)
	doc.Title = "Friday"
	if err := v.SaveDraft(id, doc); err != nil { // autosave without the PIN
		t.Fatal(err)
	}
	check("autosaved without the PIN")
	// Saved after Sam showed them: sealed again.
	samAgain, _ := v.OpenPerson(sam.ID, "blue heron 42")
	if err := v.RevealLimits(&doc, samAgain); err != nil {
		t.Fatal(err)
	}
	if err := v.AgreeVersion(id, doc); err != nil {
		t.Fatal(err)
	}
	check("agreed after showing them")
}

// Attack: read Sam's debrief discoveries without her PIN.
func TestDiscoveriesOfAProtectedPersonAreSealed(t *testing.T) {
	v, _ := negotiationVault(t)
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	id, err := v.CreateNegotiation(draftWithSamsLimits(sam.ID))
	if err != nil {
		t.Fatal(err)
	}
	d := negotiation.Debrief{ParticipantID: "p2", WhatWorked: "The pace.",
		Discoveries: []negotiation.Discovery{{ActivityID: "wax", Name: "Wax play", Direction: checklist.Receiving, Proposed: checklist.HardLimit}}}
	if err := v.SaveDebrief(id, d); err != nil {
		t.Fatal(err)
	}
	got, err := v.Debriefs(id)
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	if len(got[0].Discoveries) != 0 || len(got[0].HiddenDiscoveries) != 1 || !got[0].Written() {
		t.Fatalf("Sam's discoveries read without her PIN: %+v", got[0])
	}
	raw := rawColumn(t, v, `SELECT payload FROM debriefs WHERE negotiation_id = ?`, id)
	if bytes.Contains(raw, []byte("Wax")) || bytes.Contains(raw, []byte("hard-limit")) {
		t.Fatal("a discovery is stored in the clear")
	}
	samAgain, _ := v.OpenPerson(sam.ID, "blue heron 42")
	if err := v.RevealDiscoveries(&got[0], samAgain); err != nil {
		t.Fatal(err)
	}
	if len(got[0].Discoveries) != 1 || got[0].Discoveries[0].Proposed != checklist.HardLimit || len(got[0].HiddenDiscoveries) != 0 {
		t.Fatalf("Sam's PIN does not show her discoveries: %+v", got[0])
	}
}

// Attack: read Sam's limits timeline (her answer history) without her PIN.
func TestTheLimitsTimelineOfAProtectedPersonNeedsHerPIN(t *testing.T) {
	v, _ := freshVault(t)
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	k := checklist.Key{Activity: "impact.cane", Direction: checklist.Receiving}
	answer(t, v, sam, checklist.NewSheet(), k, checklist.HardLimit, "", fixedNow)
	if _, err := v.OpenPerson(sam.ID, ""); !errors.Is(err, ErrWrongPIN) {
		t.Fatalf("Sam's list opened without her PIN: %v", err)
	}
	raw := rawColumn(t, v, `SELECT payload FROM answer_history WHERE profile_id = ?`, sam.ID)
	if bytes.Contains(raw, []byte("impact.cane")) || bytes.Contains(raw, []byte("hard")) {
		t.Fatal("Sam's history is stored in the clear")
	}
	samAgain, _ := v.OpenPerson(sam.ID, "blue heron 42")
	if h, err := v.AnswerHistory(samAgain); err != nil || len(h) != 1 {
		t.Fatalf("history with her PIN: %v, %v", h, err)
	}
}

// The PIN changes: everything sealed to Sam still opens with the new PIN,
// not with the old one.
func TestDerivedDataFollowsAChangedPIN(t *testing.T) {
	v, _ := freshVault(t)
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	kept, err := v.SaveComparison(secretResult(sam.ID))
	if err != nil {
		t.Fatal(err)
	}
	if err := v.SealPerson(sam, "red fox 99"); err != nil {
		t.Fatal(err)
	}
	if _, err := v.OpenPerson(sam.ID, "blue heron 42"); !errors.Is(err, ErrWrongPIN) {
		t.Fatalf("old PIN: %v", err)
	}
	samAgain, err := v.OpenPerson(sam.ID, "red fox 99")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := v.OpenComparison(kept.ID, samAgain); err != nil || len(c.BothYes) != 1 {
		t.Fatalf("new PIN: %+v, %v", c, err)
	}
}

// A vault from before derived data was sealed: the upgrade step records
// who took part, the plain row of a protected owner reads as locked, and
// her next PIN seals it for good. A list protected later seals its
// derived rows at once.
func TestOlderPlainDerivedRowsAreSealedAtTheNextPIN(t *testing.T) {
	v, _ := negotiationVault(t)
	alex := addPerson(t, v, "Alex")
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	kept, err := v.SaveComparison(secretResult(alex.ID, sam.ID))
	if err != nil {
		t.Fatal(err)
	}
	// Turn the row back into what an older Parley wrote: plain, no owners,
	// no key pairs yet.
	c := secretResult()
	c.Created = kept.Created
	plain, _ := json.Marshal(c)
	mustExec(t, v, `UPDATE comparisons SET payload = ?, owners = '', sealed_to = '' WHERE id = ?`, plain, kept.ID)
	mustExec(t, v, `DELETE FROM profile_keys`)
	if err := v.tx(context.Background(), fillOwners); err != nil {
		t.Fatal(err)
	}
	if got, err := v.Comparisons(); err != nil || !got[0].Locked || len(got[0].Owners) != 2 {
		t.Fatalf("an older plain result of Sam's reads without her PIN: %+v, %v", got, err)
	}
	if _, err := v.OpenComparison(kept.ID, alex); !errors.Is(err, ErrProtectedResult) {
		t.Fatalf("Alex opened Sam's older result: %v", err)
	}
	samAgain, err := v.OpenPerson(sam.ID, "blue heron 42")
	if err != nil {
		t.Fatal(err)
	}
	raw := rawColumn(t, v, `SELECT payload FROM comparisons WHERE id = ?`, kept.ID)
	if bytes.Contains(raw, []byte("Cane")) {
		t.Fatal("Sam's PIN did not seal her older result")
	}
	if got, err := v.OpenComparison(kept.ID, samAgain); err != nil || len(got.BothYes) != 1 {
		t.Fatalf("sealed older result: %+v, %v", got, err)
	}

	// Jo protects her list after a comparison: it is sealed at once.
	jo := addPerson(t, v, "Jo")
	before, err := v.SaveComparison(secretResult(jo.ID))
	if err != nil {
		t.Fatal(err)
	}
	if err := v.SealPerson(jo, "quiet river 5"); err != nil {
		t.Fatal(err)
	}
	if _, err := v.Comparison(before.ID); !errors.Is(err, ErrProtectedResult) {
		t.Fatalf("Jo's result after she protected her list: %v", err)
	}
	if bytes.Contains(rawColumn(t, v, `SELECT payload FROM comparisons WHERE id = ?`, before.ID), []byte("Cane")) {
		t.Fatal("protecting a list left its results in the clear")
	}
}

func mustExec(t *testing.T, v *Vault, q string, args ...any) {
	t.Helper()
	if _, err := v.database().Exec(q, args...); err != nil {
		t.Fatal(err)
	}
}

var _ = sql.ErrNoRows
