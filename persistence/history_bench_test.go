package persistence

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

// historyDoc is one of many negotiations a long-standing vault holds:
// two people, four activities, limits, a setting and a scene date.
func historyDoc(i int, at time.Time) negotiation.Document {
	words := []string{"rope", "wax", "feathers", "blindfold", "cuffs", "massage", "spanking", "tickling", "collar", "ice"}
	names := []string{"Sam", "Alex", "Jo", "Kim", "Robin", "Charlie", "Morgan", "Ash", "Sky", "River"}
	d := negotiation.Established([]negotiation.Participant{
		{Name: names[i%len(names)]}, {Name: names[(i/len(names)+i+1)%len(names)]},
	}, at)
	d.Title = fmt.Sprintf("Evening %d with %s", i, words[i%len(words)])
	d.Scene.Activities = []negotiation.Activity{
		{ID: "sensory-deprivation.blindfold", Name: "Blindfold", Status: negotiation.StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
		{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: negotiation.StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
		{Name: words[(i/3)%len(words)], Status: negotiation.StatusTry, Note: fmt.Sprintf("gently, number %d", i)},
		{ID: "restraint.suspension", Name: "Suspension", Status: negotiation.StatusNotThisTime},
	}
	d.Scene.Setting = negotiation.Setting{Place: "our flat", Room: "the bedroom"}
	d.Participants[1].Limits.Hard = []negotiation.LimitItem{{Text: "Gags"}}
	d.Participants[1].Limits.Soft = []negotiation.LimitItem{{Text: "Name calling", Condition: "only kind names"}}
	d.Participants[1].Aftercare.Immediate = negotiation.Care{What: "Water, a blanket and quiet", By: []string{"p1"}}
	d.Safewords.Word = "pineapple"
	d.SetSceneOn(at.Add(72 * time.Hour))
	return d
}

// fillHistory writes n negotiations of three versions each (two agreed,
// the newest a draft for every tenth, agreed otherwise) in one
// transaction, three hours apart, as years of use would leave them.
func fillHistory(b *testing.B, v *Vault, n int) {
	b.Helper()
	start := time.Date(2020, 1, 1, 19, 0, 0, 0, time.UTC)
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		for i := range n {
			at := start.Add(time.Duration(i) * 3 * time.Hour)
			d := historyDoc(i, at)
			id := fmt.Sprintf("%016x", i)
			if _, err := tx.Exec(`INSERT INTO negotiations (id, title, created, updated, state) VALUES (?, '', ?, ?, '')`, id, at.Unix(), at.Unix()); err != nil {
				return err
			}
			for ver := 1; ver <= 3; ver++ {
				d.AgreedOn = at
				if ver == 3 && i%10 == 0 {
					d.AgreedOn = time.Time{}
				}
				d.Scene.DurationMinutes = 20 + 10*ver
				data, err := encodeDoc(d)
				if err != nil {
					return err
				}
				if _, err := tx.Exec(`INSERT INTO negotiation_versions (negotiation_id, version, saved, agreed, doc) VALUES (?, ?, ?, ?, ?)`,
					id, ver, at.Unix(), !d.AgreedOn.IsZero(), data); err != nil {
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
		b.Fatal(err)
	}
}

// historyPage is how many negotiations the History screen lists at once
// (ui.historyPage).
const historyPage = 200

// BenchmarkHistory measures what the History screen and Home ask of a
// vault holding 10,000 negotiations of three versions each: the whole
// list, searches as someone types, the filters, and opening one
// negotiation's versions to compare two of them. The vault is filled once
// for all the sub-benchmarks.
func BenchmarkHistory(b *testing.B) {
	s := Store{Home: b.TempDir(), Keyring: newFakeKeyring(), argon: cheapArgon,
		Now: func() time.Time { return time.Date(2023, 6, 1, 12, 0, 0, 0, time.UTC) }}
	v, _, err := s.Create(ModeKeyring, "")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { v.Close() })
	const n = 10000
	fillHistory(b, v, n)
	if _, err := v.Negotiations(); err != nil { // as the app's first look would
		b.Fatal(err)
	}

	search := func(query, person, state string, atLeast int) func(*testing.B) {
		return func(b *testing.B) {
			for b.Loop() {
				got, err := v.SearchNegotiations(query, person, state)
				if err != nil || len(got) < atLeast {
					b.Fatalf("%q %q %q: %d found, %v", query, person, state, len(got), err)
				}
			}
		}
	}
	page := func(query, person, state string, atLeast int) func(*testing.B) {
		return func(b *testing.B) {
			for b.Loop() {
				got, _, err := v.SearchNegotiationsPage(query, person, state, historyPage)
				if err != nil || len(got) < atLeast {
					b.Fatalf("%q %q %q: %d found, %v", query, person, state, len(got), err)
				}
			}
		}
	}
	b.Run("history opens: newest page", page("", "", "", historyPage))
	b.Run("history search: one common word, page", page("feathers", "", "", historyPage))
	b.Run("history search: two words, page", page("feathers gently", "", "", historyPage))
	b.Run("history search: a rare phrase, page", page("evening 4321", "", "", 1))
	b.Run("history filter: person, page", page("", "Robin", "", historyPage))
	b.Run("list all", search("", "", "", n))
	b.Run("search one common word", search("feathers", "", "", n/10))
	b.Run("search two words", search("feathers gently", "", "", n/10))
	b.Run("search a rare phrase", search("evening 4321", "", "", 1))
	b.Run("search with no match", search("zebra", "", "", 0))
	b.Run("filter by person", search("", "Robin", "", n/10))
	b.Run("filter by state", search("", "", "draft", n/10))
	// Home's agreements among the scenes: a dozen, most agreed.
	for i := range 12 {
		d := negotiation.NewAgreement([]negotiation.Participant{{Name: "Sam"}, {Name: "Alex"}}, time.Date(2023, 1, 1+i, 12, 0, 0, 0, time.UTC))
		d.Agreement.CheckIn.Rhythm = "every Sunday"
		id, err := v.CreateNegotiation(d)
		if err == nil && i%4 != 0 {
			err = v.AgreeVersion(id, d)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Run("home: agreements and their reviews", func(b *testing.B) {
		for b.Loop() {
			if got, err := v.Agreements(); err != nil || len(got) != 12 {
				b.Fatalf("%d agreements, %v", len(got), err)
			}
		}
	})
	b.Run("open versions and compare", func(b *testing.B) {
		for b.Loop() {
			id := fmt.Sprintf("%016x", 4321)
			vs, err := v.Versions(id)
			if err != nil || len(vs) != 3 {
				b.Fatalf("%d versions, %v", len(vs), err)
			}
			first, err1 := v.Version(id, 1)
			last, err2 := v.Version(id, 3)
			if err1 != nil || err2 != nil || len(negotiation.Diff(first, last, nil)) == 0 {
				b.Fatalf("versions: %v %v", err1, err2)
			}
		}
	})
}
