package match

import (
	"encoding/hex"
	"strings"
)

// ProtocolVersion is the version byte of every message this package writes.
// Version 1 had one secret per side and no proofs; version 2 had two tiers
// (yes, open) where version 3 has three (and the fantasy choice in the
// flags); codes of both are refused with ErrOlderVersion.
const ProtocolVersion = 3

// ProtocolName names the protocol in every hash label.
const ProtocolName = "parley-psi-v3"

// MaxTokens is the most elements one list of a message may hold.
const MaxTokens = 2048

// SessionID names one exchange: 16 random bytes chosen by the starter.
type SessionID [16]byte

// String is the session ID in lower-case hex, handy as a storage key.
func (s SessionID) String() string { return hex.EncodeToString(s[:]) }

// Point is a ristretto255 element in its 32-byte canonical encoding.
type Point [32]byte

// Kind is which of the three messages a code holds. Its value is the
// message-type byte of the wire format.
type Kind byte

const (
	KindInvitation Kind = 1 // message 1, starter to responder
	KindReply      Kind = 2 // message 2, responder to starter
	KindFinal      Kind = 3 // message 3, starter to responder ("result code")
)

// String is the kind's name as people see it.
func (k Kind) String() string {
	switch k {
	case KindInvitation:
		return "invitation"
	case KindReply:
		return "reply"
	case KindFinal:
		return "result code"
	}
	return "unknown code"
}

func (k Kind) withArticle() string {
	switch k {
	case KindInvitation, KindReply, KindFinal:
		return "a Parley " + k.String()
	}
	return "a Parley code"
}

// wanted names what a step expects, from the person's point of view.
func (k Kind) wanted() string {
	switch k {
	case KindInvitation:
		return "an invitation from your partner"
	case KindReply:
		return "your partner's reply"
	case KindFinal:
		return "your partner's result code"
	}
	return "a different code"
}

// FileName is a suggested name for a code saved as a file.
func (k Kind) FileName() string {
	return "parley-" + strings.ToLower(armourWord(k)) + FileExtension
}

// FileExtension ends the name of a code saved as a file. A file holds the
// same bytes as the text block.
const FileExtension = ".parley"

// Message is one of *Invitation, *Reply and *Final.
type Message interface {
	Kind() Kind
	// Encode returns the text block (also the content of a .parley file).
	Encode() []byte
	payload() []byte
}

// Invitation is message 1, from the starter.
type Invitation struct {
	Session        SessionID
	CatalogVersion string
	// Maybes says the starter chose to compare maybes; the open tier's
	// list is then filled. Fantasies, the same for the fantasy tier.
	Maybes, Fantasies bool
	// Tiers has one entry per tier, in the order of Tiers.
	Tiers []InvitationTier
}

// InvitationTier is the starter's part of one tier: its key A_t = a_t·G
// and a_t·H(t) for its tokens of that tier, shuffled.
type InvitationTier struct {
	Key     Point
	Blinded []Point
}

// Reply is message 2, from the responder.
type Reply struct {
	Session SessionID
	// Maybes says the responder chose to compare maybes too, Fantasies
	// fantasies. The open tier is answered only when the invitation's
	// Maybes and this are both true, the fantasy tier only when both
	// Fantasies are; otherwise the tier's lists are empty.
	Maybes, Fantasies bool
	// Tiers has one entry per tier, in the order of Tiers.
	Tiers []ReplyTier
}

// ReplyTier is the responder's part of one tier.
type ReplyTier struct {
	Key    Point   // B_t = b_t·G
	Double []Point // b_t·(a_t·H(t)), in the invitation's order
	// Proof shows Double was raised with the b_t of Key: 64 bytes, or
	// none when Double is empty.
	Proof   []byte
	Blinded []Point // b_t·H(u) for the responder's tokens, shuffled
}

// Final is message 3, from the starter; people see it as the "result code".
type Final struct {
	Session SessionID
	// Tiers has one entry per tier, in the order of Tiers.
	Tiers []FinalTier
}

// FinalTier is the starter's answer for one tier: the responder's elements
// it found to match, raised with a_t, and nothing about the others.
type FinalTier struct {
	// Matched holds, for every element Y_t,j of the reply's own list whose
	// a_t·Y_t,j is in the reply's doubled list, j and a_t·Y_t,j, by
	// increasing j.
	Matched []Raised
	// Proof shows each Matched element was raised with the a_t of the
	// invitation's key (64 bytes, or none when Matched is empty).
	Proof []byte
}

// Raised is one of the responder's elements that matched, raised by the
// starter.
type Raised struct {
	Index  int   // j, the element's position in the reply's own list of the tier
	Double Point // a_t·Y_t,j
}

func (m *Invitation) choices() choices { return choices{maybes: m.Maybes, fantasies: m.Fantasies} }
func (m *Reply) choices() choices      { return choices{maybes: m.Maybes, fantasies: m.Fantasies} }

func (*Invitation) Kind() Kind { return KindInvitation }
func (*Reply) Kind() Kind      { return KindReply }
func (*Final) Kind() Kind      { return KindFinal }
