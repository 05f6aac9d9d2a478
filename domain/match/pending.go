package match

import (
	"time"

	"github.com/gtank/ristretto255"
	"golang.org/x/crypto/cryptobyte"
)

// A Pending is stored as (big-endian):
//
//	u8  format version 3 (1 and 2 were protocol versions 1's and 2's:
//	    refused as OldState)
//	u8  role, u8 step, u8 flags (bits 0-1 this side's choices as in a
//	    message's flags, bits 2-3 the starter's as the responder saw them)
//	16  session ID
//	u8-length catalog version
//	created: u64 Unix seconds (two's complement), u32 nanoseconds
//	u32 possible slots
//	u24-length payload of the last message sent (or none)
//	u8-length transcript T2 (64 bytes, the responder's, or none)
//	then per tier, in allTiers order:
//	  u8-length secret scalar (32 bytes, the starter's, or none)
//	  token list (u16 count, then u16-length strings)
//	  u16 their count
//	  u8-length their key (32 bytes, the responder's view, or none)
//	  element list their double (as in messages)

const pendingFormat = 3

// MarshalBinary encodes p for the vault. The bytes hold p's secrets.
func (p *Pending) MarshalBinary() ([]byte, error) {
	b := cryptobyte.NewBuilder(nil)
	b.AddUint8(pendingFormat)
	b.AddUint8(uint8(p.Role))
	b.AddUint8(uint8(p.Step))
	b.AddUint8(p.choices().flags() | p.theirChoices.flags()<<2)
	b.AddBytes(p.Session[:])
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(p.CatalogVersion)) })
	b.AddUint64(uint64(p.Created.Unix()))
	b.AddUint32(uint32(p.Created.Nanosecond()))
	b.AddUint32(uint32(p.Possible))
	b.AddUint24LengthPrefixed(func(b *cryptobyte.Builder) {
		if p.sent != nil {
			b.AddBytes(p.sent.payload())
		}
	})
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) {
		if p.transcript != ([64]byte{}) {
			b.AddBytes(p.transcript[:])
		}
	})
	for i := range allTiers {
		b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) {
			if i < len(p.secrets) {
				b.AddBytes(p.secrets[i].Encode(nil))
			}
		})
		addTokens(b, at(p.own, i))
		b.AddUint16(uint16(p.theirCount.of(i)))
		b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) {
			if i < len(p.theirKeys) {
				b.AddBytes(p.theirKeys[i][:])
			}
		})
		addList(b, at(p.theirDouble, i))
	}
	return b.Bytes()
}

// at is lists[i], or nil when there is no such list (a finished exchange).
func at[T any](lists [][]T, i int) []T {
	if i < len(lists) {
		return lists[i]
	}
	return nil
}

func addTokens(b *cryptobyte.Builder, tokens []string) {
	b.AddUint16(uint16(len(tokens)))
	for _, t := range tokens {
		b.AddUint16LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(t)) })
	}
}

