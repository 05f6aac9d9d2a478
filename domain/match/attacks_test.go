package match

import (
	"errors"
	"slices"
	"testing"

	"github.com/gtank/ristretto255"

	"parley/domain/catalog"
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
	}}
	if OverClaims(Count{Yes: half, Open: len(all) - half}, PossibleSlots(c), true) {
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

// (b) A modified starter points one of the responder's elements at one of
// its own doubled elements, so that the responder would see a "both yes"
// the starter never gave.
func TestAttackStarterForgesAMatch(t *testing.T) {
	re, inv, reply, final, secrets := forgedSetup(t)
	honest := *final
	honest.Tiers = slices.Clone(final.Tiers)
	honest.Tiers[0].Double = slices.Clone(final.Tiers[0].Double)

	final.Tiers[0].Double[0] = reply.Tiers[0].Double[0]
	res, err := re.Complete(final, day0)
	refused(t, res, err, re, AwaitingFinal)

	// Proving the forged list afresh with the starter's real secret fails
	// too: the proof speaks for the committed key, and the forged element
	// is not a·Y.
	theirs, err := decodePoints(reply.Tiers[0].Blinded)
	if err != nil {
		t.Fatal(err)
	}
	t3 := transcriptFinal(transcriptReply(transcriptInvitation(inv), reply), final)
	if final.Tiers[0].Proof, err = prove(seeded(3), stepResult, TierYes, t3, secrets[0], theirs); err != nil {
		t.Fatal(err)
	}
	res, err = re.Complete(final, day0)
	refused(t, res, err, re, AwaitingFinal)

	// Nothing was lost: the honest result code is still taken.
	if res, err := re.Complete(&honest, day0); err != nil || len(res.BothYes) != 0 {
		t.Fatalf("the honest result code after a forged one: %v, %v", res.BothYes, err)
	}
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
			st, inv, err := start(SessionID{5}, a, c.Version, 100, false,
				[]string{"yes|test.7|act-00|together", "yes|test.7|act-01|starter-gives"}, day0)
			if err != nil {
				t.Fatal(err)
			}
			_, reply, err := respond(seeded(8), b, inv, 100, false, []string{"yes|test.7|act-00|together"}, day0)
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
	swapTiers := func(l [][]Point) { l[0], l[1] = l[1][:len(l[0])], append(l[0], l[1][len(l[0]):]...) }
	finals := map[string]func(f, elsewhere *Final){
		"yes proof in the open tier": func(f, _ *Final) { f.Tiers[1].Proof = f.Tiers[0].Proof },
		"tiers swapped": func(f, _ *Final) {
			l := [][]Point{f.Tiers[0].Double, f.Tiers[1].Double}
			swapTiers(l)
			f.Tiers[0].Double, f.Tiers[1].Double = l[0], l[1]
		},
		"proof from another exchange": func(f, e *Final) { f.Tiers[0].Proof = e.Tiers[0].Proof },
		"code from another exchange":  func(f, e *Final) { f.Tiers = e.Tiers },
		"list reordered": func(f, _ *Final) {
			d := f.Tiers[1].Double
			d[0], d[1] = d[1], d[0]
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

// A known limit (docs/comparison-protocol.md): a modified responder that
// puts a bare hash H(x) in its own list learns from the result code whether
// the starter gave x, while the starter's screen shows no match for x. The
// claim still counts in the responder's list, which the starter is shown.
func TestLimitAClaimCanStayOneSided(t *testing.T) {
	c := fakeCatalog()
	a, _ := tierScalars(seeded(11))
	b, _ := tierScalars(seeded(12))
	guess := "yes|test.7|act-01|starter-gives"
	st, inv, err := start(SessionID{7}, a, c.Version, 100, false, []string{"yes|test.7|act-00|together", guess}, day0)
	if err != nil {
		t.Fatal(err)
	}
	_, reply, err := respond(seeded(13), b, inv, 100, false, []string{"yes|test.7|act-03|together"}, day0)
	if err != nil {
		t.Fatal(err)
	}
	// The modified responder adds H(guess), unblinded, and proves its
	// (honest) doubled list again over the changed transcript.
	reply.Tiers[0].Blinded = append(reply.Tiers[0].Blinded, pt(hashToken(inv.Session, guess)))
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
	learned := slices.Contains(inv.Tiers[0].Blinded, final.Tiers[0].Double[1]) // a·H(guess) among a·H(t)
	if !learned {
		t.Fatal("the limit no longer holds: update docs/comparison-protocol.md")
	}
}
