package persistence

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// A vault written by the Parley before derived data was sealed: Sam's list
// is protected, Alex's is open, and they saved a comparison on this
// computer; Sam also kept a result of an exchange with a partner
// elsewhere. After the update both results read as locked, Alex cannot
// open them, and Sam's next PIN seals them on disk.
func TestAnOlderVaultsResultsAreLockedThenSealedAtTheNextPIN(t *testing.T) {
	s, _, id, db := olderDatabase(t, stepNamed(t, "derived data sealed to protected lists")-1) // the step before derived data
	info, _, err := newSeal("sam1", "blue heron 42", cheapArgon)
	if err != nil {
		t.Fatal(err)
	}
	seal, _ := json.Marshal(info)
	local, _ := json.Marshal(secretResult())
	elsewhere := secretResult()
	elsewhere.Local, elsewhere.ResponderName = false, "Jordan"
	away, _ := json.Marshal(elsewhere)
	v := writeAsOlder(t, s, db, []stmt{
		{"INSERT INTO meta VALUES ('vault_id', ?)", []any{id}},
		{"INSERT INTO profiles (id, name, created, seal) VALUES ('alex1', 'Alex', 1, NULL), ('sam1', 'Sam', 2, ?)", []any{seal}},
		{"INSERT INTO comparisons (id, created, payload) VALUES ('local1', 10, ?), ('sess1', 20, ?)", []any{local, away}},
		{"INSERT INTO exchanges (session_id, role, profile_id, created, expires, done, state) VALUES ('sess1', 'starter', 'sam1', 1, 2, 1, x'')", nil},
	})
	list, err := v.Comparisons()
	if err != nil || len(list) != 2 {
		t.Fatal(list, err)
	}
	for _, c := range list {
		if !c.Locked || len(c.BothYes) != 0 {
			t.Fatalf("an older result of Sam's reads without her PIN: %+v", c)
		}
	}
	if got := list[1].Owners; len(got) != 2 || got[0] != "alex1" || got[1] != "sam1" {
		t.Fatalf("owners of the result made here = %v", got)
	}
	if got := list[0].Owners; len(got) != 1 || got[0] != "sam1" {
		t.Fatalf("owners of the exchange's result = %v", got)
	}
	alex, err := v.OpenPerson("alex1", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.OpenComparison("local1", alex); !errors.Is(err, ErrProtectedResult) {
		t.Fatalf("Alex opened the older result: %v", err)
	}
	sam, err := v.OpenPerson("sam1", "blue heron 42")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"local1", "sess1"} {
		raw := rawColumn(t, v, `SELECT payload FROM comparisons WHERE id = ?`, id)
		if bytes.Contains(raw, []byte("Cane")) || bytes.Contains(raw, []byte("Jordan")) {
			t.Fatalf("%s is still plain after Sam's PIN", id)
		}
		if c, err := v.OpenComparison(id, sam); err != nil || len(c.BothYes) != 1 {
			t.Fatalf("%s with Sam's PIN: %+v, %v", id, c, err)
		}
	}
}
