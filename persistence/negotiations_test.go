package persistence

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
)

// clock is a test clock that the test moves on.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// negotiationVault is a fresh vault whose clock the test controls.
func negotiationVault(t *testing.T) (*Vault, *clock) {
	t.Helper()
	c := &clock{t: time.Date(2026, 5, 1, 18, 0, 0, 0, time.UTC)}
	s := newStore(t, newFakeKeyring())
	s.Now = c.now
	v, _ := mustCreate(t, s, ModeKeyring, "")
	t.Cleanup(func() { v.Close() })
	return v, c
}

// sampleDoc is a first scene between Sam and Alex, the way two people
// fill it in: Alex gives, Sam receives.
func sampleDoc(now time.Time, title string) negotiation.Document {
	d := negotiation.FirstScene([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, now)
	d.Title = title
	d.Scene.Activities = []negotiation.Activity{
		{ID: "blindfold", Name: "Blindfold", Status: negotiation.StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}, Note: "the soft one"},
		{ID: "wrist-cuffs", Name: "Wrist cuffs", Status: negotiation.StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
		{ID: "spanking", Name: "Spanking", Status: negotiation.StatusTry, Givers: []string{"p1"}, Receivers: []string{"p2"}, Note: "over clothes"},
		{ID: "rope", Name: "Rope bondage", Status: negotiation.StatusNotThisTime},
	}
	d.Scene.Setting = negotiation.Setting{Place: "our flat", Room: "the bedroom"}
	d.Participants[1].Limits.Hard = []negotiation.LimitItem{{Text: "Gags"}}
	d.Participants[1].Limits.Soft = []negotiation.LimitItem{{Text: "Name calling", Condition: "only 'good girl'"}}
	d.Participants[1].Aftercare.Immediate = negotiation.Care{What: "Water, a blanket and quiet", By: []string{"p1"}}
	d.Participants[0].Aftercare.Immediate = negotiation.Care{What: "A hug and tea afterwards", By: []string{"p2"}}
	d.Safewords.Word = "pineapple"
	d.Safewords.Signal = "three taps"
	d.SetSceneOn(time.Date(2026, 5, 8, 20, 0, 0, 0, time.UTC))
	return d
}

func mustCreateNegotiation(t *testing.T, v *Vault, d negotiation.Document) string {
	t.Helper()
	id, err := v.CreateNegotiation(d)
	if err != nil {
		t.Fatalf("CreateNegotiation: %v", err)
	}
	return id
}

func summaryOf(t *testing.T, v *Vault, id string) NegotiationSummary {
	t.Helper()
	all, err := v.Negotiations()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range all {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("negotiation %s is not listed", id)
	return NegotiationSummary{}
}

func TestANewNegotiationIsADraftThatReadsBackAsWritten(t *testing.T) {
	v, c := negotiationVault(t)
	d := sampleDoc(c.now(), "Friday at ours")
	id := mustCreateNegotiation(t, v, d)

	got, n, agreed, err := v.LatestVersion(id)
	if err != nil || n != 1 || agreed {
		t.Fatalf("LatestVersion = version %d, agreed %v, %v; want version 1, a draft", n, agreed, err)
	}
	if !reflect.DeepEqual(normalised(got), normalised(d)) {
		t.Errorf("the document read back differs:\n got %+v\nwant %+v", got, d)
	}
	s := summaryOf(t, v, id)
	want := NegotiationSummary{ID: id, Title: "Friday at ours", People: []string{"Alex", "Sam"},
		Created: c.now(), Updated: c.now(), SceneOn: d.SceneOn, State: "draft", Versions: 1}
	if !sameSummary(s, want) {
		t.Errorf("summary = %+v\nwant %+v", s, want)
	}
}

// normalised puts times in UTC so documents compare after a JSON trip.
func normalised(d negotiation.Document) negotiation.Document {
	for _, t := range []*time.Time{&d.NegotiatedOn, &d.SceneOn, &d.DebriefOn, &d.AgreedOn} {
		if !t.IsZero() {
			*t = t.UTC()
		}
	}
	return d
}

func sameSummary(a, b NegotiationSummary) bool {
	return a.ID == b.ID && a.Title == b.Title && slices.Equal(a.People, b.People) &&
		a.Created.Equal(b.Created) && a.Updated.Equal(b.Updated) && a.SceneOn.Equal(b.SceneOn) &&
		a.State == b.State && a.Versions == b.Versions
}

func TestSaveDraftChangesTheDraftInPlaceAndItsListing(t *testing.T) {
	v, c := negotiationVault(t)
	d := sampleDoc(c.now(), "Friday at ours")
	id := mustCreateNegotiation(t, v, d)

	c.set(c.now().Add(time.Minute))
	d.Title = "Saturday instead"
	d.Participants[0].Name = "Alexandra"
	d.SetSceneOn(time.Date(2026, 5, 9, 19, 30, 0, 0, time.UTC))
	d.Scene.Activities = append(d.Scene.Activities, negotiation.CustomActivity("Feather tickling", negotiation.StatusYes))
	if err := v.SaveDraft(id, d); err != nil {
		t.Fatal(err)
	}
	got, n, agreed, err := v.LatestVersion(id)
	if err != nil || n != 1 || agreed {
		t.Fatalf("after SaveDraft: version %d agreed %v err %v; want still version 1, a draft", n, agreed, err)
	}
	if got.Title != "Saturday instead" || len(got.Scene.Activities) != 5 || got.Participants[0].Name != "Alexandra" {
		t.Errorf("the saved draft was not kept: %+v", got)
	}
	s := summaryOf(t, v, id)
	if s.Title != "Saturday instead" || !slices.Equal(s.People, []string{"Alexandra", "Sam"}) ||
		!s.SceneOn.Equal(d.SceneOn) || !s.Updated.Equal(c.now()) || s.Created.Equal(c.now()) || s.Versions != 1 {
		t.Errorf("listing after SaveDraft = %+v", s)
	}
	if hits, _ := v.SearchNegotiations("feather", "", ""); len(hits) != 1 {
		t.Errorf("a word typed in the draft is not found: %d hits", len(hits))
	}
	if hits, _ := v.SearchNegotiations("friday", "", ""); len(hits) != 0 {
		t.Errorf("the old title is still found after it was changed: %d hits", len(hits))
	}
}

func TestAnAgreedVersionIsReadOnlyAndRenegotiationMakesANewOne(t *testing.T) {
	v, c := negotiationVault(t)
	d := sampleDoc(c.now(), "Friday at ours")
	id := mustCreateNegotiation(t, v, d)

	c.set(c.now().Add(time.Hour))
	if err := v.AgreeVersion(id, d); err != nil {
		t.Fatal(err)
	}
	agreedDoc, n, agreed, err := v.LatestVersion(id)
	if err != nil || n != 1 || !agreed || !agreedDoc.AgreedOn.Equal(c.now()) {
		t.Fatalf("after AgreeVersion: version %d agreed %v on %v, %v; want version 1 agreed now", n, agreed, agreedDoc.AgreedOn, err)
	}
	changed := agreedDoc
	changed.Title = "changed after agreeing"
	if err := v.SaveDraft(id, changed); !errors.Is(err, ErrAlreadyAgreed) {
		t.Errorf("SaveDraft on an agreed version = %v, want ErrAlreadyAgreed", err)
	}
	if err := v.AgreeVersion(id, changed); !errors.Is(err, ErrAlreadyAgreed) {
		t.Errorf("AgreeVersion twice = %v, want ErrAlreadyAgreed", err)
	}
	if still, _ := v.Version(id, 1); still.Title != "Friday at ours" {
		t.Errorf("the agreed version was changed to %q", still.Title)
	}

	c.set(c.now().Add(24 * time.Hour))
	next := negotiation.Renegotiate(agreedDoc, c.now())
	next.Participants[1].Limits.Hard = append(next.Participants[1].Limits.Hard, negotiation.LimitItem{Text: "Tickling"})
	n2, err := v.NewVersion(id, next)
	if err != nil || n2 != 2 {
		t.Fatalf("NewVersion = %d, %v; want 2", n2, err)
	}
	if _, err := v.NewVersion(id, next); !errors.Is(err, ErrDraftOpen) {
		t.Errorf("a second NewVersion while the first is a draft = %v, want ErrDraftOpen", err)
	}
	infos, err := v.Versions(id)
	if err != nil || len(infos) != 2 || !infos[0].Agreed || infos[1].Agreed || infos[1].N != 2 || !infos[1].Saved.Equal(c.now()) {
		t.Errorf("Versions = %+v, %v; want 1 agreed then 2 a draft saved now", infos, err)
	}
	latest, n, agreed, _ := v.LatestVersion(id)
	if n != 2 || agreed || len(latest.Participants[1].Limits.Hard) != 2 || !latest.AgreedOn.IsZero() {
		t.Errorf("latest after renegotiating = version %d agreed %v %+v", n, agreed, latest.Participants[1].Limits)
	}
	if err := v.SaveDraft(id, latest); err != nil {
		t.Errorf("the new version cannot be edited: %v", err)
	}
	if s := summaryOf(t, v, id); s.Versions != 2 || s.State != "draft" {
		t.Errorf("summary after renegotiating = %+v", s)
	}
}

func TestStateFollowsTheSceneAndTheDebriefsAsStateOfDoes(t *testing.T) {
	v, c := negotiationVault(t)
	d := sampleDoc(c.now(), "Friday")
	id := mustCreateNegotiation(t, v, d)
	beforeScene := d.SceneOn.Add(-time.Hour)
	afterScene := d.SceneOn.Add(26 * time.Hour)
	written := func(pid string) negotiation.Debrief {
		return negotiation.Debrief{ParticipantID: pid, WhatWorked: "The blindfold felt safe."}
	}
	steps := []struct {
		name string
		at   time.Time
		do   func() error
	}{
		{"a draft", c.now(), func() error { return nil }},
		{"agreed, scene ahead", c.now(), func() error { return v.AgreeVersion(id, d) }},
		{"the scene's time has come", afterScene, func() error { return nil }},
		{"one debrief written", afterScene, func() error { return v.SaveDebrief(id, written("p2")) }},
		{"an empty debrief does not count", afterScene, func() error { return v.SaveDebrief(id, negotiation.Debrief{ParticipantID: "p1"}) }},
		{"both debriefs written", afterScene, func() error { return v.SaveDebrief(id, written("p1")) }},
		{"debriefed, read before the scene's time", beforeScene, func() error { return nil }},
	}
	for _, st := range steps {
		c.set(st.at)
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		doc, _, _, err := v.LatestVersion(id)
		if err != nil {
			t.Fatal(err)
		}
		debriefs, err := v.Debriefs(id)
		if err != nil {
			t.Fatal(err)
		}
		want := string(negotiation.StateOf(doc, debriefs, c.now()))
		if got := summaryOf(t, v, id).State; got != want {
			t.Errorf("%s: state = %q, StateOf says %q", st.name, got, want)
		}
		if hits, _ := v.SearchNegotiations("", "", want); len(hits) != 1 {
			t.Errorf("%s: searching for state %q finds %d", st.name, want, len(hits))
		}
	}
}

func TestDebriefsAreKeptOnePerPerson(t *testing.T) {
	v, c := negotiationVault(t)
	id := mustCreateNegotiation(t, v, sampleDoc(c.now(), "Friday"))
	first := negotiation.Debrief{ParticipantID: "p2", WhatWorked: "The cuffs", Discoveries: []negotiation.Discovery{
		{ActivityID: "spanking", Name: "Spanking", Direction: checklist.Receiving, Proposed: checklist.No, Note: "not for me after all"}}}
	if err := v.SaveDebrief(id, first); err != nil {
		t.Fatal(err)
	}
	c.set(c.now().Add(time.Hour))
	second := negotiation.Debrief{ParticipantID: "p2", WhatWorked: "The cuffs and the blindfold"}
	if err := v.SaveDebrief(id, second); err != nil {
		t.Fatal(err)
	}
	secondAt := c.now()
	c.set(c.now().Add(time.Hour))
	if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: "p1", HowFeltSince: "A bit low on Sunday"}); err != nil {
		t.Fatal(err)
	}
	got, err := v.Debriefs(id)
	if err != nil || len(got) != 2 {
		t.Fatalf("Debriefs = %+v, %v; want two, one per person", got, err)
	}
	if got[0].ParticipantID != "p2" || got[0].WhatWorked != "The cuffs and the blindfold" || len(got[0].Discoveries) != 0 ||
		!got[0].WrittenAt.Equal(secondAt) || got[1].HowFeltSince != "A bit low on Sunday" {
		t.Errorf("Debriefs = %+v", got)
	}
	if err := v.SaveDebrief("nope", second); !errors.Is(err, ErrNoSuchNegotiation) {
		t.Errorf("a debrief for an unknown negotiation = %v", err)
	}
}

