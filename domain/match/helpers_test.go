package match

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// fakeCatalog has 60 activities: every third is done together, the rest
// have a giver and a receiver. It also retires one old ID.
func fakeCatalog() *catalog.Catalog {
	c := &catalog.Catalog{Version: "test.7", Retired: map[string]string{"old-act": "act-00"}}
	for i := range 60 {
		kind := catalog.GiveReceive
		if i%3 == 0 {
			kind = catalog.Together
		}
		c.Activities = append(c.Activities, catalog.Activity{
			ID: fmt.Sprintf("act-%02d", i), Name: fmt.Sprintf("Activity %d", i), Kind: kind,
		})
	}
	return c
}

// customNames are custom activities people add; each side writes them
// with its own case and spacing.
var customNames = []string{"Tea Party", "Story  time", "hand HOLDING", "Slow dance", "Rope | work"}

// spell writes a name with random case and extra spaces.
func spell(r *rand.Rand, name string) string {
	var b strings.Builder
	if r.IntN(2) == 0 {
		b.WriteString("  ")
	}
	for _, ch := range name {
		s := string(ch)
		switch r.IntN(3) {
		case 0:
			s = strings.ToUpper(s)
		case 1:
			s = strings.ToLower(s)
		}
		if ch == ' ' && r.IntN(2) == 0 {
			s = " \t "
		}
		b.WriteString(s)
	}
	if r.IntN(2) == 0 {
		b.WriteString(" ")
	}
	return b.String()
}

// randomSheet answers a random part of c (one sheet in twenty says yes to
// everything), with custom activities and a few
// entries that must never give a token (a direction that does not fit the
// activity, an unknown ID, a retired ID).
func randomSheet(r *rand.Rand, c *catalog.Catalog) *checklist.Sheet {
	s := checklist.NewSheet()
	answers := []checklist.Answer{checklist.Unanswered, checklist.Yes, checklist.Maybe, checklist.FantasyOnly, checklist.No, checklist.HardLimit}
	overClaim := r.IntN(20) == 0 // says yes to everything
	put := func(id string, d checklist.Direction) {
		a := answers[r.IntN(len(answers))]
		if overClaim {
			a = checklist.Yes
		}
		if a != checklist.Unanswered || r.IntN(4) == 0 {
			s.Put(checklist.Key{Activity: id, Direction: d}, checklist.Entry{Answer: a, Tried: true, Note: "n"})
		}
	}
	density := r.IntN(4) // 0: sparse … 3: answers everything
	if overClaim {
		density = 3
	}
	for _, a := range c.Activities {
		if r.IntN(4) > density {
			continue
		}
		for _, d := range checklist.DirectionsOf(a) {
			put(a.ID, d)
		}
	}
	if r.IntN(3) == 0 { // conditions and notes never matter to the comparison
		for _, k := range s.Keys() {
			s.SetCondition(k, checklist.Condition{OnlyWith: "Alex", AfterTalking: r.IntN(2) == 0})
		}
	}
	for _, name := range customNames {
		if r.IntN(3) == 0 {
			continue
		}
		id := "custom:" + spell(r, name)
		if r.IntN(2) == 0 {
			put(id, checklist.Together)
		} else {
			put(id, checklist.Giving)
			put(id, checklist.Receiving)
		}
	}
	s.Put(checklist.Key{Activity: "act-00", Direction: checklist.Giving}, checklist.Entry{Answer: checklist.Yes})
	s.Put(checklist.Key{Activity: "act-01", Direction: checklist.Together}, checklist.Entry{Answer: checklist.Yes})
	s.Put(checklist.Key{Activity: "no-such-act", Direction: checklist.Together}, checklist.Entry{Answer: checklist.Yes})
	s.Put(checklist.Key{Activity: "old-act", Direction: checklist.Together}, checklist.Entry{Answer: checklist.Yes})
	s.Put(checklist.Key{Activity: "custom:  ", Direction: checklist.Together}, checklist.Entry{Answer: checklist.Yes})
	return s
}

// refSide is one person's wishes as the reference sees them:
// (activity, slot) -> answer.
type refSide map[Match]checklist.Answer

