package persistence

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
)

// groupResult is a comparison of three on this computer, Robin's list
// open and Alex's and Sam's protected.
func groupResult(owners ...string) SavedComparison {
	cane := SavedMatch{ActivityID: "impact.cane", Name: "Cane", Slot: "starter-gives", GiverName: "Alex", ReceiverName: "Sam"}
	return SavedComparison{
		StarterName: "Alex", ResponderName: "Sam", CatalogVersion: "test.1", Local: true, Owners: owners,
		Group: &SavedGroup{
			Names: []string{"Alex", "Sam", "Robin"},
			Everyone: []SavedGroupMatch{{ActivityID: "impact.cane", Name: "Cane", GiverNames: []string{"Alex"},
				ReceiverNames: []string{"Robin", "Sam"}}},
			Fantasy:           []SavedGroupMatch{{ActivityID: "role-play.teacher", Name: "Teacher", Together: true}},
			FantasiesCompared: true,
			Pairs: []SavedPair{
				{FirstName: "Alex", SecondName: "Sam", BothYes: []SavedMatch{cane}},
				{FirstName: "Alex", SecondName: "Robin", BothYes: []SavedMatch{{ActivityID: "impact.cane", Name: "Cane", Slot: "starter-gives",
					GiverName: "Alex", ReceiverName: "Robin"}}, FantasiesCompared: true},
				{FirstName: "Sam", SecondName: "Robin", Fantasy: []SavedMatch{{ActivityID: "role-play.teacher", Name: "Teacher", Slot: "together",
					Together: true}}, FantasiesCompared: true},
			},
		},
	}
}

// A group's result is kept whole and sealed to every protected person in
// it: either protected PIN opens it, the open person's list does not, and
// its rows show no activity or name.
func TestAGroupResultIsSealedToEveryProtectedParticipant(t *testing.T) {
	v, _ := mustCreate(t, newStore(t, newFakeKeyring()), ModeKeyring, "")
	defer v.Close()
	alex := protectedPerson(t, v, "Alex", "green kite 7")
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	robin := addPerson(t, v, "Robin")
	want := groupResult(alex.ID, sam.ID, robin.ID)
	kept, err := v.SaveComparison(want)
	if err != nil {
		t.Fatal(err)
	}
	raw := rawColumn(t, v, `SELECT payload FROM comparisons WHERE id = ?`, kept.ID)
	for _, secret := range []string{"Cane", "Teacher", "Robin", "impact.cane"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Fatalf("the sealed group result shows %q", secret)
		}
	}
	if _, err := v.OpenComparison(kept.ID, robin); !errors.Is(err, ErrProtectedResult) {
		t.Fatalf("Robin's open list opened a result sealed to Alex and Sam: %v", err)
	}
	list, err := v.Comparisons()
	if err != nil || len(list) != 1 || !list[0].Locked || len(list[0].Owners) != 3 {
		t.Fatalf("list %+v, %v", list, err)
	}
	for _, p := range []*Person{alex, sam} {
		got, err := v.OpenComparison(kept.ID, p)
		if err != nil {
			t.Fatalf("%s's PIN: %v", p.Name, err)
		}
		want.ID, want.Created = kept.ID, kept.Created
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s reads\n %+v\nwant\n %+v", p.Name, got, want)
		}
		if names := got.Participants(); !reflect.DeepEqual(names, []string{"Alex", "Sam", "Robin"}) {
			t.Fatalf("participants %v", names)
		}
	}
}

// A result saved before groups (JSON without "group" or "fantasy") reads
// as the two-person result it was, with both as participants.
func TestAnOlderTwoPersonResultStillReads(t *testing.T) {
	v, _ := mustCreate(t, newStore(t, newFakeKeyring()), ModeKeyring, "")
	defer v.Close()
	old := []byte(`{"created":"2026-11-01T10:00:00Z","starter_name":"Jo","responder_name":"Casey","catalog_version":"2026.1",` +
		`"both_yes":[{"activity_id":"impact.cane","name":"Cane","slot":"together","together":true}],"starter_count":3,"responder_count":4,"local":true}`)
	mustExec(t, v, `INSERT INTO comparisons (id, created, payload, owners, sealed_to) VALUES ('old1', 1, ?, '', '')`, old)
	c, err := v.Comparison("old1")
	if err != nil || c.Group != nil || len(c.BothYes) != 1 || c.FantasiesCompared {
		t.Fatalf("older result: %+v, %v", c, err)
	}
	if names := c.Participants(); !reflect.DeepEqual(names, []string{"Jo", "Casey"}) {
		t.Fatalf("participants %v", names)
	}
}

// A group holds three or four people, with one result per pair.
func TestAGroupOfTheWrongSizeIsRefused(t *testing.T) {
	v, _ := mustCreate(t, newStore(t, newFakeKeyring()), ModeKeyring, "")
	defer v.Close()
	five := groupResult()
	five.Group.Names = []string{"A", "B", "C", "D", "E"}
	short := groupResult()
	short.Group.Pairs = short.Group.Pairs[:2]
	for name, c := range map[string]SavedComparison{"five people": five, "a pair missing": short} {
		if _, err := v.SaveComparison(c); !errors.Is(err, ErrGroupSize) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if list, _ := v.Comparisons(); len(list) != 0 {
		t.Fatalf("a refused group was kept: %+v", list)
	}
}
