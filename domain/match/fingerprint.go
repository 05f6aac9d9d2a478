package match

import (
	"crypto/sha512"
	"strings"
)

// The exchange fingerprint is a short code that both people can read to
// each other, by voice when it matters, to check that they hold the same
// exchange: the same session and the same keys on both sides. If a code was
// swapped on the way (a changed invitation page, someone in the middle who
// answers in the partner's place), the two screens show different codes.
//
//	fingerprint = code(SHA-512("parley-psi-v2 fingerprint" || session ||
//	              A_yes || A_open || B_yes || B_open))
//	invitation fingerprint = code(SHA-512("parley-psi-v2 fingerprint
//	              invitation" || session || A_yes || A_open))
//
// code writes the first 80 bits of the hash as 16 characters of Crockford's
// base32 alphabet (digits and capitals without I, L, O and U, so nothing
// reads as something else), in four groups of four: "7KQ2 M9XD 4RTA PZ3C".

const fingerprintAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// Fingerprint is the exchange fingerprint of an invitation and its reply;
// Result.Fingerprint holds the same code on both sides.
func Fingerprint(inv *Invitation, reply *Reply) string {
	return fingerprint(inv.Session, keysOf(inv), keysOf(reply))
}

// Fingerprint is the starter-only fingerprint: the session and the
// starter's keys, which the invitation alone gives. The starter can show
// it beside the invitation, so a partner who received the invitation some
// other way can check it is the one that was sent.
func (m *Invitation) Fingerprint() string {
	return fingerprintCode("invitation", m.Session, keysOf(m))
}

func fingerprint(session SessionID, starter, responder []Point) string {
	return fingerprintCode("", session, append(append([]Point{}, starter...), responder...))
}

func fingerprintCode(variant string, session SessionID, keys []Point) string {
	label := ProtocolName + " fingerprint"
	if variant != "" {
		label += " " + variant
	}
	h := sha512.New()
	h.Write([]byte(label))
	h.Write(session[:])
	for _, k := range keys {
		h.Write(k[:])
	}
	sum := h.Sum(nil)
	var b strings.Builder
	for i := range 16 {
		bit := i * 5
		v := (uint(sum[bit/8])<<8 | uint(sum[bit/8+1])) >> (11 - bit%8) & 31
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(fingerprintAlphabet[v])
	}
	return b.String()
}

// keysOf lists a message's keys in tier order.
func keysOf(m Message) []Point {
	var out []Point
	switch m := m.(type) {
	case *Invitation:
		for _, t := range m.Tiers {
			out = append(out, t.Key)
		}
	case *Reply:
		for _, t := range m.Tiers {
			out = append(out, t.Key)
		}
	}
	return out
}
