package match

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// groups is how many random groups the group property test compares:
// 48, or 12 with -short or under the race detector.
func groups() int {
	if testing.Short() || raceDetector {
		return 12
	}
	return 48
}

// Three or four people on one computer: what all of them want is the true
// intersection of every person's wishes, tier by tier, and each pair's
// result is the true intersection of the two, as a comparison of the two
// alone would show it.
func TestGroupLearnsExactlyTheCommonAndPairwiseSets(t *testing.T) {
	c := fakeCatalog()
	seen := map[string]int{}
	for seed := range uint64(groups()) {
		r := rand.New(rand.NewPCG(seed, 77))
		people := make([]Person, 3+int(seed%4/3)) // one group in four has four people
		for i := range people {
			people[i] = Person{Sheet: groupSheet(r, c), Maybes: r.IntN(4) > 0, Fantasies: r.IntN(4) > 0}
		}
		g, err := CompareGroup(seeded(seed), c, people)
		if err != nil {
			t.Fatal(err)
		}
		k := 0
		for i := range people {
			for j := i + 1; j < len(people); j++ {
				p := g.Pairs[k]
				k++
				w := reference(c, people[i], people[j])
				if p.First != i || p.Second != j || !sameMatches(p.Result.BothYes, w.bothYes) ||
					!sameMatches(p.Result.WorthTalking, w.worth) || !sameMatches(p.Result.Fantasy, w.fantasy) {
					t.Fatalf("seed %d: pair (%d,%d) = %d,%d %+v, want %+v", seed, i, j, p.First, p.Second, p.Result, w)
				}
			}
		}
		if k != len(g.Pairs) {
			t.Fatalf("seed %d: %d pairs for %d people", seed, len(g.Pairs), len(people))
		}
		all := groupReference(c, people)
		for tier, got := range map[string][]GroupMatch{"yes": g.Everyone, "open": g.WorthTalking, "fantasy": g.Fantasy} {
			if !sameGroup(got, all[tier]) {
				t.Fatalf("seed %d: everyone's %s\n got  %+v\n want %+v", seed, tier, got, all[tier])
			}
			for _, m := range got {
				seen[tier]++
				if !m.Together {
					seen["directed"]++
				}
			}
		}
	}
	for _, what := range []string{"yes", "open", "fantasy", "directed"} {
		if seen[what] == 0 {
			t.Errorf("no group produced a common %s match; the generator is too narrow", what)
		}
	}
}

// groupSheet answers densely, so that three or four people share something.
func groupSheet(r *rand.Rand, c *catalog.Catalog) *checklist.Sheet {
	s := checklist.NewSheet()
	answers := []checklist.Answer{checklist.Yes, checklist.Yes, checklist.Maybe, checklist.FantasyOnly, checklist.No, checklist.HardLimit, checklist.Unanswered}
	for _, a := range c.Activities[:24] {
		for _, d := range checklist.DirectionsOf(a) {
			s.Put(checklist.Key{Activity: a.ID, Direction: d}, checklist.Entry{Answer: answers[r.IntN(len(answers))]})
		}
	}
	return s
}

// groupReference is the rule written out from the sheets, without the
// engine: per tier, a together activity is common when every person's
// answer is in the tier; a give-and-receive one when every person has,
// in the tier, a side that another person has the other side of. Givers
// are those whose giving meets someone's receiving, receivers the other
// way round. Open and fantasy need every person's choice and leave out
// what is common in the yes tier.
func groupReference(c *catalog.Catalog, people []Person) map[string][]GroupMatch {
	in := map[string]func(checklist.Answer) bool{
		"yes":     func(a checklist.Answer) bool { return a == checklist.Yes },
		"open":    keen,
		"fantasy": dreamy,
	}
	chose := map[string]func(Person) bool{
		"yes":     func(Person) bool { return true },
		"open":    func(p Person) bool { return p.Maybes },
		"fantasy": func(p Person) bool { return p.Fantasies },
	}
	wishes := make([]map[Match]checklist.Answer, len(people))
	for i, p := range people {
		wishes[i] = refWishes(c, p.Sheet, true) // starter-gives: this person gives
	}
	out := map[string][]GroupMatch{}
	for tier, takes := range in {
		if !slices.ContainsFunc(people, func(p Person) bool { return !chose[tier](p) }) {
			out[tier] = groupTier(c, wishes, takes)
		}
	}
	yes := map[string]bool{}
	for _, m := range out["yes"] {
		yes[m.Activity] = true
	}
	out["open"], out["fantasy"] = without(out["open"], yes), without(out["fantasy"], yes)
	return out
}

func groupTier(c *catalog.Catalog, wishes []map[Match]checklist.Answer, takes func(checklist.Answer) bool) []GroupMatch {
	has := func(p int, a string, s Slot) bool {
		ans, ok := wishes[p][Match{Activity: a, Slot: s}]
		return ok && takes(ans)
	}
	var out []GroupMatch
	for _, a := range c.Activities {
		all := true
		for p := range wishes {
			all = all && has(p, a.ID, SlotTogether)
		}
		if all {
			out = append(out, GroupMatch{Activity: a.ID, Together: true})
			continue
		}
		var givers, receivers []int
		for p := range wishes {
			for q := range wishes {
				if p != q && has(p, a.ID, SlotStarterGives) && has(q, a.ID, SlotResponderGives) {
					givers, receivers = append(givers, p), append(receivers, q)
				}
			}
		}
		givers, receivers = uniq(givers), uniq(receivers)
		everyone := true
		for p := range wishes {
			everyone = everyone && (slices.Contains(givers, p) || slices.Contains(receivers, p))
		}
		if everyone && len(givers) > 0 {
			out = append(out, GroupMatch{Activity: a.ID, Givers: givers, Receivers: receivers})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Activity < out[j].Activity })
	return out
}

func uniq(xs []int) []int {
	sort.Ints(xs)
	return slices.Compact(xs)
}

func sameGroup(a, b []GroupMatch) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

func TestCompareGroupTakesTwoToFour(t *testing.T) {
	c := fakeCatalog()
	p := Person{Sheet: sheetOf("act-00/together=yes")}
	for _, n := range []int{0, 1, 5} {
		if _, err := CompareGroup(seeded(1), c, slices.Repeat([]Person{p}, n)); err == nil {
			t.Errorf("%d people compared", n)
		}
	}
	two, err := CompareGroup(seeded(1), c, []Person{p, p})
	if err != nil || len(two.Pairs) != 1 || len(two.Everyone) != 1 {
		t.Fatalf("two people: %+v, %v", two, err)
	}
}

func TestGroupMatchRoles(t *testing.T) {
	names := []string{"Sam", "Alex", "Robin", "Kit"}
	for _, tt := range []struct {
		m    GroupMatch
		want string
	}{
		{GroupMatch{Together: true}, "Together"},
		{GroupMatch{Givers: []int{0}, Receivers: []int{1, 2}}, "Sam gives; Alex and Robin receive"},
		{GroupMatch{Givers: []int{0, 1, 3}, Receivers: []int{2}}, "Sam, Alex and Kit give; Robin receives"},
	} {
		if got := tt.m.Roles(names); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}
