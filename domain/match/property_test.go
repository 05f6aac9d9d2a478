package match

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// pairs is how many random answer pairs the property test compares:
// 1000 by default, 150 with -short or under the race detector,
// PARLEY_MATCH_PAIRS to choose.
func pairs() int {
	if n, err := strconv.Atoi(os.Getenv("PARLEY_MATCH_PAIRS")); err == nil {
		return n
	}
	if testing.Short() || raceDetector {
		return 150
	}
	return 1000
}

// Both sides learn exactly the true mutual set, the same on both sides,
// whether the exchange runs through text codes or in memory.
func TestBothSidesLearnExactlyTheMutualSet(t *testing.T) {
	c := fakeCatalog()
	seen := map[string]int{}
	defer func() {
		// The random sheets must exercise every kind of outcome.
		for _, what := range []string{"both-yes", "worth", "fantasy", "custom", "starter-gives", "responder-gives", "together", "over-claim"} {
			if seen[what] == 0 && !t.Failed() {
				t.Errorf("no pair produced a %s match; the generator is too narrow", what)
			}
		}
	}()
	for seed := range uint64(pairs()) {
		r := rand.New(rand.NewPCG(seed, 42))
		st := Person{Sheet: randomSheet(r, c), Maybes: r.IntN(2) == 0, Fantasies: r.IntN(2) == 0}
		re := Person{Sheet: randomSheet(r, c), Maybes: r.IntN(2) == 0, Fantasies: r.IntN(2) == 0}
		w := reference(c, st, re)

		var sres, rres Result
		if seed%2 == 0 {
			x := exchange(t, seed, st, re)
			sres, rres = x.sres, x.rres
		} else {
			var err error
			if sres, rres, err = compareBoth(seeded(seed), c, st, re); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
		if !reflect.DeepEqual(sres, rres) {
			t.Fatalf("seed %d: the sides disagree:\nstarter   %+v\nresponder %+v", seed, sres, rres)
		}
		if !sameMatches(sres.BothYes, w.bothYes) || !sameMatches(sres.WorthTalking, w.worth) || !sameMatches(sres.Fantasy, w.fantasy) {
			t.Fatalf("seed %d: got both-yes %v worth %v fantasy %v, want %v, %v and %v", seed,
				sres.BothYes, sres.WorthTalking, sres.Fantasy, w.bothYes, w.worth, w.fantasy)
		}
		if sres.StarterCount != w.sc || sres.ResponderCount != w.rc {
			t.Fatalf("seed %d: counts %+v %+v, want %+v %+v", seed, sres.StarterCount, sres.ResponderCount, w.sc, w.rc)
		}
		for _, m := range w.bothYes {
			seen["both-yes"]++
			seen[string(m.Slot)]++
			if strings.HasPrefix(m.Activity, "custom:") {
				seen["custom"]++
			}
		}
		seen["worth"] += len(w.worth)
		seen["fantasy"] += len(w.fantasy)
		if sres.StarterOverClaims || sres.ResponderOverClaims {
			seen["over-claim"]++
		}
		if sres.MaybesCompared != (st.Maybes && re.Maybes) {
			t.Fatalf("seed %d: MaybesCompared %v with choices %v and %v", seed, sres.MaybesCompared, st.Maybes, re.Maybes)
		}
		if sres.FantasiesCompared != (st.Fantasies && re.Fantasies) {
			t.Fatalf("seed %d: FantasiesCompared %v with choices %v and %v", seed, sres.FantasiesCompared, st.Fantasies, re.Fantasies)
		}
	}
}

func sameMatches(a, b []Match) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// Compare (the one-computer mode) gives what the reference says.
func TestCompareOnOneComputer(t *testing.T) {
	c := fakeCatalog()
	st := Person{Sheet: sheetOf("act-01/giving=yes", "act-02/receiving=maybe", "act-03/together=yes", "custom:Tea Party/together=yes"), Maybes: true}
	re := Person{Sheet: sheetOf("act-01/receiving=yes", "act-02/giving=yes", "act-03/together=no", "custom:  tea   PARTY /together=yes"), Maybes: true}
	got, err := Compare(seeded(1), c, st, re)
	if err != nil {
		t.Fatal(err)
	}
	wantYes := []Match{{"act-01", SlotStarterGives}, {"custom:tea party", SlotTogether}}
	wantWorth := []Match{{"act-02", SlotResponderGives}}
	if !reflect.DeepEqual(got.BothYes, wantYes) || !reflect.DeepEqual(got.WorthTalking, wantWorth) {
		t.Fatalf("got %v / %v, want %v / %v", got.BothYes, got.WorthTalking, wantYes, wantWorth)
	}
}

// A Fantasy-only answer never shows as a Yes: it meets a Yes or another
// fantasy only in the fantasy tier, and only when both chose to compare
// fantasies; a partner who declined sees nothing of it, nor its count.
func TestFantasyMeetsOnlyInItsOwnTier(t *testing.T) {
	c := fakeCatalog()
	st := Person{Sheet: sheetOf("act-00/together=fantasy", "act-01/giving=fantasy", "act-03/together=yes", "act-06/together=fantasy"), Fantasies: true}
	re := func(fantasies bool) Person {
		return Person{Sheet: sheetOf("act-00/together=yes", "act-01/receiving=fantasy", "act-03/together=yes", "act-06/together=maybe"),
			Maybes: true, Fantasies: fantasies}
	}
	got, err := Compare(seeded(2), c, st, re(true))
	if err != nil {
		t.Fatal(err)
	}
	wantYes := []Match{{"act-03", SlotTogether}}
	wantFantasy := []Match{{"act-00", SlotTogether}, {"act-01", SlotStarterGives}}
	if !reflect.DeepEqual(got.BothYes, wantYes) || !reflect.DeepEqual(got.Fantasy, wantFantasy) || len(got.WorthTalking) != 0 {
		t.Fatalf("got yes %v fantasy %v worth %v, want %v and %v", got.BothYes, got.Fantasy, got.WorthTalking, wantYes, wantFantasy)
	}
	if got.StarterCount != (Count{Yes: 1, Fantasy: 4}) || got.ResponderCount != (Count{Yes: 2, Fantasy: 3}) {
		t.Fatalf("counts %+v %+v", got.StarterCount, got.ResponderCount)
	}
	declined, err := Compare(seeded(3), c, st, re(false))
	if err != nil {
		t.Fatal(err)
	}
	if declined.FantasiesCompared || len(declined.Fantasy) != 0 || declined.ResponderCount.Fantasy != 0 ||
		!reflect.DeepEqual(declined.BothYes, wantYes) {
		t.Fatalf("a partner who declined fantasies: %+v", declined)
	}
}
