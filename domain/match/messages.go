package match

import (
	"encoding/hex"
	"strings"
)

// ProtocolVersion is the version byte of every message this package writes.
const ProtocolVersion = 1

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
	// Maybes says the starter chose to compare maybes; Open is then sent.
	Maybes bool
	// Yes and Open hold a·H(t) for the starter's yes-tier and open-tier
	// tokens, each list shuffled.
	Yes, Open []Point
}

// Reply is message 2, from the responder.
type Reply struct {
	Session SessionID
	// Maybes says the responder chose to compare maybes too. The open tier
	// is used only when the invitation's Maybes and this are both true;
	// otherwise DoubleOpen and Open are empty.
	Maybes bool
	// DoubleYes and DoubleOpen hold b·(a·H(t)), in the invitation's order.
	DoubleYes, DoubleOpen []Point
	// Yes and Open hold b·H(u) for the responder's tokens, each shuffled.
	Yes, Open []Point
}

// Final is message 3, from the starter; people see it as the "result code".
type Final struct {
	Session SessionID
	// DoubleYes and DoubleOpen hold a·(b·H(u)), in the reply's order.
	DoubleYes, DoubleOpen []Point
}

func (*Invitation) Kind() Kind { return KindInvitation }
func (*Reply) Kind() Kind      { return KindReply }
func (*Final) Kind() Kind      { return KindFinal }
