// Package match compares two people's checklists so that each learns only
// what they both want, and nothing about the rest.
//
// It is a private set intersection over ristretto255 (RFC 9496). Every
// answer that can match becomes a token such as
//
//	yes|2025.1|blindfold|starter-gives
//
// (see Tokens). Each side blinds the hashes of its tokens with a secret
// scalar of the token's tier (yes; open: yes-or-maybe; fantasy:
// yes-or-fantasy-only), so that an element of one tier can never match one
// of another; the other side
// blinds them again with its own scalar of that tier; a token matches when
// its doubly-blinded element appears on both sides. Three messages travel
// as text codes that survive a messenger, or as .parley files holding the
// same bytes.
//
// Each side publishes its key per tier (A_t = a_t·G in the invitation, B_t
// = b_t·G in the reply) and proves every list it raises with a batched
// Chaum-Pedersen proof (circl's zk/dleq, RFC 9497's transcript, bound to
// the whole exchange so far; see proof.go). A reply or result code whose
// proof fails is refused with ErrNotProven and nothing from it is shown:
// neither side can show the other a match the other did not give. A side's
// own blinded list cannot be proven to be hashes of real tokens; an element
// that is not one matches nothing, and one that is counts as a claim, like
// an answer (see docs/comparison-protocol.md for what an over-claiming
// partner can and cannot learn).
//
// The result code carries only the responder's elements that matched,
// each with its position in the reply, and the responder checks that each
// is one of the doubled elements of the starter's tokens it computed
// itself (otherwise ErrNotProven). So an element of the responder's list
// comes back only as a match the starter's screen shows too: a modified
// responder that puts a bare hash H(x), or c·H(x), in its own list learns
// nothing from it. The starter moves last, so it can still learn a match
// and not show it (keep the result code back, leave a match out, or put a
// bare hash in its invitation); no exchange between two parties alone can
// prevent that (fairness), and the protocol document says so. The
// responder's result is what the starter reported, never more than the
// starter sees.
//
// Result.Fingerprint (and Invitation.Fingerprint, from the invitation
// alone) is a short code the two people can read to each other to check
// they hold the same exchange.
//
// Between two computers:
//
//	// Starter
//	p, inv, err := match.Start(rand.Reader, cat, match.Person{Sheet: mine, Maybes: true}, now)
//	send(inv.Encode())                       // save p.MarshalBinary() in the vault
//
//	// Responder
//	inv, err := match.DecodeInvitation(text)
//	q, reply, err := match.Respond(rand.Reader, cat, match.Person{Sheet: mine}, inv, now)
//	send(reply.Encode())                     // save q
//
//	// Starter
//	reply, err := match.DecodeReply(text)
//	p, err := match.Lookup(saved, reply.Session, match.Starter)
//	result, final, err := p.Finish(reply, now)
//	send(final.Encode())                     // save p again: it is now Finished
//
//	// Responder
//	final, err := match.DecodeFinal(text)
//	q, err := match.Lookup(saved, final.Session, match.Responder)
//	result, err := q.Complete(final, now)
//
// On one computer, Compare(rand.Reader, cat, starter, responder) runs the
// same three steps in memory and returns the Result. CompareGroup takes
// two to four people: it runs Compare for every pair and builds what all
// of them want from the pairs' results alone, so a group on one computer
// learns nothing the pairwise comparisons would not show. Between
// computers a group compares pair by pair (GroupElsewhere says so in the
// app).
//
// What is revealed: the matching (activity, slot) pairs, how many tokens
// each side sent at each tier, the keys and the fingerprint. What is not:
// every answer that does not match. A person who says yes to everything
// in a tier learns everything the other said in that tier; Result flags
// such over-claims so Parley can warn. The starter learns the result first
// and could keep the result code back, or leave matches out of it. Codes
// are not signed: send them
// through a channel you trust, and compare the fingerprint when it
// matters.
//
// Maybes are compared, as a second "open" tier, only when both people
// chose to. The starter states its choice in the invitation and sends its
// open tier only when it chose maybes; the responder answers the open tier
// and sends its own only when both chose; otherwise the open tier is
// dropped on both sides, unread. Fantasy-only answers are compared the
// same way in a third tier, "fantasy", with its own choice
// (Person.Fantasies): a Yes counts there too (someone who wants to do a
// thing likes to talk about it), a Maybe does not (it is about doing), and
// a fantasy never gives a yes token, so it never shows as "both yes". The
// Result lists fantasy matches apart (Fantasy), leaving out what is both
// yes. Notes and conditions ("only with…") are never part of a token.
//
// Every error is an *Error whose message is a sentence for the person
// using Parley; errors.Is(err, ErrDamaged) and friends tell them apart.
//
// Compatibility: the wire format, the token grammar, the hashing and the
// proofs are fixed for protocol version 3 (parley-psi-v3), and
// docs/comparison-protocol.md describes them for other implementations,
// with test vectors in docs/comparison-vectors.json that this package's
// tests check. A message from a newer protocol version is refused with
// ErrNewerVersion, one from version 1 or 2 with ErrOlderVersion, never
// misread. The stored form of a Pending (MarshalBinary) starts with its own
// format number (3); one stored by a version-1 or version-2 Parley is
// refused with ErrOldState, so the person is asked to start a new
// comparison. A new tier is one more entry in allTiers (tokens.go), its
// answers in tierTakes, its consent in choices.compares and its list in
// Result; every message and stored Pending then carries it, and the
// protocol version goes up.
package match
