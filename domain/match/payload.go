package match

import (
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// The binary payload of a message (big-endian, no padding):
//
//	u8  version            3
//	u8  kind               1 invitation, 2 reply, 3 final
//	16  session ID
//	invitation: u8 flags, u8-length catalog version, then per tier:
//	            32-byte key, list blinded
//	reply:      u8 flags, then per tier:
//	            32-byte key, list double, proof, list blinded
//	final:      per tier: matched, proof
//	list:       u16 count, then count × 32-byte elements
//	matched:    u16 count, then count × (u16 index, 32-byte element),
//	            indices strictly increasing
//	proof:      u8 length (0, or 64 when the list before it is not
//	            empty), then the proof (c || s, two 32-byte scalars)
//
// Tiers come in allTiers order (yes, open, fantasy). flags bit 0 is the
// sender's "compare maybes" choice, bit 1 its "compare fantasies" choice;
// the other bits are 0.

const (
	flagMaybes    = 1
	flagFantasies = 2
)

// proofSize is the length of an encoded proof.
const proofSize = 64

func (m *Invitation) payload() []byte {
	b := header(KindInvitation, m.Session)
	b.AddUint8(m.choices().flags())
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(m.CatalogVersion)) })
	for _, t := range m.Tiers {
		b.AddBytes(t.Key[:])
		addList(b, t.Blinded)
	}
	return b.BytesOrPanic()
}

func (m *Reply) payload() []byte { return m.encode(true) }

// encode writes the payload; without proofs it is the reply's part of the
// transcript (every proof written as length 0).
func (m *Reply) encode(withProofs bool) []byte {
	b := header(KindReply, m.Session)
	b.AddUint8(m.choices().flags())
	for _, t := range m.Tiers {
		b.AddBytes(t.Key[:])
		addList(b, t.Double)
		addProof(b, t.Proof, withProofs)
		addList(b, t.Blinded)
	}
	return b.BytesOrPanic()
}

func (m *Final) payload() []byte { return m.encode(true) }

// encode writes the payload, as Reply.encode does.
func (m *Final) encode(withProofs bool) []byte {
	b := header(KindFinal, m.Session)
	for _, t := range m.Tiers {
		b.AddUint16(uint16(len(t.Matched)))
		for _, r := range t.Matched {
			b.AddUint16(uint16(r.Index))
			b.AddBytes(r.Double[:])
		}
		addProof(b, t.Proof, withProofs)
	}
	return b.BytesOrPanic()
}

func addProof(b *cryptobyte.Builder, proof []byte, include bool) {
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) {
		if include {
			b.AddBytes(proof)
		}
	})
}

func header(k Kind, s SessionID) *cryptobyte.Builder {
	b := cryptobyte.NewBuilder(nil)
	b.AddUint8(ProtocolVersion)
	b.AddUint8(uint8(k))
	b.AddBytes(s[:])
	return b
}

// flags is c as the flags byte of a message.
func (c choices) flags() uint8 {
	var f uint8
	if c.maybes {
		f |= flagMaybes
	}
	if c.fantasies {
		f |= flagFantasies
	}
	return f
}

// choicesOf reads a flags byte written by choices.flags.
func choicesOf(f uint8) choices {
	return choices{maybes: f&flagMaybes != 0, fantasies: f&flagFantasies != 0}
}

func addList(b *cryptobyte.Builder, points []Point) {
	b.AddUint16(uint16(len(points)))
	for _, p := range points {
		b.AddBytes(p[:])
	}
}

// parsePayload reads a payload whose header said it holds a message of
// kind want. It accepts only the one encoding payload() would write.
func parsePayload(want Kind, data []byte) (Message, error) {
	s := cryptobyte.String(data)
	var version, kind uint8
	var session SessionID
	if !s.ReadUint8(&version) {
		return nil, invalid("empty payload")
	}
	switch {
	case version > ProtocolVersion:
		return nil, &Error{Problem: NewerVersion, Detail: fmt.Sprintf("protocol version %d", version)}
	case version > 0 && version < ProtocolVersion:
		return nil, &Error{Problem: OlderVersion, Detail: fmt.Sprintf("protocol version %d", version)}
	}
	if version != ProtocolVersion || !s.ReadUint8(&kind) || Kind(kind) != want {
		return nil, invalid("payload version %d kind %d under a %s header", version, kind, want)
	}
	if !s.CopyBytes(session[:]) {
		return nil, invalid("payload too short for a session ID")
	}
	var m Message
	var ok bool
	switch want {
	case KindInvitation:
		m, ok = readInvitation(&s, session)
	case KindReply:
		m, ok = readReply(&s, session)
	case KindFinal:
		m, ok = readFinal(&s, session)
	}
	if !ok || !s.Empty() {
		return nil, invalid("malformed %s payload", want)
	}
	return m, nil
}

