package match

import (
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// The binary payload of a message (big-endian, no padding):
//
//	u8  version            1
//	u8  kind               1 invitation, 2 reply, 3 final
//	16  session ID
//	invitation: u8 flags, u8-length catalog version, list Yes, list Open
//	reply:      u8 flags, list DoubleYes, list DoubleOpen, list Yes, list Open
//	final:      list DoubleYes, list DoubleOpen
//	list:       u16 count, then count × 32-byte elements
//
// flags bit 0 is the sender's "compare maybes" choice; the other bits are 0.

const flagMaybes = 1

func (m *Invitation) payload() []byte {
	b := header(KindInvitation, m.Session)
	b.AddUint8(flagsOf(m.Maybes))
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(m.CatalogVersion)) })
	addList(b, m.Yes)
	addList(b, m.Open)
	return b.BytesOrPanic()
}

func (m *Reply) payload() []byte {
	b := header(KindReply, m.Session)
	b.AddUint8(flagsOf(m.Maybes))
	addList(b, m.DoubleYes)
	addList(b, m.DoubleOpen)
	addList(b, m.Yes)
	addList(b, m.Open)
	return b.BytesOrPanic()
}

func (m *Final) payload() []byte {
	b := header(KindFinal, m.Session)
	addList(b, m.DoubleYes)
	addList(b, m.DoubleOpen)
	return b.BytesOrPanic()
}

func header(k Kind, s SessionID) *cryptobyte.Builder {
	b := cryptobyte.NewBuilder(nil)
	b.AddUint8(ProtocolVersion)
	b.AddUint8(uint8(k))
	b.AddBytes(s[:])
	return b
}

func flagsOf(maybes bool) uint8 {
	if maybes {
		return flagMaybes
	}
	return 0
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
	if version > ProtocolVersion {
		return nil, &Error{Problem: NewerVersion, Detail: fmt.Sprintf("protocol version %d", version)}
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

func readInvitation(s *cryptobyte.String, session SessionID) (*Invitation, bool) {
	m := &Invitation{Session: session}
	var catalog cryptobyte.String
	ok := readFlags(s, &m.Maybes) &&
		s.ReadUint8LengthPrefixed(&catalog) && validCatalogVersion(string(catalog)) &&
		readList(s, &m.Yes) && readList(s, &m.Open)
	m.CatalogVersion = string(catalog)
	return m, ok && (m.Maybes || len(m.Open) == 0)
}

func readReply(s *cryptobyte.String, session SessionID) (*Reply, bool) {
	m := &Reply{Session: session}
	ok := readFlags(s, &m.Maybes) &&
		readList(s, &m.DoubleYes) && readList(s, &m.DoubleOpen) &&
		readList(s, &m.Yes) && readList(s, &m.Open)
	return m, ok && (m.Maybes || len(m.DoubleOpen)+len(m.Open) == 0)
}

func readFinal(s *cryptobyte.String, session SessionID) (*Final, bool) {
	m := &Final{Session: session}
	ok := readList(s, &m.DoubleYes) && readList(s, &m.DoubleOpen)
	return m, ok
}

func readFlags(s *cryptobyte.String, maybes *bool) bool {
	var f uint8
	if !s.ReadUint8(&f) || f&^flagMaybes != 0 {
		return false
	}
	*maybes = f == flagMaybes
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
