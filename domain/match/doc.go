// Package match compares two people's checklists so that each learns only
// what they both want, and nothing about the rest.
//
// It is a private set intersection over ristretto255 (RFC 9496). Every
// answer that can match becomes a token such as
//
//	yes|2025.1|blindfold|starter-gives
//
// (see Tokens). Each side blinds the hashes of its tokens with a secret
// scalar; the other side blinds them again; a token matches when its
// doubly-blinded element appears on both sides. Three messages travel as
// text codes that survive a messenger, or as .parley files holding the same
// bytes.
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
// same three steps in memory and returns the Result.
//
// What is revealed: the matching (activity, slot) pairs and how many tokens
// each side sent at each tier. What is not: every answer that does not
// match. A person who says yes to everything learns everything the other
// said yes to; Result flags such over-claims so Parley can warn. The
// starter learns the result first and could keep the result code back.
// Codes are not signed: send them through a channel you trust.
//
// Maybes are compared, as a second "open" tier, only when both people
// chose to. The starter states its choice in the invitation and sends its
// open tier only when it chose maybes; the responder answers the open tier
// and sends its own only when both chose; otherwise the open tier is
// dropped on both sides, unread.
//
// Every error is an *Error whose message is a sentence for the person
// using Parley; errors.Is(err, ErrDamaged) and friends tell them apart.
//
// Compatibility: the wire format, the token grammar and the hashing are
// fixed for protocol version 1, and docs/comparison-protocol.md describes
// them for other implementations, with test vectors in
// docs/comparison-vectors.json that this package's tests check. A message
// from a newer protocol version is refused with ErrNewerVersion, never
// misread. The stored form of a Pending (MarshalBinary) starts with its own
// format number, so a later release can tell old records from new ones.
package match
