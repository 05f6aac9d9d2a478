package match

import (
	"sort"
)

// Match is one activity, in one direction, that both people want.
type Match struct {
	Activity string // a catalog ID, or "custom:" + normalised name
	Slot     Slot
}

// Roles says in words who gives, given the two people's names:
// "Sam gives, Alex receives", or "Together" for a together activity.
func (m Match) Roles(starter, responder string) string {
	switch m.Slot {
	case SlotStarterGives:
		return starter + " gives, " + responder + " receives"
	case SlotResponderGives:
		return responder + " gives, " + starter + " receives"
	}
	return "Together"
}

// Count is how many tokens one side sent, at each tier. The counts are
// revealed to both sides: they are part of every message.
type Count struct {
	Yes     int // Yes answers
	Open    int // Yes or Maybe answers; 0 unless the side chose to compare maybes
	Fantasy int // Yes or Fantasy-only answers; 0 unless the side chose to compare fantasies
}

// of is the count of tier i (in allTiers order).
func (c Count) of(i int) int {
	switch allTiers[i] {
	case TierYes:
		return c.Yes
	case TierOpen:
		return c.Open
	case TierFantasy:
		return c.Fantasy
	}
	return 0
}

// countFrom builds a Count from one number per tier.
func countFrom(n []int) Count {
	return Count{Yes: n[tierIndex(TierYes)], Open: n[tierIndex(TierOpen)], Fantasy: n[tierIndex(TierFantasy)]}
}

// Result is what both people learn; both sides compute the same Result.
type Result struct {
	Session        SessionID
	CatalogVersion string
	// MaybesCompared is true when both chose to compare maybes,
	// FantasiesCompared when both chose to compare fantasies.
	MaybesCompared, FantasiesCompared bool
	// BothYes lists what both said Yes to, sorted by activity then slot.
	BothYes []Match
	// WorthTalking lists what both said Yes or Maybe to, leaving out what is
	// already in BothYes; empty unless MaybesCompared.
	WorthTalking []Match
	// Fantasy lists what both said Yes or Fantasy only to, leaving out
	// what is already in BothYes (so at least one of them said Fantasy
	// only: to talk about or role-play, not to do); empty unless
	// FantasiesCompared. It never overlaps WorthTalking.
	Fantasy []Match
	// StarterCount and ResponderCount are the sizes of the lists each side
	// sent. The starter's Open count is sent even when the responder
	// declined to compare maybes (the starter sends it first).
	StarterCount, ResponderCount Count
	// StarterOverClaims and ResponderOverClaims warn that a side said yes to
	// nearly everything (see OverClaims): such a side learns nearly all of
	// the other's answers, so the other person should know.
	StarterOverClaims, ResponderOverClaims bool
	// Fingerprint is the exchange fingerprint (see Fingerprint): the same
	// on both sides unless a code was swapped on the way.
	Fingerprint string
}

// OverClaims reports whether a side's count covers nearly everything
// possible: at least 90% of the catalog's possible (activity, slot) pairs
// at the yes tier, at the open tier when maybes were compared, or at the
// fantasy tier when fantasies were. possible is PossibleSlots of the
// catalog; 0 turns the warning off.
func OverClaims(c Count, possible int, maybesCompared, fantasiesCompared bool) bool {
	nearlyAll := func(n int) bool { return possible > 0 && n*10 >= possible*9 }
	return nearlyAll(c.Yes) || (maybesCompared && nearlyAll(c.Open)) || (fantasiesCompared && nearlyAll(c.Fantasy))
}

// newResult builds the Result from the tokens that matched.
// hitLists holds one list of matching tokens per tier.
func newResult(session SessionID, catalogVersion string, both choices, hitLists [][]string,
	starter, responder Count, possible int, fingerprint string) Result {
	r := Result{
		Session:             session,
		CatalogVersion:      catalogVersion,
		MaybesCompared:      both.maybes,
		FantasiesCompared:   both.fantasies,
		StarterCount:        starter,
		ResponderCount:      responder,
		StarterOverClaims:   OverClaims(starter, possible, both.maybes, both.fantasies),
		ResponderOverClaims: OverClaims(responder, possible, both.maybes, both.fantasies),
		Fingerprint:         fingerprint,
	}
	yes := map[Match]bool{}
	for _, t := range hitLists[tierIndex(TierYes)] {
		m := matchOf(t)
		yes[m] = true
		r.BothYes = append(r.BothYes, m)
	}
	r.WorthTalking = beyond(hitLists[tierIndex(TierOpen)], yes)
	r.Fantasy = beyond(hitLists[tierIndex(TierFantasy)], yes)
	sortMatches(r.BothYes)
	sortMatches(r.WorthTalking)
	sortMatches(r.Fantasy)
	return r
}

// beyond is the matches of tokens that are not already in yes.
func beyond(tokens []string, yes map[Match]bool) []Match {
	var out []Match
	for _, t := range tokens {
		if m := matchOf(t); !yes[m] {
			out = append(out, m)
		}
	}
	return out
}

// matchOf turns one of our own tokens back into a Match. Our tokens were
// checked when the exchange began or was loaded, so they always parse.
func matchOf(token string) Match {
	t, _ := ParseToken(token)
	return Match{Activity: t.Activity, Slot: t.Slot}
}

func sortMatches(ms []Match) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Activity != ms[j].Activity {
			return ms[i].Activity < ms[j].Activity
		}
		return ms[i].Slot < ms[j].Slot
	})
}