func TestSearchNegotiations(t *testing.T) {
	v, c := negotiationVault(t)
	friday := sampleDoc(c.now(), "Friday at ours")
	c.set(c.now().Add(time.Minute))
	party := negotiation.PlayParty([]negotiation.Participant{{Name: "Jo"}, {Name: "sam"}, {Name: "Kim"}}, c.now())
	party.Title = "The 100% party_night"
	party.Scene.Activities = []negotiation.Activity{{Name: "Flogging", Status: negotiation.StatusYes, Note: "Upper back only"}}
	c.set(c.now().Add(time.Minute))
	blank := negotiation.New([]negotiation.Participant{{Name: "Élodie"}, {Name: "Alex"}}, c.now())
	ids := map[string]string{}
	for name, d := range map[string]negotiation.Document{"friday": friday, "party": party, "blank": blank} {
		ids[name] = mustCreateNegotiation(t, v, d)
		c.set(c.now().Add(time.Minute))
	}
	// Touch them in a known order, so "most recently changed first" is known.
	for _, name := range []string{"blank", "friday", "party"} {
		c.set(c.now().Add(time.Minute))
		d := map[string]negotiation.Document{"friday": friday, "party": party, "blank": blank}[name]
		if err := v.SaveDraft(ids[name], d); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name                 string
		query, person, state string
		want                 []string
	}{
		{"everything, most recently changed first", "", "", "", []string{"party", "friday", "blank"}},
		{"a word from an activity's note", "BACK", "", "", []string{"party"}},
		{"every word must be there", "upper flogging", "", "", []string{"party"}},
		{"words in any order", "back upper", "", "", []string{"party"}},
		{"one word missing", "upper rope", "", "", nil},
		{"part of a word", "blind", "", "", []string{"friday"}},
		{"a limit", "gags", "", "", []string{"friday"}},
		{"a name", "alex", "", "", []string{"friday", "blank"}},
		{"an accented name", "élodie", "", "", []string{"blank"}},
		{"a percent sign is not a wildcard", "%", "", "", []string{"party"}},
		{"an underscore is not a wildcard", "y_n", "", "", []string{"party"}},
		{"underscore as a wildcard would match", "o_r", "", "", nil},
		{"a person, any case", "", "SAM", "", []string{"party", "friday"}},
		{"a person is a whole name", "", "Sa", "", nil},
		{"a person and a word", "flogging", "Sam", "", []string{"party"}},
		{"by state", "", "", "draft", []string{"party", "friday", "blank"}},
		{"no agreed ones", "", "", "agreed", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := v.SearchNegotiations(tc.query, tc.person, tc.state)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, s := range got {
				for name, id := range ids {
					if id == s.ID {
						names = append(names, name)
					}
				}
			}
			if !slices.Equal(names, tc.want) {
				t.Errorf("got %v, want %v", names, tc.want)
			}
		})
	}
}

