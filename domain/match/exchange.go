package match

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/gtank/ristretto255"

	"parley/domain/catalog"
	"parley/domain/checklist"
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
	// Maybes: compare maybes too, as a second tier, if the partner agrees.
	Maybes bool
}

// Pending is one side's half of an exchange between messages. It holds
// secrets: keep it in the vault (MarshalBinary), never in a plain file.
type Pending struct {
	Role           Role
	Step           Step
	Session        SessionID
	CatalogVersion string
	Created        time.Time
	Maybes         bool // this side chose to compare maybes
	Possible       int  // PossibleSlots of the catalog, for the over-claim warning

	sent      Message              // the last message this side sent
	secret    *ristretto255.Scalar // the starter's a, kept until Finish
	yes, open []string             // own tokens, in the order sent

	// The responder's view of the invitation, kept for Complete.
	theirMaybes         bool
	theirCount          Count
	theirYes, theirOpen []Point // b·(a·H(t)) for the starter's tokens
}

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
	a, err := randomScalar(rnd)
	if err != nil {
		return nil, nil, fmt.Errorf("match: reading randomness: %w", err)
	}
	tokens := Tokens(c, me.Sheet, Starter, me.Maybes)
	if err := shuffle(rnd, tokens); err != nil {
		return nil, nil, fmt.Errorf("match: reading randomness: %w", err)
	}
	return start(session, a, c.Version, PossibleSlots(c), me.Maybes, tokens, now)
}

// start builds the invitation from tokens already in the order to send.
func start(session SessionID, a *ristretto255.Scalar, catalogVersion string, possible int,
	maybes bool, tokens []string, now time.Time) (*Pending, *Invitation, error) {
	yes, open := splitTiers(tokens)
	if len(yes) > MaxTokens || len(open) > MaxTokens {
		return nil, nil, fmt.Errorf("match: more than %d answers to compare", MaxTokens)
	}
	inv := &Invitation{
		Session:        session,
		CatalogVersion: catalogVersion,
		Maybes:         maybes,
		Yes:            blindTokens(a, session, yes),
		Open:           blindTokens(a, session, open),
	}
	p := &Pending{Role: Starter, Step: AwaitingReply, Session: session, CatalogVersion: catalogVersion,
		Created: now, Maybes: maybes, Possible: possible, sent: inv, secret: a, yes: yes, open: open}
	return p, inv, nil
}

// Respond answers an invitation: it returns the responder's Pending and
// the reply to send. Maybes are compared only if the invitation and me
// both chose to.
func Respond(rnd io.Reader, c *catalog.Catalog, me Person, inv *Invitation, now time.Time) (*Pending, *Reply, error) {
	if inv.CatalogVersion != c.Version {
		return nil, nil, &Error{Problem: OtherCatalog, Ours: c.Version, Theirs: inv.CatalogVersion,
			TheirsNewer: compareVersions(inv.CatalogVersion, c.Version) > 0}
	}
	b, err := randomScalar(rnd)
	if err != nil {
		return nil, nil, fmt.Errorf("match: reading randomness: %w", err)
	}
	tokens := Tokens(c, me.Sheet, Responder, me.Maybes && inv.Maybes)
	if err := shuffle(rnd, tokens); err != nil {
		return nil, nil, fmt.Errorf("match: reading randomness: %w", err)
	}
	return respond(b, inv, PossibleSlots(c), me.Maybes, tokens, now)
}

// respond builds the reply from tokens already in the order to send.
func respond(b *ristretto255.Scalar, inv *Invitation, possible int, maybes bool,
	tokens []string, now time.Time) (*Pending, *Reply, error) {
	both := maybes && inv.Maybes
	yes, open := splitTiers(tokens)
	switch {
	case !both && len(open) > 0:
		return nil, nil, fmt.Errorf("match: open-tier tokens without both sides' consent")
	case len(yes) > MaxTokens || len(open) > MaxTokens:
		return nil, nil, fmt.Errorf("match: more than %d answers to compare", MaxTokens)
	case !validCatalogVersion(inv.CatalogVersion) || len(inv.Yes) > MaxTokens || len(inv.Open) > MaxTokens:
		return nil, nil, invalid("invitation out of bounds")
	case !inv.Maybes && len(inv.Open) > 0:
		return nil, nil, invalid("invitation sends open tier without choosing maybes")
	}
	doubleYes, err := blindPoints(b, inv.Yes)
	if err != nil {
		return nil, nil, err
	}
	var doubleOpen []Point
	if both {
		doubleOpen, err = blindPoints(b, inv.Open)
	} else {
		err = checkAll(inv.Open) // not used, but still checked
	}
	if err != nil {
		return nil, nil, err
	}
	reply := &Reply{
		Session:    inv.Session,
		Maybes:     maybes,
		DoubleYes:  doubleYes,
		DoubleOpen: doubleOpen,
		Yes:        blindTokens(b, inv.Session, yes),
		Open:       blindTokens(b, inv.Session, open),
	}
	p := &Pending{Role: Responder, Step: AwaitingFinal, Session: inv.Session, CatalogVersion: inv.CatalogVersion,
		Created: now, Maybes: maybes, Possible: possible, sent: reply, yes: yes, open: open,
		theirMaybes: inv.Maybes, theirCount: Count{Yes: len(inv.Yes), Open: len(inv.Open)},
		theirYes: doubleYes, theirOpen: doubleOpen}
	return p, reply, nil
}

