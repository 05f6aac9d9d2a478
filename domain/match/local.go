package match

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"time"

	"parleyapp.org/parley/domain/catalog"
)

// Compare runs the whole exchange in memory, for two people at one
// computer: the same three steps as between two computers, so both modes
// reveal exactly the same things. It returns the Result both sides learn.
func Compare(rnd io.Reader, c *catalog.Catalog, starter, responder Person) (Result, error) {
	s, r, err := compareBoth(rnd, c, starter, responder)
	if err != nil {
		return Result{}, err
	}
	if !reflect.DeepEqual(s, r) {
		return Result{}, fmt.Errorf("match: the two sides reached different results")
	}
	return s, nil
}

// compareBoth returns the starter's and the responder's Result.
func compareBoth(rnd io.Reader, c *catalog.Catalog, starter, responder Person) (Result, Result, error) {
	var now time.Time // nothing is stored, so nothing can expire
	sp, inv, err := Start(rnd, c, starter, now)
	if err != nil {
		return Result{}, Result{}, err
	}
	rp, reply, err := Respond(rnd, c, responder, inv, now)
	if err != nil {
		return Result{}, Result{}, err
	}
	sres, final, err := sp.Finish(reply, now)
	if err != nil {
		return Result{}, Result{}, err
	}
	rres, err := rp.Complete(final, now)
	return sres, rres, err
}

// MaxGroup is the most people one comparison on one computer takes.
const MaxGroup = 4

// GroupElsewhere is the sentence the Compare screen shows a group that is
// not at one computer (British English; the screen passes it through
// lang.L). docs/comparison-protocol.md, "Groups of three or four", says
// the same at length.
const GroupElsewhere = "On separate computers a group compares two at a time. Each pair sees only what the two of them both want and how many answers each shared; no one sees a pair's result unless they were in it or one of the two shows them. To see what all of you want, sit together at one computer."

// Pair is the comparison of two people of a group: Result is exactly what
// Compare(First as starter, Second as responder) gives, so its slots read
// from First's side.
type Pair struct {
	First, Second int // positions in the list given to CompareGroup
	Result        Result
}

// GroupMatch is one activity every person of a group wants, in a tier.
// For an activity done together, Together is set and every person said
// it. For one with a giver and a receiver, every person is in at least
// one pair that matched on it: Givers and Receivers list, by position,
// who gives and who receives in those pairs (a person can be in both).
type GroupMatch struct {
	Activity          string // a catalog ID, or "custom:" + normalised name
	Together          bool
	Givers, Receivers []int
}

// Roles says in words who gives and who receives, given the people's
// names in the order of the group: "Sam gives; Alex and Robin receive",
// or "Together".
func (m GroupMatch) Roles(names []string) string {
	if m.Together {
		return "Together"
	}
	list := func(people []int) (string, bool) {
		var ns []string
		for _, p := range people {
			ns = append(ns, names[p])
		}
		if len(ns) == 1 {
			return ns[0], false
		}
		return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1], true
	}
	givers, many := list(m.Givers)
	receivers, manyR := list(m.Receivers)
	verb := func(s string, plural bool) string {
		if plural {
			return s
		}
		return s + "s"
	}
	return givers + " " + verb("give", many) + "; " + receivers + " " + verb("receive", manyR)
}

// GroupResult is what a group of two to four learns together on one
// computer. Everyone, WorthTalking and Fantasy are what all of them want
// (in the yes tier; in the open tier when all chose maybes, leaving out
// what is in Everyone; in the fantasy tier when all chose fantasies,
// leaving out what is in Everyone), sorted by activity. Pairs holds every
// pair's own result, (0,1), (0,2) … (2,3), in that order.
//
// It is built from the pairs' results alone, so it shows nothing the
// pairwise comparisons do not: a person's role in an activity appears
// only through a pair in which it matched.
type GroupResult struct {
	CatalogVersion                    string
	People                            int
	MaybesCompared, FantasiesCompared bool // every person chose to
	Everyone, WorthTalking, Fantasy   []GroupMatch
	Pairs                             []Pair
}

// CompareGroup compares two to four people on one computer: each pair runs
// the same exchange as Compare (so each pair learns what a comparison of
// the two would show), and the group's common wishes are put together from
// the pairs' results.
func CompareGroup(rnd io.Reader, c *catalog.Catalog, people []Person) (GroupResult, error) {
	if len(people) < 2 || len(people) > MaxGroup {
		return GroupResult{}, fmt.Errorf("match: a group comparison takes 2 to %d people, not %d", MaxGroup, len(people))
	}
	g := GroupResult{CatalogVersion: c.Version, People: len(people), MaybesCompared: true, FantasiesCompared: true}
	for _, p := range people {
		g.MaybesCompared = g.MaybesCompared && p.Maybes
		g.FantasiesCompared = g.FantasiesCompared && p.Fantasies
	}
	for i := range people {
		for j := i + 1; j < len(people); j++ {
			r, err := Compare(rnd, c, people[i], people[j])
			if err != nil {
				return GroupResult{}, err
			}
			g.Pairs = append(g.Pairs, Pair{First: i, Second: j, Result: r})
		}
	}
	g.Everyone = g.common(func(r Result) []Match { return r.BothYes })
	yes := map[string]bool{}
	for _, m := range g.Everyone {
		yes[m.Activity] = true
	}
	if g.MaybesCompared {
		g.WorthTalking = without(g.common(func(r Result) []Match { return append(r.BothYes, r.WorthTalking...) }), yes)
	}
	if g.FantasiesCompared {
		g.Fantasy = without(g.common(func(r Result) []Match { return append(r.BothYes, r.Fantasy...) }), yes)
	}
	return g, nil
}

// common is the activities every person of the group is matched on in
// the pairs' lists of one tier, with who gives and who receives.
func (g GroupResult) common(list func(Result) []Match) []GroupMatch {
	type roles struct {
		together          int // pairs matched together
		in                map[int]bool
		givers, receivers map[int]bool
	}
	byActivity := map[string]*roles{}
	for _, p := range g.Pairs {
		for _, m := range list(p.Result) {
			r := byActivity[m.Activity]
			if r == nil {
				r = &roles{in: map[int]bool{}, givers: map[int]bool{}, receivers: map[int]bool{}}
				byActivity[m.Activity] = r
			}
			r.in[p.First], r.in[p.Second] = true, true
			switch m.Slot {
			case SlotTogether:
				r.together++
			case SlotStarterGives:
				r.givers[p.First], r.receivers[p.Second] = true, true
			case SlotResponderGives:
				r.givers[p.Second], r.receivers[p.First] = true, true
			}
		}
	}
	var out []GroupMatch
	for activity, r := range byActivity {
		switch {
		case r.together == len(g.Pairs):
			out = append(out, GroupMatch{Activity: activity, Together: true})
		case r.together == 0 && len(r.in) == g.People:
			out = append(out, GroupMatch{Activity: activity, Givers: members(r.givers), Receivers: members(r.receivers)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Activity < out[j].Activity })
	return out
}

// members lists a set of positions in order.
func members(set map[int]bool) []int {
	var out []int
	for p := range set {
		out = append(out, p)
	}
	sort.Ints(out)
	return out
}

// without leaves out the matches whose activity is in yes.
func without(ms []GroupMatch, yes map[string]bool) []GroupMatch {
	var out []GroupMatch
	for _, m := range ms {
		if !yes[m.Activity] {
			out = append(out, m)
		}
	}
	return out
}
