package match

import (
	"errors"
	"slices"
	"testing"

	"github.com/gtank/ristretto255"

	"parleyapp.org/parley/domain/catalog"
)

// These tests play a partner who runs a modified copy of Parley. Each
// attack worked against protocol version 1 (one secret per side, no
// proofs); see docs/comparison-protocol.md, "What a dishonest partner can
// and cannot do".

func elementOf(t *testing.T, p Point) *ristretto255.Element {
	t.Helper()
	e := ristretto255.NewElement()
	if err := e.Decode(p[:]); err != nil {
		t.Fatal(err)
	}
	return e
}

// yesUniverse is every yes-tier token of the fake catalog, seen from the
// starter.
func yesUniverse(c *catalog.Catalog) []string {
	var all []string
	for _, a := range c.Activities {
		slots := []Slot{SlotStarterGives, SlotResponderGives}
		if a.Kind == catalog.Together {
			slots = []Slot{SlotTogether}
		}
		for _, s := range slots {
			all = append(all, Token{Tier: TierYes, Catalog: c.Version, Activity: a.ID, Slot: s}.String())
		}
	}
	return all
}

// (a) A modified starter guesses every yes answer, half in its yes list and
// half, hashed as yes tokens, in its open list: each list stays under the
// over-claim warning. With one secret for both tiers it learnt every Yes
// from the open list; with one secret per tier the open list tells it
// nothing about the yes tier.
func TestAttackSpreadGuessesOverTiers(t *testing.T) {
	c := fakeCatalog()
	re := Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=yes", "act-45/together=yes", "act-50/receiving=yes"), Maybes: true}
	all := yesUniverse(c)
	half := len(all) / 2
	a, _ := tierScalars(seeded(3))
	session := SessionID{9}
	inv := &Invitation{Session: session, CatalogVersion: c.Version, Maybes: true, Tiers: []InvitationTier{
		{Key: publicKey(a[0]), Blinded: blindTokens(a[0], session, all[:half])},
		{Key: publicKey(a[1]), Blinded: blindTokens(a[1], session, all[half:])},
		{Key: publicKey(a[2])},
	}}
	if OverClaims(Count{Yes: half, Open: len(all) - half}, PossibleSlots(c), true, false) {
		t.Fatal("the attack should stay under the over-claim warning")
	}
	_, reply, err := Respond(seeded(4), c, re, inv, day0)
	if err != nil {
		t.Fatal(err)
	}
	// The attacker unblinds each doubled element with its own scalar of that
	// tier, getting b_t·H(x), and looks for it in every list the responder
	// sent.
	theirs := map[Point]bool{}
	for _, tier := range reply.Tiers {
		for _, y := range tier.Blinded {
			theirs[y] = true
		}
	}
	learned := map[string]bool{}
	for i, guesses := range [][]string{all[:half], all[half:]} {
		unblind := ristretto255.NewScalar().Invert(a[i])
		for j, d := range reply.Tiers[i].Double {
			e := ristretto255.NewElement().ScalarMult(unblind, elementOf(t, d))
			if theirs[pt(e)] {
				learned[guesses[j]] = true
			}
		}
	}
	want := map[string]bool{"yes|test.7|act-00|together": true, "yes|test.7|act-01|responder-gives": true}
	for tok := range learned {
		if !want[tok] {
			t.Errorf("the open-tier guesses revealed the yes answer %q", tok)
		}
	}
	if len(learned) != len(want) {
		t.Errorf("learned %v; the yes-list guesses should still find %v", learned, want)
	}
}