func TestDeleteNegotiationRemovesEveryVersionAndDebrief(t *testing.T) {
	v, c := negotiationVault(t)
	d := sampleDoc(c.now(), "Friday")
	keep := mustCreateNegotiation(t, v, d)
	id := mustCreateNegotiation(t, v, d)
	if err := v.AgreeVersion(id, d); err != nil {
		t.Fatal(err)
	}
	if _, err := v.NewVersion(id, negotiation.Renegotiate(d, c.now())); err != nil {
		t.Fatal(err)
	}
	if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: "p1", WhatWorked: "all of it"}); err != nil {
		t.Fatal(err)
	}
	if err := v.DeleteNegotiation(id); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"negotiation_versions", "debriefs"} {
		var n int
		if err := v.database().QueryRow(`SELECT count(*) FROM `+table+` WHERE negotiation_id = ?`, id).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s still holds %d rows of the deleted negotiation (%v)", table, n, err)
		}
	}
	if _, _, _, err := v.LatestVersion(id); !errors.Is(err, ErrNoSuchNegotiation) {
		t.Errorf("LatestVersion after delete = %v", err)
	}
	if err := v.DeleteNegotiation(id); !errors.Is(err, ErrNoSuchNegotiation) {
		t.Errorf("deleting twice = %v", err)
	}
	if all, _ := v.Negotiations(); len(all) != 1 || all[0].ID != keep {
		t.Errorf("the other negotiation went too: %+v", all)
	}
}