// refWishes reads a sheet by the rules in DESIGN.md, written out
// independently of tokens.go.
func refWishes(c *catalog.Catalog, s *checklist.Sheet, starter bool) refSide {
	kinds := map[string]catalog.Kind{}
	for _, a := range c.Activities {
		kinds[a.ID] = a.Kind
	}
	out := refSide{}
	for _, k := range s.Keys() {
		id := k.Activity
		if name, ok := strings.CutPrefix(id, "custom:"); ok {
			name = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(name, "|", "")), " "))
			if name == "" {
				continue
			}
			id = "custom:" + name
		} else if kind, ok := kinds[id]; !ok || (kind == catalog.Together) != (k.Direction == checklist.Together) {
			continue
		}
		slot := SlotTogether
		switch {
		case k.Direction == checklist.Giving && starter, k.Direction == checklist.Receiving && !starter:
			slot = SlotStarterGives
		case k.Direction != checklist.Together:
			slot = SlotResponderGives
		}
		out[Match{Activity: id, Slot: slot}] = s.Get(k).Answer
	}
	return out
}

func keen(a checklist.Answer) bool { return a == checklist.Yes || a == checklist.Maybe }

// dreamy: the answers the fantasy tier takes, written out again here.
func dreamy(a checklist.Answer) bool { return a == checklist.Yes || a == checklist.FantasyOnly }

// want is what the reference says both people should see.
type want struct {
	bothYes, worth, fantasy []Match
	sc, rc                  Count
}

// reference computes the Result both people should see, from the rule:
// starter gives X matches responder receives X, together matches
// together; the yes tier needs Yes on both sides; the open tier needs Yes
// or Maybe on both sides and both opted in, minus what both said Yes to;
// the fantasy tier needs Yes or Fantasy only on both sides and both opted
// in, minus what both said Yes to.
func reference(c *catalog.Catalog, st, re Person) want {
	s, r := refWishes(c, st.Sheet, true), refWishes(c, re.Sheet, false)
	maybes, fantasies := st.Maybes && re.Maybes, st.Fantasies && re.Fantasies
	var w want
	for m, a := range s {
		b, ok := r[m]
		switch {
		case !ok:
		case a == checklist.Yes && b == checklist.Yes:
			w.bothYes = append(w.bothYes, m)
		case maybes && keen(a) && keen(b):
			w.worth = append(w.worth, m)
		case fantasies && dreamy(a) && dreamy(b):
			w.fantasy = append(w.fantasy, m)
		}
	}
	for _, a := range s {
		w.sc.Yes += count(a == checklist.Yes)
		w.sc.Open += count(st.Maybes && keen(a))
		w.sc.Fantasy += count(st.Fantasies && dreamy(a))
	}
	for _, a := range r {
		w.rc.Yes += count(a == checklist.Yes)
		w.rc.Open += count(maybes && keen(a))
		w.rc.Fantasy += count(fantasies && dreamy(a))
	}
	sortMatches(w.bothYes)
	sortMatches(w.worth)
	sortMatches(w.fantasy)
	return w
}

func count(b bool) int {
	if b {
		return 1
	}
	return 0
}

// seeded is a deterministic stand-in for crypto/rand in tests.
func seeded(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(s)
}

var day0 = time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC)

// exchange runs the three steps through the text codes and returns
// everything both sides saw.
type run struct {
	starter, responder *Pending
	inv                *Invitation
	reply              *Reply
	final              *Final
	sres, rres         Result
}

func exchange(t testing.TB, seed uint64, st, re Person) run {
	t.Helper()
	c, rnd := fakeCatalog(), seeded(seed)
	var x run
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var err error
	x.starter, x.inv, err = Start(rnd, c, st, day0)
	must(err)
	inv, err := DecodeInvitation(x.inv.Encode())
	must(err)
	x.responder, x.reply, err = Respond(rnd, c, re, inv, day0.Add(time.Hour))
	must(err)
	reply, err := DecodeReply(x.reply.Encode())
	must(err)
	x.sres, x.final, err = x.starter.Finish(reply, day0.Add(2*time.Hour))
	must(err)
	final, err := DecodeFinal(x.final.Encode())
	must(err)
	x.rres, err = x.responder.Complete(final, day0.Add(3*time.Hour))
	must(err)
	return x
}

// sheetOf builds a sheet from "activity/direction=answer" entries.
func sheetOf(entries ...string) *checklist.Sheet {
	s := checklist.NewSheet()
	for _, e := range entries {
		key, ans, _ := strings.Cut(e, "=")
		id, dir, _ := strings.Cut(key, "/")
		s.Put(checklist.Key{Activity: id, Direction: checklist.ParseDirection(dir)},
			checklist.Entry{Answer: checklist.ParseAnswer(ans)})
	}
	return s
}