// forgedSetup runs an exchange where the two share nothing, and returns
// the responder's half, the invitation, the reply, the honest result code
// and the starter's secrets (which a modified starter keeps).
func forgedSetup(t *testing.T) (*Pending, *Invitation, *Reply, *Final, []*ristretto255.Scalar) {
	t.Helper()
	c := fakeCatalog()
	st, inv, err := Start(seeded(1), c, Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=yes")}, day0)
	if err != nil {
		t.Fatal(err)
	}
	secrets := slices.Clone(st.secrets)
	re, reply, err := Respond(seeded(2), c, Person{Sheet: sheetOf("act-03/together=yes", "act-02/giving=yes")}, inv, day0)
	if err != nil {
		t.Fatal(err)
	}
	_, final, err := st.Finish(reply, day0)
	if err != nil {
		t.Fatal(err)
	}
	return re, inv, reply, final, secrets
}

// refused checks a forged code was turned down with the honesty sentence,
// gave no result, and left the exchange waiting for the honest code.
func refused(t *testing.T, res Result, err error, p *Pending, step Step) {
	t.Helper()
	wantProblem(t, err, NotProven, "honesty check", "nothing from it is shown", "start a new comparison")
	if !errors.Is(err, ErrNotProven) || len(res.BothYes)+len(res.WorthTalking) > 0 || res.Fingerprint != "" {
		t.Fatalf("a refused code still gave %+v", res)
	}
	if p.Step != step {
		t.Fatalf("a refused code moved the exchange to step %d", p.Step)
	}
}

// (b) A modified starter gives back, for one of the responder's elements
// that did not match, one of the responder's doubled elements b·(a·H(t)),
// so that the responder would see a "both yes" the starter never gave.
func TestAttackStarterForgesAMatch(t *testing.T) {
	re, inv, reply, final, secrets := forgedSetup(t)
	if len(final.Tiers[0].Matched) != 0 {
		t.Fatal("the two should share nothing")
	}
	honest := *final

	final.Tiers = slices.Clone(final.Tiers)
	final.Tiers[0].Matched = []Raised{{Index: 0, Double: reply.Tiers[0].Double[0]}}
	final.Tiers[0].Proof = make([]byte, proofSize)
	res, err := re.Complete(final, day0)
	refused(t, res, err, re, AwaitingFinal)

	// Proving it afresh with the starter's real secret fails too: the
	// proof speaks for the committed key, and the forged element is not
	// a·Y.
	theirs, err := decodePoints(reply.Tiers[0].Blinded)
	if err != nil {
		t.Fatal(err)
	}
	t3 := transcriptFinal(transcriptReply(transcriptInvitation(inv), reply), final)
	if final.Tiers[0].Proof, err = prove(seeded(3), stepResult, TierYes, t3, secrets[0], theirs[:1]); err != nil {
		t.Fatal(err)
	}
	res, err = re.Complete(final, day0)
	refused(t, res, err, re, AwaitingFinal)

	// Nothing was lost: the honest result code is still taken.
	if res, err := re.Complete(&honest, day0); err != nil || len(res.BothYes) != 0 {
		t.Fatalf("the honest result code after a forged one: %v, %v", res.BothYes, err)
	}
}

// (b2) A modified starter gives back one of the responder's elements that
// did not match, truly raised with its secret and truly proven. The
// element is not one of the doubled elements of the starter's tokens, so
// it is no match the starter has, and the result code is refused.
func TestAttackStarterReturnsAnElementThatIsNotDoubled(t *testing.T) {
	re, inv, reply, final, secrets := forgedSetup(t)
	theirs, err := decodePoints(reply.Tiers[0].Blinded)
	if err != nil {
		t.Fatal(err)
	}
	final.Tiers = slices.Clone(final.Tiers)
	final.Tiers[0].Matched = []Raised{{Index: 1, Double: raise(secrets[0], theirs[1:2])[0]}}
	t3 := transcriptFinal(transcriptReply(transcriptInvitation(inv), reply), final)
	if final.Tiers[0].Proof, err = prove(seeded(3), stepResult, TierYes, t3, secrets[0], theirs[1:2]); err != nil {
		t.Fatal(err)
	}
	raised := []*ristretto255.Element{elementOf(t, final.Tiers[0].Matched[0].Double)}
	if !verify(stepResult, TierYes, t3, inv.Tiers[0].Key, theirs[1:2], raised, final.Tiers[0].Proof) {
		t.Fatal("the forged result code should carry a proof that holds")
	}
	res, err := re.Complete(final, day0)
	refused(t, res, err, re, AwaitingFinal)
}

// (c) A modified responder moves a real match onto another of the
// starter's tokens by reordering its doubled list, or points one of the
// starter's elements at the starter's own published key (its element G
// comes back as A).
func TestAttackResponderForgesAMatch(t *testing.T) {
	c := fakeCatalog()
	for name, forge := range map[string]func(inv *Invitation, r *Reply){
		"doubled list reordered": func(_ *Invitation, r *Reply) {
			d := r.Tiers[0].Double
			d[0], d[1] = d[1], d[0]
		},
		"pointed at the starter's key": func(inv *Invitation, r *Reply) {
			r.Tiers[0].Blinded = append(r.Tiers[0].Blinded, pt(ristretto255.NewElement().Base()))
			r.Tiers[0].Double[1] = inv.Tiers[0].Key
		},
	} {
		t.Run(name, func(t *testing.T) {
			a, _ := tierScalars(seeded(6))
			b, _ := tierScalars(seeded(7))
			st, inv, err := start(SessionID{5}, a, c.Version, 100, choices{},
				[]string{"yes|test.7|act-00|together", "yes|test.7|act-01|starter-gives"}, day0)
			if err != nil {
				t.Fatal(err)
			}
			_, reply, err := respond(seeded(8), b, inv, 100, choices{}, []string{"yes|test.7|act-00|together"}, day0)
			if err != nil {
				t.Fatal(err)
			}
			forge(inv, reply)
			res, final, err := st.Finish(reply, day0)
			refused(t, res, err, st, AwaitingReply)
			if final != nil {
				t.Fatal("a refused reply gave a result code to send")
			}
		})
	}
}

// (d) Proofs and lists moved between tiers, taken from another exchange,
// or reordered: each is refused, in the reply and in the result code.
func TestAttackReplays(t *testing.T) {
	c := fakeCatalog()
	st := Person{Sheet: sheetOf("act-00/together=yes", "act-02/giving=maybe", "act-03/together=maybe", "act-01/giving=yes"), Maybes: true}
	re := Person{Sheet: sheetOf("act-00/together=yes", "act-01/receiving=maybe", "act-03/together=yes", "act-02/receiving=yes"), Maybes: true}
	// Both sides send two yes and four open elements.
	// Both sides send two yes and four open elements; one yes and all four
	// open elements match.
	finals := map[string]func(f, elsewhere *Final){
		"yes proof in the open tier": func(f, _ *Final) { f.Tiers[1].Proof = f.Tiers[0].Proof },
		"elements swapped between tiers": func(f, _ *Final) {
			y, o := f.Tiers[0].Matched, f.Tiers[1].Matched
			y[0].Double, o[0].Double = o[0].Double, y[0].Double
		},
		"proof from another exchange": func(f, e *Final) { f.Tiers[0].Proof = e.Tiers[0].Proof },
		"code from another exchange":  func(f, e *Final) { f.Tiers = e.Tiers },
		"elements moved to other indices": func(f, _ *Final) {
			m := f.Tiers[1].Matched
			m[0].Double, m[1].Double = m[1].Double, m[0].Double
		},
	}
	for name, edit := range finals {
		t.Run("result code: "+name, func(t *testing.T) {
			elsewhere := exchange(t, 26, st, re).final
			sp, inv, _ := Start(seeded(24), c, st, day0)
			rp, reply, err := Respond(seeded(25), c, re, inv, day0)
			if err != nil {
				t.Fatal(err)
			}
			_, f, err := sp.Finish(reply, day0)
			if err != nil {
				t.Fatal(err)
			}
			edit(f, elsewhere)
			res, err := rp.Complete(f, day0)
			refused(t, res, err, rp, AwaitingFinal)
		})
	}
	replies := map[string]func(r, elsewhere *Reply){
		"yes proof in the open tier":  func(r, _ *Reply) { r.Tiers[1].Proof = r.Tiers[0].Proof },
		"proof from another exchange": func(r, e *Reply) { r.Tiers[0].Proof = e.Tiers[0].Proof },
		"list reordered": func(r, _ *Reply) {
			d := r.Tiers[1].Double
			d[0], d[1] = d[1], d[0]
		},
		"own list changed after proving": func(r, _ *Reply) { r.Tiers[0].Blinded = r.Tiers[0].Blinded[1:] },
	}
	for name, edit := range replies {
		t.Run("reply: "+name, func(t *testing.T) {
			elsewhere := exchange(t, 27, st, re).reply
			sp, inv, _ := Start(seeded(24), c, st, day0)
			_, reply, err := Respond(seeded(25), c, re, inv, day0)
			if err != nil {
				t.Fatal(err)
			}
			edit(reply, elsewhere)
			res, _, err := sp.Finish(reply, day0)
			refused(t, res, err, sp, AwaitingReply)
		})
	}
}

// returned lists what a result code gives back in a tier.
func returned(f *Final, tier int) []Point {
	var out []Point
	for _, r := range f.Tiers[tier].Matched {
		out = append(out, r.Double)
	}
	return out
}

// (e) A modified responder puts c·H(x), for a c of its choosing (1: the
// bare hash), in its own list, and looks for c·(a·H(t_i)), which it can
// compute from the invitation, among the elements the result code gives
// back. When the result code raised every element of the reply, that told
// it whether the starter gave x, while the starter's screen showed no
// match. Now only the elements that matched come back: whether the starter
// gave x or not, the responder sees the same result code and learns
// nothing.
func TestAttackResponderLearnsAClaimOneSided(t *testing.T) {
	c := fakeCatalog()
	guess := "yes|test.7|act-01|starter-gives"
	chosen, _ := randomScalar(seeded(15))
	one := scalarOne()
	for name, k := range map[string]*ristretto255.Scalar{"bare hash": one, "chosen scalar": chosen} {
		t.Run(name, func(t *testing.T) {
			seen := map[bool]string{}
			for _, gave := range []bool{true, false} {
				mine := []string{"yes|test.7|act-00|together", "yes|test.7|act-02|starter-gives"}
				if gave {
					mine[1] = guess
				}
				a, _ := tierScalars(seeded(11))
				b, _ := tierScalars(seeded(12))
				st, inv, err := start(SessionID{7}, a, c.Version, 100, choices{}, mine, day0)
				if err != nil {
					t.Fatal(err)
				}
				_, reply, err := respond(seeded(13), b, inv, 100, choices{}, []string{"yes|test.7|act-03|together"}, day0)
				if err != nil {
					t.Fatal(err)
				}
				// The modified responder adds k·H(guess) and proves its
				// (honest) doubled list again over the changed transcript.
				bait := ristretto255.NewElement().ScalarMult(k, hashToken(inv.Session, guess))
				reply.Tiers[0].Blinded = append(reply.Tiers[0].Blinded, pt(bait))
				received, _ := decodePoints(inv.Tiers[0].Blinded)
				if reply.Tiers[0].Proof, err = prove(seeded(14), stepReply, TierYes, transcriptReply(transcriptInvitation(inv), reply), b[0], received); err != nil {
					t.Fatal(err)
				}
				res, final, err := st.Finish(reply, day0)
				if err != nil {
					t.Fatal(err)
				}
				if len(res.BothYes) != 0 || res.ResponderCount.Yes != 2 {
					t.Fatalf("the starter sees %v with the responder's count %d; want no match and the claim counted", res.BothYes, res.ResponderCount.Yes)
				}
				// The responder's test: k·X_i for every element X_i of the
				// invitation, looked for among what came back.
				tests := map[Point]bool{}
				for _, x := range received {
					tests[pt(ristretto255.NewElement().ScalarMult(k, x))] = true
				}
				for _, f := range returned(final, 0) {
					if tests[f] {
						t.Errorf("gave the guess: %v; the result code told the responder so, and the starter sees no match", gave)
					}
				}
				f := *final
				f.Tiers = slices.Clone(final.Tiers)
				for i := range f.Tiers {
					f.Tiers[i].Proof = nil
				}
				seen[gave] = string(f.payload())
			}
			if seen[true] != seen[false] {
				t.Error("the result code differs with whether the starter gave the guess")
			}
		})
	}
}

// scalarOne is the scalar 1.
func scalarOne() *ristretto255.Scalar {
	var b [32]byte
	b[0] = 1
	s := ristretto255.NewScalar()
	if err := s.Decode(b[:]); err != nil {
		panic(err)
	}
	return s
}

// A known limit (docs/comparison-protocol.md, "Fairness"): the starter
// moves last, so it can leave a match out of the result code (or keep the
// code back). The responder then sees fewer matches than the starter, and
// nothing in the code shows it; it never sees a match the starter lacks.
func TestLimitStarterCanLeaveOutAMatch(t *testing.T) {
	c := fakeCatalog()
	st := Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=yes")}
	re := Person{Sheet: sheetOf("act-00/together=yes", "act-01/receiving=yes")}
	sp, inv, err := Start(seeded(29), c, st, day0)
	if err != nil {
		t.Fatal(err)
	}
	secrets := slices.Clone(sp.secrets)
	rp, reply, err := Respond(seeded(30), c, re, inv, day0)
	if err != nil {
		t.Fatal(err)
	}
	sres, final, err := sp.Finish(reply, day0)
	if err != nil || len(sres.BothYes) != 2 {
		t.Fatalf("the starter sees %v, %v; want two matches", sres.BothYes, err)
	}
	// The modified starter drops the first match and proves the rest.
	kept := final.Tiers[0].Matched[1]
	final.Tiers[0].Matched = final.Tiers[0].Matched[1:]
	theirs, _ := decodePoints(reply.Tiers[0].Blinded)
	t3 := transcriptFinal(transcriptReply(transcriptInvitation(inv), reply), final)
	if final.Tiers[0].Proof, err = prove(seeded(31), stepResult, TierYes, t3, secrets[0], theirs[kept.Index:kept.Index+1]); err != nil {
		t.Fatal(err)
	}
	rres, err := rp.Complete(final, day0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rres.BothYes) != 1 || !slices.Contains(sres.BothYes, rres.BothYes[0]) {
		t.Fatalf("the responder sees %v; want one of the starter's %v", rres.BothYes, sres.BothYes)
	}
}
