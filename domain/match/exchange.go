package match

import (
	"crypto/rand"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/gtank/ristretto255"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// Expiry is how long an exchange may wait for the next message.
const Expiry = 14 * 24 * time.Hour

// Step is where a pending exchange stands.
type Step byte

const (
	AwaitingReply Step = 1 // the starter sent the invitation
	AwaitingFinal Step = 2 // the responder sent the reply
	Finished      Step = 3 // the result is known; the exchange cannot be fed again
)

// Person is what one side brings to a comparison.
type Person struct {
	Sheet *checklist.Sheet
	// Maybes: compare maybes too, in the open tier, if the partner agrees.
	Maybes bool
	// Fantasies: compare fantasy-only answers too, in the fantasy tier, if
	// the partner agrees.
	Fantasies bool
}

func (p Person) choices() choices { return choices{maybes: p.Maybes, fantasies: p.Fantasies} }

// Pending is one side's half of an exchange between messages. It holds
// secrets: keep it in the vault (MarshalBinary), never in a plain file.
type Pending struct {
	Role           Role
	Step           Step
	Session        SessionID
	CatalogVersion string
	Created        time.Time
	Maybes         bool // this side chose to compare maybes
	Fantasies      bool // this side chose to compare fantasies
	Possible       int  // PossibleSlots of the catalog, for the over-claim warning

	sent    Message                // the last message this side sent
	secrets []*ristretto255.Scalar // the starter's a_t, one per tier, kept until Finish
	own     [][]string             // own tokens per tier, in the order sent

	// The responder's view of the invitation, kept for Complete.
	theirChoices choices
	theirCount   Count
	theirKeys    []Point   // the starter's A_t
	theirDouble  [][]Point // b_t·(a_t·H(t)) for the starter's tokens, per tier
	transcript   [64]byte  // T2, which the result code's proofs extend
}

func (p *Pending) choices() choices { return choices{maybes: p.Maybes, fantasies: p.Fantasies} }

// Expires is when the exchange stops accepting messages.
func (p *Pending) Expires() time.Time { return p.Created.Add(Expiry) }

// Expired reports whether the exchange is past its 14 days at time now.
func (p *Pending) Expired(now time.Time) bool { return now.After(p.Expires()) }

// Sent is the last code this side sent (the invitation, the reply, or the
// starter's result code), so it can be shown or saved again; nil when there
// is nothing left to send.
func (p *Pending) Sent() Message { return p.sent }

// Start begins an exchange: it returns the starter's Pending and the
// invitation to send. rnd is crypto/rand.Reader outside tests.
func Start(rnd io.Reader, c *catalog.Catalog, me Person, now time.Time) (*Pending, *Invitation, error) {
	if !validCatalogVersion(c.Version) {
		return nil, nil, fmt.Errorf("match: catalog version %q cannot be sent", c.Version)
	}
	var session SessionID
	if _, err := io.ReadFull(rnd, session[:]); err != nil {
		return nil, nil, fmt.Errorf("match: reading randomness: %w", err)
	}
	secrets, err := tierScalars(rnd)
	if err != nil {
		return nil, nil, err
	}
	tokens := Tokens(c, Starter, me)
	if err := shuffle(rnd, tokens); err != nil {
		return nil, nil, fmt.Errorf("match: reading randomness: %w", err)
	}
	return start(session, secrets, c.Version, PossibleSlots(c), me.choices(), tokens, now)
}

// tierScalars draws one secret scalar per tier.
func tierScalars(rnd io.Reader) ([]*ristretto255.Scalar, error) {
	out := make([]*ristretto255.Scalar, len(allTiers))
	for i := range out {
		s, err := randomScalar(rnd)
		if err != nil {
			return nil, fmt.Errorf("match: reading randomness: %w", err)
		}
		out[i] = s
	}
	return out, nil
}

// start builds the invitation from tokens already in the order to send.
func start(session SessionID, secrets []*ristretto255.Scalar, catalogVersion string, possible int,
	mine choices, tokens []string, now time.Time) (*Pending, *Invitation, error) {
	own := byTier(tokens)
	inv := &Invitation{Session: session, CatalogVersion: catalogVersion, Maybes: mine.maybes, Fantasies: mine.fantasies,
		Tiers: make([]InvitationTier, len(allTiers))}
	for i, list := range own {
		if len(list) > MaxTokens || (!mine.compares(i) && len(list) > 0) {
			return nil, nil, fmt.Errorf("match: %d %s answers cannot be sent", len(list), allTiers[i])
		}
		inv.Tiers[i] = InvitationTier{Key: publicKey(secrets[i]), Blinded: blindTokens(secrets[i], session, list)}
	}
	p := &Pending{Role: Starter, Step: AwaitingReply, Session: session, CatalogVersion: catalogVersion,
		Created: now, Maybes: mine.maybes, Fantasies: mine.fantasies, Possible: possible, sent: inv, secrets: secrets, own: own}
	return p, inv, nil
}

// Respond answers an invitation: it returns the responder's Pending and
// the reply to send. Maybes (and fantasies) are compared only if the
// invitation and me both chose to.
func Respond(rnd io.Reader, c *catalog.Catalog, me Person, inv *Invitation, now time.Time) (*Pending, *Reply, error) {
	if inv.CatalogVersion != c.Version {
		return nil, nil, &Error{Problem: OtherCatalog, Ours: c.Version, Theirs: inv.CatalogVersion,
			TheirsNewer: compareVersions(inv.CatalogVersion, c.Version) > 0}
	}
	secrets, err := tierScalars(rnd)
	if err != nil {
		return nil, nil, err
	}
	both := me.choices().and(inv.choices())
	tokens := Tokens(c, Responder, Person{Sheet: me.Sheet, Maybes: both.maybes, Fantasies: both.fantasies})
	if err := shuffle(rnd, tokens); err != nil {
		return nil, nil, fmt.Errorf("match: reading randomness: %w", err)
	}
	return respond(rnd, secrets, inv, PossibleSlots(c), me.choices(), tokens, now)
}

// respond builds the reply from tokens already in the order to send; rnd
// gives the proofs' nonces.
func respond(rnd io.Reader, secrets []*ristretto255.Scalar, inv *Invitation, possible int, mine choices,
	tokens []string, now time.Time) (*Pending, *Reply, error) {
	both := mine.and(inv.choices())
	own := byTier(tokens)
	if err := checkInvitation(inv); err != nil {
		return nil, nil, err
	}
	reply := &Reply{Session: inv.Session, Maybes: mine.maybes, Fantasies: mine.fantasies, Tiers: make([]ReplyTier, len(allTiers))}
	received := make([][]*ristretto255.Element, len(allTiers))
	p := &Pending{Role: Responder, Step: AwaitingFinal, Session: inv.Session, CatalogVersion: inv.CatalogVersion,
		Created: now, Maybes: mine.maybes, Fantasies: mine.fantasies, Possible: possible, sent: reply, own: own,
		theirChoices: inv.choices(), theirDouble: make([][]Point, len(allTiers))}
	for i, t := range inv.Tiers {
		if len(own[i]) > MaxTokens || (!both.compares(i) && len(own[i]) > 0) {
			return nil, nil, fmt.Errorf("match: %d %s answers cannot be sent", len(own[i]), allTiers[i])
		}
		elements, err := decodePoints(t.Blinded) // checked even when not compared
		if err != nil {
			return nil, nil, err
		}
		if both.compares(i) {
			received[i] = elements
			p.theirDouble[i] = raise(secrets[i], elements)
		}
		p.theirKeys = append(p.theirKeys, t.Key)
		reply.Tiers[i] = ReplyTier{Key: publicKey(secrets[i]), Double: p.theirDouble[i],
			Blinded: blindTokens(secrets[i], inv.Session, own[i])}
	}
	p.theirCount = countOf(inv.Tiers, func(t InvitationTier) int { return len(t.Blinded) })
	p.transcript = transcriptReply(transcriptInvitation(inv), reply)
	for i := range reply.Tiers {
		if len(received[i]) == 0 {
			continue
		}
		proof, err := prove(rnd, stepReply, allTiers[i], p.transcript, secrets[i], received[i])
		if err != nil {
			return nil, nil, fmt.Errorf("match: proving the reply: %w", err)
		}
		reply.Tiers[i].Proof = proof
	}
	return p, reply, nil
}

// checkInvitation tests what the wire format cannot: the shape of an
// invitation built in memory, and its keys.
func checkInvitation(inv *Invitation) error {
	if !validCatalogVersion(inv.CatalogVersion) || len(inv.Tiers) != len(allTiers) {
		return invalid("invitation out of bounds")
	}
	for i, t := range inv.Tiers {
		switch {
		case len(t.Blinded) > MaxTokens:
			return invalid("invitation too long")
		case !inv.choices().compares(i) && len(t.Blinded) > 0:
			return invalid("invitation sends the %s tier without choosing it", allTiers[i])
		}
		if err := checkKey(t.Key); err != nil {
			return err
		}
	}
	return nil
}

// checkKey: a key is a canonical element other than the identity.
func checkKey(k Point) error {
	if _, err := decodePoints([]Point{k}); err != nil {
		return invalid("key %x is not a valid element", k)
	}
	return nil
}

// Finish reads the responder's reply: the starter checks its proofs,
// learns the Result and gets the result code (Final) to send back, which
// gives back the responder's elements that matched and nothing else. p is
// marked Finished; save it again so the same reply cannot be used twice.
// A reply whose proofs fail gives ErrNotProven, and p is unchanged.
func (p *Pending) Finish(reply *Reply, now time.Time) (Result, *Final, error) {
	return p.finishWith(rand.Reader, reply, now)
}

// finishWith is Finish with the proofs' nonces drawn from rnd.
func (p *Pending) finishWith(rnd io.Reader, reply *Reply, now time.Time) (Result, *Final, error) {
	if err := p.ready(Starter, KindReply, reply.Session, now); err != nil {
		return Result{}, nil, err
	}
	inv, ok := p.sent.(*Invitation)
	if !ok || len(reply.Tiers) != len(allTiers) {
		return Result{}, nil, invalid("reply has %d tiers", len(reply.Tiers))
	}
	both := p.choices().and(reply.choices())
	theirs, err := p.checkReply(inv, reply, both)
	if err != nil {
		return Result{}, nil, err
	}
	final := &Final{Session: p.Session, Tiers: make([]FinalTier, len(allTiers))}
	hitLists := make([][]string, len(allTiers))
	proven := make([][]*ristretto255.Element, len(allTiers))
	for i, t := range reply.Tiers {
		if !both.compares(i) {
			continue // checkReply made sure the responder sent nothing here
		}
		raised := raise(p.secrets[i], theirs[i])
		hitLists[i] = hits(p.own[i], t.Double, raised)
		final.Tiers[i].Matched, proven[i] = matched(raised, t.Double, theirs[i])
	}
	t3 := transcriptFinal(transcriptReply(transcriptInvitation(inv), reply), final)
	for i := range final.Tiers {
		if len(proven[i]) == 0 {
			continue
		}
		if final.Tiers[i].Proof, err = prove(rnd, stepResult, allTiers[i], t3, p.secrets[i], proven[i]); err != nil {
			return Result{}, nil, fmt.Errorf("match: proving the result code: %w", err)
		}
	}
	res := newResult(p.Session, p.CatalogVersion, both, hitLists,
		countOf(p.own, func(l []string) int { return len(l) }),
		countOf(reply.Tiers, func(t ReplyTier) int { return len(t.Blinded) }), p.Possible,
		Fingerprint(inv, reply))
	p.finish(final)
	return res, final, nil
}

// checkReply checks a reply against the invitation p sent, shape first,
// then proofs, and returns the responder's own elements per tier, decoded.
func (p *Pending) checkReply(inv *Invitation, reply *Reply, both choices) ([][]*ristretto255.Element, error) {
	theirs := make([][]*ristretto255.Element, len(allTiers))
	doubles := make([][]*ristretto255.Element, len(allTiers))
	for i, t := range reply.Tiers {
		want := 0
		if both.compares(i) {
			want = len(p.own[i])
		}
		switch {
		case len(t.Double) != want:
			return nil, invalid("reply answers %d %s elements, invitation sent %d", len(t.Double), allTiers[i], want)
		case !both.compares(i) && len(t.Blinded) > 0:
			return nil, invalid("reply sends the %s tier without both sides' consent", allTiers[i])
		case len(t.Blinded) > MaxTokens:
			return nil, invalid("reply too long")
		}
		if err := checkKey(t.Key); err != nil {
			return nil, err
		}
		var err error
		if doubles[i], err = decodePoints(t.Double); err != nil {
			return nil, err
		}
		if theirs[i], err = decodePoints(t.Blinded); err != nil {
			return nil, err
		}
	}
	t2 := transcriptReply(transcriptInvitation(inv), reply)
	for i, t := range reply.Tiers {
		if len(doubles[i]) == 0 {
			continue
		}
		mine, err := decodePoints(inv.Tiers[i].Blinded)
		if err != nil {
			return nil, &Error{Problem: BadState, Detail: "own invitation: " + err.Error()}
		}
		if !verify(stepReply, allTiers[i], t2, t.Key, mine, doubles[i], t.Proof) {
			return nil, &Error{Problem: NotProven, Detail: "reply proof fails for tier " + string(allTiers[i])}
		}
	}
	return theirs, nil
}

// matched picks the responder's elements that matched: those whose raised
// form is in the reply's doubled list. It returns them as the result code
// carries them, and the responder's elements they were raised from, for
// the proof.
func matched(raised, doubled []Point, theirs []*ristretto255.Element) ([]Raised, []*ristretto255.Element) {
	in := make(map[Point]bool, len(doubled))
	for _, d := range doubled {
		in[d] = true
	}
	var out []Raised
	var from []*ristretto255.Element
	for j, r := range raised {
		if in[r] {
			out = append(out, Raised{Index: j, Double: r})
			from = append(from, theirs[j])
		}
	}
	return out, from
}

// Complete reads the starter's result code: the responder checks its
// proofs and learns the same Result. p is marked Finished; save it again.
// A result code whose proofs fail, or that shows a match the starter does
// not have, gives ErrNotProven, and p is unchanged.
//
// The result code carries only the responder's elements that matched, so
// an element of the responder's own list comes back only if it is b_t·H(t)
// for a token t the starter sent: a responder that put anything else in
// its list (a bare hash, or a hash raised with another scalar) learns
// nothing from it.
func (p *Pending) Complete(final *Final, now time.Time) (Result, error) {
	if err := p.ready(Responder, KindFinal, final.Session, now); err != nil {
		return Result{}, err
	}
	reply, ok := p.sent.(*Reply)
	if !ok || len(final.Tiers) != len(allTiers) {
		return Result{}, invalid("result code has %d tiers", len(final.Tiers))
	}
	doubles, err := checkFinalShape(final, p.own)
	if err != nil {
		return Result{}, err
	}
	t3 := transcriptFinal(p.transcript, final)
	hitLists := make([][]string, len(allTiers))
	for i, t := range final.Tiers {
		if len(t.Matched) == 0 {
			continue
		}
		if !within(t.Matched, p.theirDouble[i]) {
			return Result{}, &Error{Problem: NotProven, Detail: "result code shows a match the starter does not have, tier " + string(allTiers[i])}
		}
		mine := make([]Point, len(t.Matched)) // the reply's elements the entries name
		for k, r := range t.Matched {
			mine[k] = reply.Tiers[i].Blinded[r.Index]
		}
		picked, err := decodePoints(mine)
		if err != nil {
			return Result{}, &Error{Problem: BadState, Detail: "own reply: " + err.Error()}
		}
		if !verify(stepResult, allTiers[i], t3, p.theirKeys[i], picked, doubles[i], t.Proof) {
			return Result{}, &Error{Problem: NotProven, Detail: "result code proof fails for tier " + string(allTiers[i])}
		}
		for _, r := range t.Matched {
			hitLists[i] = append(hitLists[i], p.own[i][r.Index])
		}
	}
	both := p.choices().and(p.theirChoices)
	res := newResult(p.Session, p.CatalogVersion, both, hitLists, p.theirCount,
		countOf(reply.Tiers, func(t ReplyTier) int { return len(t.Blinded) }), p.Possible,
		fingerprint(p.Session, p.theirKeys, keysOf(reply)))
	p.finish(nil)
	return res, nil
}

// checkFinalShape checks a result code's lists against the responder's own
// tokens per tier (indices in range, strictly increasing; valid, distinct
// elements) and returns each tier's elements, decoded. A tier that is not
// compared has no tokens, so nothing may come back in it.
func checkFinalShape(final *Final, own [][]string) ([][]*ristretto255.Element, error) {
	doubles := make([][]*ristretto255.Element, len(allTiers))
	for i, t := range final.Tiers {
		if !increasing(t.Matched, len(own[i])) {
			return nil, invalid("result code's %s indices are out of range or out of order", allTiers[i])
		}
		points := make([]Point, len(t.Matched))
		for k, r := range t.Matched {
			points[k] = r.Double
		}
		var err error
		if doubles[i], err = decodePoints(points); err != nil {
			return nil, err
		}
	}
	return doubles, nil
}

// within reports whether every matched element is one of the doubled
// elements the responder computed for the starter's tokens: a match the
// starter itself sees.
func within(matched []Raised, theirDouble []Point) bool {
	set := make(map[Point]bool, len(theirDouble))
	for _, d := range theirDouble {
		set[d] = true
	}
	for _, r := range matched {
		if !set[r.Double] {
			return false
		}
	}
	return true
}

// countOf builds a Count from one length per tier.
func countOf[T any](tiers []T, size func(T) int) Count {
	n := make([]int, len(allTiers))
	for i, t := range tiers {
		n[i] = size(t)
	}
	return countFrom(n)
}

// ready checks that p can take a message of kind got for session now.
func (p *Pending) ready(role Role, got Kind, session SessionID, now time.Time) error {
	switch {
	case session != p.Session:
		return &Error{Problem: UnknownExchange, Detail: "session " + session.String()}
	case p.Role != role:
		return wrongStep(p.expects(), got)
	case p.Step == Finished:
		return &Error{Problem: AlreadyUsed}
	case p.Expired(now):
		return &Error{Problem: Expired}
	}
	return nil
}

func (p *Pending) expects() Kind {
	if p.Role == Starter {
		return KindReply
	}
	return KindFinal
}

// finish forgets the secrets and tokens, keeping only what is left to send.
func (p *Pending) finish(stillToSend Message) {
	p.Step, p.sent, p.secrets, p.own = Finished, stillToSend, nil, nil
	p.theirKeys, p.theirDouble, p.transcript = nil, nil, [64]byte{}
}

// hits lists mine[i] whose double-blinded element doubles[i] is in theirs.
func hits(mine []string, doubles, theirs []Point) []string {
	set := make(map[Point]bool, len(theirs))
	for _, t := range theirs {
		set[t] = true
	}
	var out []string
	for i, d := range doubles {
		if set[d] {
			out = append(out, mine[i])
		}
	}
	return out
}

// Lookup finds the pending exchange a received code belongs to: replies
// belong to the starter's exchanges, result codes to the responder's.
func Lookup(pending []*Pending, session SessionID, role Role) (*Pending, error) {
	i := slices.IndexFunc(pending, func(p *Pending) bool { return p.Session == session && p.Role == role })
	if i < 0 {
		return nil, &Error{Problem: UnknownExchange, Detail: "session " + session.String()}
	}
	return pending[i], nil
}