// Finish reads the responder's reply: the starter learns the Result and
// gets the result code (Final) to send back. p is marked Finished; save it
// again so the same reply cannot be used twice.
func (p *Pending) Finish(reply *Reply, now time.Time) (Result, *Final, error) {
	if err := p.ready(Starter, KindReply, reply.Session, now); err != nil {
		return Result{}, nil, err
	}
	both := p.Maybes && reply.Maybes
	wantOpen := 0
	if both {
		wantOpen = len(p.open)
	}
	switch {
	case len(reply.DoubleYes) != len(p.yes) || len(reply.DoubleOpen) != wantOpen:
		return Result{}, nil, invalid("reply answers %d+%d elements, invitation sent %d+%d",
			len(reply.DoubleYes), len(reply.DoubleOpen), len(p.yes), wantOpen)
	case !both && len(reply.Open) > 0:
		return Result{}, nil, invalid("reply sends open tier without both sides' consent")
	case len(reply.Yes) > MaxTokens || len(reply.Open) > MaxTokens:
		return Result{}, nil, invalid("reply too long")
	}
	if err := checkAll(reply.DoubleYes, reply.DoubleOpen); err != nil {
		return Result{}, nil, err
	}
	finalYes, err := blindPoints(p.secret, reply.Yes)
	if err != nil {
		return Result{}, nil, err
	}
	finalOpen, err := blindPoints(p.secret, reply.Open)
	if err != nil {
		return Result{}, nil, err
	}
	res := newResult(p.Session, p.CatalogVersion, both,
		hits(p.yes, reply.DoubleYes, finalYes), hits(p.open[:wantOpen], reply.DoubleOpen, finalOpen),
		Count{Yes: len(p.yes), Open: len(p.open)}, Count{Yes: len(reply.Yes), Open: len(reply.Open)}, p.Possible)
	final := &Final{Session: p.Session, DoubleYes: finalYes, DoubleOpen: finalOpen}
	p.finish(final)
	return res, final, nil
}

// Complete reads the starter's result code: the responder learns the same
// Result. p is marked Finished; save it again.
func (p *Pending) Complete(final *Final, now time.Time) (Result, error) {
	if err := p.ready(Responder, KindFinal, final.Session, now); err != nil {
		return Result{}, err
	}
	if len(final.DoubleYes) != len(p.yes) || len(final.DoubleOpen) != len(p.open) {
		return Result{}, invalid("result code answers %d+%d elements, reply sent %d+%d",
			len(final.DoubleYes), len(final.DoubleOpen), len(p.yes), len(p.open))
	}
	if err := checkAll(final.DoubleYes, final.DoubleOpen); err != nil {
		return Result{}, err
	}
	res := newResult(p.Session, p.CatalogVersion, p.Maybes && p.theirMaybes,
		hits(p.yes, final.DoubleYes, p.theirYes), hits(p.open, final.DoubleOpen, p.theirOpen),
		p.theirCount, Count{Yes: len(p.yes), Open: len(p.open)}, p.Possible)
	p.finish(nil)
	return res, nil
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
	p.Step, p.sent, p.secret = Finished, stillToSend, nil
	p.yes, p.open, p.theirYes, p.theirOpen = nil, nil, nil, nil
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

// checkAll validates received lists that are compared but not multiplied.
func checkAll(lists ...[]Point) error {
	for _, l := range lists {
		if _, err := decodePoints(l); err != nil {
			return err
		}
	}
	return nil
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