func TestUnknownNegotiationsAndVersionsSaySo(t *testing.T) {
	v, c := negotiationVault(t)
	d := sampleDoc(c.now(), "x")
	id := mustCreateNegotiation(t, v, d)
	checks := map[string]error{}
	checks["SaveDraft"] = v.SaveDraft("nope", d)
	checks["AgreeVersion"] = v.AgreeVersion("nope", d)
	_, checks["NewVersion"] = v.NewVersion("nope", d)
	_, _, _, checks["LatestVersion"] = v.LatestVersion("nope")
	_, checks["Versions"] = v.Versions("nope")
	for name, err := range checks {
		if !errors.Is(err, ErrNoSuchNegotiation) {
			t.Errorf("%s of an unknown negotiation = %v, want ErrNoSuchNegotiation", name, err)
		}
	}
	if _, err := v.Version(id, 2); !errors.Is(err, ErrNoSuchVersion) {
		t.Errorf("Version 2 of a one-version negotiation = %v", err)
	}
}

func TestADocumentFromANewerParleyIsNotHalfRead(t *testing.T) {
	v, c := negotiationVault(t)
	id := mustCreateNegotiation(t, v, sampleDoc(c.now(), "x"))
	newer := fmt.Sprintf(`{"format": %d, "title": "from the future", "participants": []}`, negotiation.FormatVersion+1)
	if _, err := v.database().Exec(`UPDATE negotiation_versions SET doc = ? WHERE negotiation_id = ?`, []byte(newer), id); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := v.LatestVersion(id); !errors.Is(err, ErrNewerVersion) {
		t.Errorf("LatestVersion of a newer document = %v, want ErrNewerVersion", err)
	}
}