// UnmarshalBinary decodes what MarshalBinary wrote; a damaged record gives
// an ErrBadState error, one written for protocol version 1 or 2 ErrOldState.
func (p *Pending) UnmarshalBinary(data []byte) error {
	if len(data) > 0 && data[0] < pendingFormat {
		return &Error{Problem: OldState, Detail: "stored by an earlier Parley"}
	}
	s := cryptobyte.String(data)
	var q Pending
	var format, role, step, flags uint8
	var catalog, sent, transcript cryptobyte.String
	var seconds uint64
	var possible, nanos uint32
	ok := s.ReadUint8(&format) && format == pendingFormat &&
		s.ReadUint8(&role) && s.ReadUint8(&step) && s.ReadUint8(&flags) && flags < 16 &&
		s.CopyBytes(q.Session[:]) &&
		s.ReadUint8LengthPrefixed(&catalog) && s.ReadUint64(&seconds) && s.ReadUint32(&nanos) && nanos < 1e9 &&
		s.ReadUint32(&possible) && s.ReadUint24LengthPrefixed(&sent) &&
		s.ReadUint8LengthPrefixed(&transcript) && (len(transcript) == 0 || len(transcript) == 64)
	copy(q.transcript[:], transcript)
	counts := make([]int, len(allTiers))
	var secrets, keys [][]byte
	for i := range allTiers {
		var secret, key cryptobyte.String
		var own []string
		var double []Point
		var n uint16
		ok = ok && s.ReadUint8LengthPrefixed(&secret) && readTokens(&s, &own) && s.ReadUint16(&n) &&
			s.ReadUint8LengthPrefixed(&key) && readList(&s, &double)
		secrets, keys = append(secrets, secret), append(keys, key)
		q.own, q.theirDouble, counts[i] = append(q.own, own), append(q.theirDouble, double), int(n)
	}
	if !ok || !s.Empty() {
		return &Error{Problem: BadState, Detail: "malformed record"}
	}
	q.Role, q.Step, q.CatalogVersion, q.Possible = Role(role), Step(step), string(catalog), int(possible)
	mine := choicesOf(flags & 3)
	q.Maybes, q.Fantasies, q.theirChoices = mine.maybes, mine.fantasies, choicesOf(flags>>2)
	q.theirCount = countFrom(counts)
	q.Created = time.Unix(int64(seconds), int64(nanos)).UTC()
	if err := q.readSecrets(secrets, keys); err != nil {
		return err
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

// readSecrets reads the per-tier scalars and keys: each present for every
// tier or for none.
func (q *Pending) readSecrets(secrets, keys [][]byte) error {
	bad := func(what string) error { return &Error{Problem: BadState, Detail: what} }
	for i := range allTiers {
		if (len(secrets[i]) == 0) != (len(secrets[0]) == 0) || (len(keys[i]) == 0) != (len(keys[0]) == 0) {
			return bad("secrets or keys missing for some tiers")
		}
		if len(secrets[i]) > 0 {
			k := ristretto255.NewScalar()
			if len(secrets[i]) != 32 || k.Decode(secrets[i]) != nil { // Decode panics on other lengths
				return bad("secret is not a canonical scalar")
			}
			q.secrets = append(q.secrets, k)
		}
		if len(keys[i]) > 0 {
			if len(keys[i]) != 32 {
				return bad("key length")
			}
			q.theirKeys = append(q.theirKeys, Point(keys[i]))
		}
	}
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
	for i, list := range p.own {
		for _, s := range list {
			t, err := ParseToken(s)
			if err != nil || tierIndex(t.Tier) != i || t.Catalog != p.CatalogVersion {
				return bad("token " + s)
			}
		}
	}
	live := p.Step != Finished
	_, inv := p.sent.(*Invitation)
	_, reply := p.sent.(*Reply)
	switch {
	case p.Role == Starter && p.Step != AwaitingReply && p.Step != Finished,
		p.Role == Responder && p.Step != AwaitingFinal && p.Step != Finished,
		p.Role != Starter && p.Role != Responder:
		return bad("role and step")
	case p.Role == Starter && live && (len(p.secrets) != len(allTiers) || !inv):
		return bad("starter without its secrets or its invitation")
	case p.Role == Responder && live && (!reply || len(p.theirKeys) != len(allTiers) || p.transcript == [64]byte{} || !p.responderListsFit()):
		return bad("responder lists")
	}
	return nil
}

// responderListsFit: a tier's lists are present only when it is compared,
// and the reply sent one element per own token (Complete finds a result
// code's elements by their index in it).
func (p *Pending) responderListsFit() bool {
	reply := p.sent.(*Reply)
	for i := range allTiers {
		if len(reply.Tiers[i].Blinded) != len(p.own[i]) {
			return false
		}
		if p.choices().and(p.theirChoices).compares(i) {
			if len(p.theirDouble[i]) != p.theirCount.of(i) {
				return false
			}
		} else if len(p.theirDouble[i]) != 0 || len(p.own[i]) != 0 {
			return false
		}
	}
	return true
}
