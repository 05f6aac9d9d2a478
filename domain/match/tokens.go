package match

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// Role is which side of an exchange a person is on.
type Role byte

const (
	// Starter makes the invitation (message 1) and the result code (message 3).
	Starter Role = 1
	// Responder answers the invitation with a reply (message 2).
	Responder Role = 2
)

// Tier is the first field of a token: how strong the wish is.
type Tier string

const (
	// TierYes tokens stand for Yes answers.
	TierYes Tier = "yes"
	// TierOpen tokens stand for Yes or Maybe answers; they are made only when
	// the person chose to compare maybes, and used only if both did.
	TierOpen Tier = "open"
	// TierFantasy tokens stand for Fantasy-only or Yes answers (someone
	// who wants to do a thing is glad to talk about it or role-play it);
	// they are made only when the person chose to compare fantasies, and
	// used only if both did. A Maybe gives none: it is about doing.
	TierFantasy Tier = "fantasy"
)

// allTiers lists every tier in wire order: each message carries one entry
// per tier, in this order, and each side draws one secret scalar per tier,
// so an element of one tier can never match one of another. A new tier is
// one more entry here (with its answers in tierTakes, its consent in
// choices.compares and its list in Result).
var allTiers = []Tier{TierYes, TierOpen, TierFantasy}

// tierTakes says whether an answer gives a token of tier t.
func tierTakes(t Tier, a checklist.Answer) bool {
	switch t {
	case TierYes:
		return a == checklist.Yes
	case TierOpen:
		return a == checklist.Yes || a == checklist.Maybe
	case TierFantasy:
		return a == checklist.Yes || a == checklist.FantasyOnly
	}
	return false
}

// choices is which tiers besides yes a side chose, or both sides agreed,
// to compare.
type choices struct{ maybes, fantasies bool }

// and is what two sides both chose.
func (c choices) and(d choices) choices {
	return choices{maybes: c.maybes && d.maybes, fantasies: c.fantasies && d.fantasies}
}

// compares says whether tier i is compared under c: the yes tier always,
// the open tier with maybes, the fantasy tier with fantasies.
func (c choices) compares(i int) bool {
	switch allTiers[i] {
	case TierOpen:
		return c.maybes
	case TierFantasy:
		return c.fantasies
	}
	return true
}

// tierIndex is the position of a tier in allTiers, or -1.
func tierIndex(t Tier) int { return slices.Index(allTiers, t) }

// Slot is the last field of a token: who gives, seen from the starter.
type Slot string

const (
	SlotTogether       Slot = "together"
	SlotStarterGives   Slot = "starter-gives"
	SlotResponderGives Slot = "responder-gives"
)

// Token is a parsed token string TIER|CATALOG|ACTIVITY|SLOT.
type Token struct {
	Tier     Tier
	Catalog  string
	Activity string // a catalog ID, or "custom:" + normalised name
	Slot     Slot
}

func (t Token) String() string {
	return string(t.Tier) + "|" + t.Catalog + "|" + t.Activity + "|" + string(t.Slot)
}

// ParseToken splits a token string into its fields.
func ParseToken(s string) (Token, error) {
	f := strings.Split(s, "|")
	if len(f) != 4 {
		return Token{}, fmt.Errorf("match: token %q does not have four fields", s)
	}
	t := Token{Tier: Tier(f[0]), Catalog: f[1], Activity: f[2], Slot: Slot(f[3])}
	if tierIndex(t.Tier) < 0 {
		return Token{}, fmt.Errorf("match: token %q has an unknown tier", s)
	}
	if t.Slot != SlotTogether && t.Slot != SlotStarterGives && t.Slot != SlotResponderGives {
		return Token{}, fmt.Errorf("match: token %q has an unknown slot", s)
	}
	if t.Catalog == "" || t.Activity == "" {
		return Token{}, fmt.Errorf("match: token %q has an empty field", s)
	}
	return t, nil
}

// Tokens lists the tokens a person's sheet gives, sorted and without
// duplicates. A Yes answer gives a yes token; when p.Maybes is true, a Yes
// or Maybe answer also gives an open token; when p.Fantasies is true, a Yes
// or Fantasy-only answer also gives a fantasy token. No, HardLimit and
// Unanswered never give a token, and neither notes nor conditions are
// ever part of one. The direction becomes a slot seen from the starter: the
// starter's Giving and the responder's Receiving are both starter-gives.
//
// Only answers whose activity is in c under exactly that ID (not a retired
// ID) and whose direction fits the activity's kind count; custom activities
// ("custom:" IDs) always count, under "custom:" + their normalised name.
func Tokens(c *catalog.Catalog, role Role, p Person) []string {
	ch := p.choices()
	seen := map[string]bool{}
	var out []string
	add := func(t Token) {
		if !seen[t.String()] {
			seen[t.String()] = true
			out = append(out, t.String())
		}
	}
	for _, k := range p.Sheet.Keys() {
		activity, ok := tokenActivity(c, k)
		if !ok {
			continue
		}
		answer := p.Sheet.Get(k).Answer
		for i, tier := range allTiers {
			if ch.compares(i) && tierTakes(tier, answer) {
				add(Token{Tier: tier, Catalog: c.Version, Activity: activity, Slot: slotOf(role, k.Direction)})
			}
		}
	}
	sort.Strings(out)
	return out
}

// tokenActivity is the ACTIVITY field for a sheet key, and whether the key
// may give a token at all.
func tokenActivity(c *catalog.Catalog, k checklist.Key) (string, bool) {
	if name, ok := strings.CutPrefix(k.Activity, "custom:"); ok {
		id := catalog.CustomID(name)
		return id, id != "custom:"
	}
	a, ok := c.Activity(k.Activity)
	if !ok || a.ID != k.Activity || strings.Contains(a.ID, "|") {
		return "", false
	}
	want := a.Kind == catalog.GiveReceive
	return a.ID, want == (k.Direction != checklist.Together)
}

// slotOf maps a person's direction to the slot seen from the starter.
func slotOf(role Role, d checklist.Direction) Slot {
	switch {
	case d == checklist.Together:
		return SlotTogether
	case role == Starter && d == checklist.Giving, role == Responder && d == checklist.Receiving:
		return SlotStarterGives
	default:
		return SlotResponderGives
	}
}

// PossibleSlots counts the (activity, slot) pairs of the shipped catalog:
// one for each together activity, two for each give-and-receive one.
// Custom activities are not counted. It is the yardstick of the over-claim
// warning (see Result).
func PossibleSlots(c *catalog.Catalog) int {
	n := 0
	for _, a := range c.Activities {
		switch {
		case a.Custom:
		case a.Kind == catalog.GiveReceive:
			n += 2
		default:
			n++
		}
	}
	return n
}

// byTier splits tokens into one list per tier (in allTiers order),
// keeping their order. Every token must parse.
func byTier(tokens []string) [][]string {
	out := make([][]string, len(allTiers))
	for _, t := range tokens {
		tier, _, _ := strings.Cut(t, "|")
		i := tierIndex(Tier(tier))
		out[i] = append(out[i], t)
	}
	return out
}