func TestNegotiationsSurviveClosingTheVault(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "")
	d := sampleDoc(fixedNow, "Friday at ours")
	id := mustCreateNegotiation(t, v, d)
	d.Safewords.Word = "rutabaga"
	if err := v.SaveDraft(id, d); err != nil {
		t.Fatal(err)
	}
	v.Close()
	if err := v.SaveDraft(id, d); !errors.Is(err, ErrClosed) {
		t.Errorf("SaveDraft on a closed vault = %v, want ErrClosed", err)
	}
	v2 := mustReopen(t, s)
	got, _, _, err := v2.LatestVersion(id)
	if err != nil || got.Safewords.Word != "rutabaga" {
		t.Errorf("after reopening: %q, %v", got.Safewords.Word, err)
	}
}

// fillNegotiations writes n negotiations of three versions each (two
// agreed, the third a draft) in one transaction, as years of use would.
func fillNegotiations(tb testing.TB, v *Vault, n int) {
	tb.Helper()
	start := time.Date(2020, 1, 1, 19, 0, 0, 0, time.UTC)
	words := []string{"rope", "wax", "feathers", "blindfold", "cuffs", "massage", "spanking", "tickling", "collar", "ice"}
	names := []string{"Sam", "Alex", "Jo", "Kim", "Robin", "Charlie", "Morgan", "Ash", "Sky", "River"}
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		for i := range n {
			at := start.Add(time.Duration(i) * 3 * time.Hour)
			d := sampleDoc(at, fmt.Sprintf("Evening %d with %s", i, words[i%len(words)]))
			d.Participants[0].Name, d.Participants[1].Name = names[i%len(names)], names[(i/len(names)+i+1)%len(names)]
			d.Scene.Activities[0].Note = fmt.Sprintf("%s, gently, number %d", words[(i/3)%len(words)], i)
			d.SetSceneOn(at.Add(72 * time.Hour))
			id := fmt.Sprintf("%016x", i)
			if _, err := tx.Exec(`INSERT INTO negotiations (id, title, created, updated, state) VALUES (?, '', ?, ?, '')`, id, at.Unix(), at.Unix()); err != nil {
				return err
			}
			for ver := 1; ver <= 3; ver++ {
				if ver < 3 {
					d.AgreedOn = at
				} else {
					d.AgreedOn = time.Time{}
				}
				data, err := encodeDoc(d)
				if err != nil {
					return err
				}
				if _, err := tx.Exec(`INSERT INTO negotiation_versions (negotiation_id, version, saved, agreed, doc) VALUES (?, ?, ?, ?, ?)`,
					id, ver, at.Unix(), ver < 3, data); err != nil {
					return err
				}
			}
			if err := writeListing(tx, id, 3, d, nil, at); err != nil {
				return err
			}
		}
		return nil
	})

	if err != nil {
		tb.Fatal(err)
	}
}

func benchVault(b *testing.B) *Vault {
	b.Helper()
	v, _ := freshVault(b)
	fillNegotiations(b, v, 10000)
	return v
}

// BenchmarkNegotiationsList lists 10,000 negotiations of three versions
// each, as the History screen does when it opens.
func BenchmarkNegotiationsList(b *testing.B) {
	v := benchVault(b)
	b.ResetTimer()
	for b.Loop() {
		all, err := v.Negotiations()
		if err != nil || len(all) != 10000 || all[0].Versions != 3 {
			b.Fatalf("listed %d, %v", len(all), err)
		}
	}
}

// BenchmarkSearchNegotiations searches the same 10,000 for two words, as
// a person typing in History's search box does.
func BenchmarkSearchNegotiations(b *testing.B) {
	v := benchVault(b)
	b.ResetTimer()
	for b.Loop() {
		hits, err := v.SearchNegotiations("feathers gently", "", "")
		if err != nil || len(hits) == 0 {
			b.Fatalf("found %d, %v", len(hits), err)
		}
	}
}
