package match

import (
	"bytes"
	"math/rand/v2"
	"parleyapp.org/parley/domain/checklist"
	"reflect"
	"strings"
	"testing"

	"github.com/gtank/ristretto255"
)

// universe is every token either side could send in the fake catalog,
// with every slot and tier, custom activities included.
func universe(version string) []string {
	var out []string
	ids := []string{}
	for _, a := range fakeCatalog().Activities {
		ids = append(ids, a.ID)
	}
	for _, n := range customNames {
		ids = append(ids, "custom:"+strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(n, "|", "")), " ")))
	}
	for _, id := range ids {
		for _, tier := range allTiers {
			for _, slot := range []Slot{SlotTogether, SlotStarterGives, SlotResponderGives} {
				out = append(out, Token{Tier: tier, Catalog: version, Activity: id, Slot: slot}.String())
			}
		}
	}
	return out
}

// views maps every element a person can compute about a token x (H(x),
// a_i·H(x), b_j·H(x), a_i·b_j·H(x), for every tier's scalars i and j)
// back to x.
type views struct{ h, a, b, ab map[Point]string }

func computeViews(session SessionID, a, b []*ristretto255.Scalar, tokens []string) views {
	v := views{map[Point]string{}, map[Point]string{}, map[Point]string{}, map[Point]string{}}
	for _, x := range tokens {
		h := hashToken(session, x)
		v.h[pt(h)] = x
		for _, ai := range a {
			v.a[pt(ristretto255.NewElement().ScalarMult(ai, h))] = x
			for _, bj := range b {
				v.ab[pt(ristretto255.NewElement().ScalarMult(ai, ristretto255.NewElement().ScalarMult(bj, h)))] = x
			}
		}
		for _, bj := range b {
			v.b[pt(ristretto255.NewElement().ScalarMult(bj, h))] = x
		}
	}
	return v
}

// privacySeeds is how many random exchanges TestMessagesRevealOnlyTheMatches
// looks through: each computes every view of every token in the catalogue
// (thousands of group operations), so 4, and 1 under the race detector.
func privacySeeds() int {
	if raceDetector {
		return 1
	}
	return 4
}