// Only the yes tier may be filled without the sender's flag for the tier.
func readInvitation(s *cryptobyte.String, session SessionID) (*Invitation, bool) {
	m := &Invitation{Session: session, Tiers: make([]InvitationTier, len(allTiers))}
	var catalog cryptobyte.String
	ok := readFlags(s, &m.Maybes, &m.Fantasies) &&
		s.ReadUint8LengthPrefixed(&catalog) && validCatalogVersion(string(catalog))
	for i := range m.Tiers {
		t := &m.Tiers[i]
		ok = ok && s.CopyBytes(t.Key[:]) && readList(s, &t.Blinded) && (m.choices().compares(i) || len(t.Blinded) == 0)
	}
	m.CatalogVersion = string(catalog)
	return m, ok
}

func readReply(s *cryptobyte.String, session SessionID) (*Reply, bool) {
	m := &Reply{Session: session, Tiers: make([]ReplyTier, len(allTiers))}
	ok := readFlags(s, &m.Maybes, &m.Fantasies)
	for i := range m.Tiers {
		t := &m.Tiers[i]
		ok = ok && s.CopyBytes(t.Key[:]) && readList(s, &t.Double) && readProof(s, &t.Proof, len(t.Double)) &&
			readList(s, &t.Blinded) && (m.choices().compares(i) || len(t.Double)+len(t.Blinded) == 0)
	}
	return m, ok
}

func readFinal(s *cryptobyte.String, session SessionID) (*Final, bool) {
	m := &Final{Session: session, Tiers: make([]FinalTier, len(allTiers))}
	ok := true
	for i := range m.Tiers {
		t := &m.Tiers[i]
		ok = ok && readMatched(s, &t.Matched) && readProof(s, &t.Proof, len(t.Matched))
	}
	return m, ok
}

// readMatched reads a result code's matched elements; none is read as nil.
func readMatched(s *cryptobyte.String, out *[]Raised) bool {
	var n uint16
	if !s.ReadUint16(&n) || n > MaxTokens || len(*s) < int(n)*(2+len(Point{})) {
		return false
	}
	for range n {
		var r Raised
		var j uint16
		s.ReadUint16(&j)
		s.CopyBytes(r.Double[:])
		r.Index = int(j)
		*out = append(*out, r)
	}
	return increasing(*out, MaxTokens)
}

// increasing reports whether the indices of matched rise strictly and stay
// below n: each of the reply's elements comes back at most once, in the
// reply's order, so a result code has one encoding.
func increasing(matched []Raised, n int) bool {
	for k, r := range matched {
		if r.Index < 0 || r.Index >= n || (k > 0 && r.Index <= matched[k-1].Index) {
			return false
		}
	}
	return true
}

// readProof reads a proof: 64 bytes after a non-empty list, none after an
// empty one (read as nil).
func readProof(s *cryptobyte.String, out *[]byte, listLen int) bool {
	var p cryptobyte.String
	if !s.ReadUint8LengthPrefixed(&p) || (len(p) == proofSize) != (listLen > 0) || (len(p) != 0 && len(p) != proofSize) {
		return false
	}
	if len(p) > 0 {
		*out = append([]byte(nil), p...)
	}
	return true
}

func readFlags(s *cryptobyte.String, maybes, fantasies *bool) bool {
	var f uint8
	if !s.ReadUint8(&f) || f&^(flagMaybes|flagFantasies) != 0 {
		return false
	}
	c := choicesOf(f)
	*maybes, *fantasies = c.maybes, c.fantasies
	return true
}

// readList reads a list; an empty list is read as nil so that decoded and
// built messages compare equal.
func readList(s *cryptobyte.String, out *[]Point) bool {
	var n uint16
	if !s.ReadUint16(&n) || n > MaxTokens || len(*s) < int(n)*len(Point{}) {
		return false
	}
	for range n {
		var p Point
		s.CopyBytes(p[:])
		*out = append(*out, p)
	}
	return true
}

// validCatalogVersion: 1 to 64 printable ASCII characters, no space, no '|'.
func validCatalogVersion(v string) bool {
	if len(v) == 0 || len(v) > 64 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '!' || v[i] > '~' || v[i] == '|' {
			return false
		}
	}
	return true
}
