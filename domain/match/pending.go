package match

import (
	"time"

	"github.com/gtank/ristretto255"
	"golang.org/x/crypto/cryptobyte"
)

// A Pending is stored as (big-endian):
//
//	u8  format version 1
//	u8  role, u8 step, u8 flags (bit 0 Maybes, bit 1 the starter's Maybes as
//	    the responder saw it)
//	16  session ID
//	u8-length catalog version
//	created: u64 Unix seconds (two's complement), u32 nanoseconds
//	u32 possible slots
//	u8-length secret scalar (32 bytes, or none)
//	u24-length payload of the last message sent (or none)
//	token list yes, token list open (u16 count, then u16-length strings)
//	u16 their yes count, u16 their open count
//	element list their yes, element list their open (as in messages)

const pendingFormat = 1

// MarshalBinary encodes p for the vault. The bytes hold p's secrets.
func (p *Pending) MarshalBinary() ([]byte, error) {
	b := cryptobyte.NewBuilder(nil)
	b.AddUint8(pendingFormat)
	b.AddUint8(uint8(p.Role))
	b.AddUint8(uint8(p.Step))
	b.AddUint8(flagsOf(p.Maybes) | flagsOf(p.theirMaybes)<<1)
	b.AddBytes(p.Session[:])
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(p.CatalogVersion)) })
	b.AddUint64(uint64(p.Created.Unix()))
	b.AddUint32(uint32(p.Created.Nanosecond()))
	b.AddUint32(uint32(p.Possible))
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) {
		if p.secret != nil {
			b.AddBytes(p.secret.Encode(nil))
		}
	})
	b.AddUint24LengthPrefixed(func(b *cryptobyte.Builder) {
		if p.sent != nil {
			b.AddBytes(p.sent.payload())
		}
	})
	addTokens(b, p.yes)
	addTokens(b, p.open)
	b.AddUint16(uint16(p.theirCount.Yes))
	b.AddUint16(uint16(p.theirCount.Open))
	addList(b, p.theirYes)
	addList(b, p.theirOpen)
	return b.Bytes()
}

func addTokens(b *cryptobyte.Builder, tokens []string) {
	b.AddUint16(uint16(len(tokens)))
	for _, t := range tokens {
		b.AddUint16LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(t)) })
	}
}

// UnmarshalBinary decodes what MarshalBinary wrote; a damaged record gives
// an ErrBadState error.
func (p *Pending) UnmarshalBinary(data []byte) error {
	s := cryptobyte.String(data)
	var q Pending
	var format, role, step, flags uint8
	var catalog, secret, sent cryptobyte.String
	var seconds uint64
	var possible, nanos uint32
	var theirYes, theirOpen uint16
	ok := s.ReadUint8(&format) && format == pendingFormat &&
		s.ReadUint8(&role) && s.ReadUint8(&step) && s.ReadUint8(&flags) && flags < 4 &&
		s.CopyBytes(q.Session[:]) &&
		s.ReadUint8LengthPrefixed(&catalog) && s.ReadUint64(&seconds) && s.ReadUint32(&nanos) && nanos < 1e9 &&
		s.ReadUint32(&possible) && s.ReadUint8LengthPrefixed(&secret) && s.ReadUint24LengthPrefixed(&sent) &&
		readTokens(&s, &q.yes) && readTokens(&s, &q.open) &&
		s.ReadUint16(&theirYes) && s.ReadUint16(&theirOpen) &&
		readList(&s, &q.theirYes) && readList(&s, &q.theirOpen) && s.Empty()
	if !ok {
		return &Error{Problem: BadState, Detail: "malformed record"}
	}
	q.Role, q.Step, q.CatalogVersion, q.Possible = Role(role), Step(step), string(catalog), int(possible)
	q.Maybes, q.theirMaybes = flags&1 != 0, flags&2 != 0
	q.theirCount = Count{Yes: int(theirYes), Open: int(theirOpen)}
	q.Created = time.Unix(int64(seconds), int64(nanos)).UTC()
	if len(secret) > 0 {
		q.secret = ristretto255.NewScalar()
		if len(secret) != 32 || q.secret.Decode(secret) != nil { // Decode panics on other lengths
			return &Error{Problem: BadState, Detail: "secret is not a canonical scalar"}
		}
	}
	if len(sent) == 1 {
		return &Error{Problem: BadState, Detail: "sent message too short"}
	}
	if len(sent) > 0 {
		m, err := parsePayload(Kind(sent[1]), sent) // byte 1 is the message kind
		if err != nil {
			return &Error{Problem: BadState, Detail: "sent message: " + err.Error()}
		}
		q.sent = m
	}
	if err := q.check(); err != nil {
		return err
	}
	*p = q
	return nil
}

func readTokens(s *cryptobyte.String, out *[]string) bool {
	var n uint16
	if !s.ReadUint16(&n) || n > MaxTokens {
		return false
	}
	for range n {
		var t cryptobyte.String
		if !s.ReadUint16LengthPrefixed(&t) {
			return false
		}
		*out = append(*out, string(t))
	}
	return true
}

// check tests the invariants Finish and Complete rely on.
func (p *Pending) check() error {
	bad := func(what string) error { return &Error{Problem: BadState, Detail: what} }
	if !validCatalogVersion(p.CatalogVersion) {
		return bad("catalog version")
	}
	for i, list := range [][]string{p.yes, p.open} {
		for _, s := range list {
			t, err := ParseToken(s)
			if err != nil || (t.Tier == TierOpen) != (i == 1) || t.Catalog != p.CatalogVersion {
				return bad("token " + s)
			}
		}
	}
	live := p.Step != Finished
	switch {
	case p.Role == Starter && p.Step != AwaitingReply && p.Step != Finished,
		p.Role == Responder && p.Step != AwaitingFinal && p.Step != Finished,
		p.Role != Starter && p.Role != Responder:
		return bad("role and step")
	case p.Role == Starter && live && p.secret == nil:
		return bad("starter without its secret")
	case p.Role == Responder && live && !p.responderListsFit():
		return bad("responder lists")
	}
	return nil
}

// responderListsFit: the open tier is present only when both chose maybes.
func (p *Pending) responderListsFit() bool {
	if len(p.theirYes) != p.theirCount.Yes {
		return false
	}
	if p.Maybes && p.theirMaybes {
		return len(p.theirOpen) == p.theirCount.Open
	}
	return len(p.theirOpen) == 0 && len(p.open) == 0
}