// What each side sees is blinded so that it cannot test guesses, and the
// only doubly-blinded elements it receives are those of its own tokens:
// a token the other side does not share stays hidden.
func TestMessagesRevealOnlyTheMatches(t *testing.T) {
	c := fakeCatalog()
	for seed := range uint64(privacySeeds()) {
		r := rand.New(rand.NewPCG(seed, 7))
		sTokens := Tokens(c, Starter, Person{Sheet: randomSheet(r, c), Maybes: true, Fantasies: true})
		rTokens := Tokens(c, Responder, Person{Sheet: randomSheet(r, c), Maybes: true, Fantasies: true})
		a, _ := tierScalars(seeded(seed))
		b, _ := tierScalars(seeded(seed + 100))
		session := SessionID{byte(seed), 1, 2, 3}

		sp, inv, err := start(session, a, c.Version, 100, choices{maybes: true, fantasies: true}, sTokens, day0)
		if err != nil {
			t.Fatal(err)
		}
		rp, reply, err := respond(seeded(seed+200), b, inv, 100, choices{maybes: true, fantasies: true}, rTokens, day0)
		if err != nil {
			t.Fatal(err)
		}
		_, final, err := sp.Finish(reply, day0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rp.Complete(final, day0); err != nil {
			t.Fatal(err)
		}

		all := append(universe(c.Version), append(sTokens, rTokens...)...)
		v := computeViews(session, a, b, all)
		owns := func(tokens []string) func(string) bool {
			return func(x string) bool { return strings.Contains("\n"+strings.Join(tokens, "\n")+"\n", "\n"+x+"\n") }
		}
		// The responder sees the invitation and the result code; it knows b.
		// The starter sees the reply; it knows a.
		var invLists, replyLists, finalLists [][]Point
		for i := range allTiers {
			invLists = append(invLists, inv.Tiers[i].Blinded)
			replyLists = append(replyLists, reply.Tiers[i].Double, reply.Tiers[i].Blinded)
			finalLists = append(finalLists, returned(final, i))
		}
		checkSeen(t, "invitation", v, []map[Point]string{v.h, v.b}, owns(rTokens), invLists...)
		checkSeen(t, "reply", v, []map[Point]string{v.h, v.a}, owns(sTokens), replyLists...)
		checkSeen(t, "result code", v, []map[Point]string{v.h, v.b}, owns(rTokens), finalLists...)

		for _, m := range []Message{inv, reply, final} {
			text := strings.ToLower(string(m.Encode()) + string(m.payload()))
			for _, x := range all {
				tok, _ := ParseToken(x)
				if strings.Contains(text, strings.ToLower(x)) || strings.Contains(text, strings.ToLower(tok.Activity)) {
					t.Fatalf("%s shows %q in plain text", m.Kind(), x)
				}
			}
		}
	}
}

// checkSeen asserts that no element of the lists is one the receiver could
// compute for a guess (guessable), and that every doubly-blinded element in
// them belongs to a token the receiver owns.
func checkSeen(t *testing.T, what string, v views, guessable []map[Point]string, owned func(string) bool, lists ...[]Point) {
	t.Helper()
	for _, l := range lists {
		for _, p := range l {
			for _, g := range guessable {
				if x, ok := g[p]; ok {
					t.Fatalf("the %s holds an element its receiver can test against %q", what, x)
				}
			}
			if x, ok := v.ab[p]; ok && !owned(x) {
				t.Fatalf("the %s reveals the doubly-blinded element of %q to a side without it", what, x)
			}
		}
	}
}

// Once finished, a saved exchange holds neither the secret nor the tokens.
func TestFinishedExchangeForgetsSecrets(t *testing.T) {
	st, _, re, reply := halfway(t)
	secret := st.secrets[0].Encode(nil)
	_, final, err := st.Finish(reply, day0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := re.Complete(final, day0); err != nil {
		t.Fatal(err)
	}
	for _, p := range []*Pending{st, re} {
		data, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, secret) || bytes.Contains(data, []byte("act-0")) {
			t.Errorf("the finished %v exchange still holds its secret or tokens", p.Role)
		}
	}
}

// Conditions and notes never travel: two sheets that differ only in them
// give the same tokens, and no message holds a word of them.
func TestConditionsAndNotesNeverLeave(t *testing.T) {
	c := fakeCatalog()
	plain := sheetOf("act-00/together=yes", "act-01/giving=maybe", "act-03/together=fantasy")
	marked := sheetOf("act-00/together=yes", "act-01/giving=maybe", "act-03/together=fantasy")
	for _, k := range marked.Keys() {
		marked.SetNote(k, "MARKER note")
		marked.SetCondition(k, checklist.Condition{OnlyWith: "MARKER Alex", AfterTalking: true, UpTo: checklist.Gently})
	}
	me := func(s *checklist.Sheet) Person { return Person{Sheet: s, Maybes: true, Fantasies: true} }
	if !reflect.DeepEqual(Tokens(c, Starter, me(plain)), Tokens(c, Starter, me(marked))) {
		t.Fatal("a condition or a note changed the tokens")
	}
	x := exchange(t, 5, me(marked), me(sheetOf("act-00/together=yes", "act-03/together=yes")))
	for _, m := range []Message{x.inv, x.reply, x.final} {
		if strings.Contains(strings.ToLower(string(m.Encode())+string(m.payload())), "marker") {
			t.Fatalf("the %s carries a condition or a note", m.Kind())
		}
	}
	if len(x.sres.Fantasy) != 1 || x.sres.Fantasy[0] != (Match{"act-03", SlotTogether}) {
		t.Fatalf("fantasy meets yes: %+v", x.sres.Fantasy)
	}
}
