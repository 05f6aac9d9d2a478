package quiz

import (
	"errors"
	"testing"
)

func TestChangesBetweenTwoResults(t *testing.T) {
	before := mustScore(t, answersAt(map[TraitID]int{Lead: 1, Intensity: 3, Sensation: 5, Structure: 3,
		Playfulness: 3, Exhibition: 3, Caregiving: 2, Reassurance: 4}))
	after := mustScore(t, answersAt(map[TraitID]int{Lead: 3, Intensity: 3, Sensation: 4, Structure: 3,
		Playfulness: 3, Exhibition: 3, Caregiving: 2, Reassurance: 5}))
	got, err := Changes(before, after)
	if err != nil {
		t.Fatal(err)
	}
	want := map[TraitID]struct {
		before, after, delta int
		moved                bool
	}{
		Lead:        {0, 50, 50, true},
		Intensity:   {50, 50, 0, false},
		Sensation:   {100, 75, -25, false},
		Caregiving:  {25, 25, 0, false},
		Reassurance: {75, 100, 25, false},
	}
	if len(got) != 8 {
		t.Fatalf("%d changes, want 8", len(got))
	}
	for i, c := range got {
		if c.Trait != Traits()[i].ID {
			t.Errorf("change %d is for %q", i, c.Trait)
		}
		w, ok := want[c.Trait]
		if !ok {
			continue
		}
		if c.Before != w.before || c.After != w.after || c.Delta != w.delta || c.BandChanged() != w.moved {
			t.Errorf("%s: got %+v (moved %v), want %+v", c.Trait, c, c.BandChanged(), w)
		}
	}
}

func TestChangesNeedCompleteResults(t *testing.T) {
	full := resultOf(1, 2, 3, 4, 5, 6, 7, 8)
	short := Result{Scores: full.Scores[:7]}
	if _, err := Changes(full, short); !errors.Is(err, ErrIncompleteResult) {
		t.Errorf("Changes with a missing trait: %v, want ErrIncompleteResult", err)
	}
	over := resultOf(1, 2, 3, 4, 5, 6, 7, 101)
	if _, err := Changes(over, full); !errors.Is(err, ErrIncompleteResult) {
		t.Errorf("Changes with a score over 100: %v, want ErrIncompleteResult", err)
	}
}
