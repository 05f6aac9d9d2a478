package persistence

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
)

// Issue 14: a custom activity can be shared by everyone on this computer.
// A shared one appears in every person's list, sealed or not; an own one
// stays only in its person's list, and sealed with their PIN.
func TestSharedActivitiesReachEveryoneAndOwnOnesStaySealed(t *testing.T) {
	v, _ := freshVault(t)
	sam, alex := addPerson(t, v, "Sam"), addPerson(t, v, "Alex")
	if err := v.AddCustomActivity(sam, catalog.Activity{Name: "MARKER-own", Description: "x.", Category: "verbal", Kind: catalog.Together}); err != nil {
		t.Fatal(err)
	}
	if err := v.SealPerson(sam, "4821"); err != nil {
		t.Fatal(err)
	}
	shared := catalog.Activity{Name: "Reading aloud", Description: "One reads, one listens.", Category: "verbal", Kind: catalog.Together}
	if err := v.AddSharedActivity(shared); err != nil {
		t.Fatal(err)
	}
	names := func(p *Person) map[string]bool {
		t.Helper()
		_, custom, err := v.LoadChecklist(p)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, a := range custom {
			out[a.Name] = a.Shared
		}
		return out
	}
	samAgain, err := v.OpenPerson(sam.ID, "4821")
	if err != nil {
		t.Fatal(err)
	}
	if got := names(alex); len(got) != 1 || !got["Reading aloud"] {
		t.Errorf("Alex's own activities: %v, want only the shared one, marked shared", got)
	}
	if got := names(samAgain); len(got) != 2 || got["MARKER-own"] || !got["Reading aloud"] {
		t.Errorf("Sam's activities: %v, want Sam's own (not shared) and the shared one", got)
	}
	// Sam's own activity is still sealed: its name is in no raw row.
	rows, err := v.database().Query(`SELECT payload FROM custom_activities`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "MARKER-own") {
			t.Error("sharing another activity unsealed Sam's own")
		}
	}
	// Adding the same name again replaces, never doubles.
	shared.Description = "Taking turns."
	if err := v.AddSharedActivity(shared); err != nil {
		t.Fatal(err)
	}
	_, custom, _ := v.LoadChecklist(alex)
	if len(custom) != 1 || custom[0].Description != "Taking turns." {
		t.Errorf("after sharing the same name twice Alex has %+v", custom)
	}
}
