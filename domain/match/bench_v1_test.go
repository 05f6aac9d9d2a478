package match

// Protocol version 1, kept only as a yardstick for the benchmarks: one
// secret per side, no keys, no proofs (see the first version of
// docs/comparison-protocol.md). It follows the old code step for step
// (tokens, shuffle, hash, blind, armour, decode, check, raise, match), so
// that BenchmarkExchange300V1 costs what version 1 cost, measured in the
// same run as version 2.

import (
	"crypto/sha512"
	"io"

	"github.com/gtank/ristretto255"
	"golang.org/x/crypto/cryptobyte"

	"parleyapp.org/parley/domain/catalog"
)

func v1Hash(session SessionID, token string) *ristretto255.Element {
	h := sha512.New()
	h.Write([]byte("parley-psi-v1:"))
	h.Write(session[:])
	h.Write([]byte(token))
	return ristretto255.NewElement().FromUniformBytes(h.Sum(nil))
}

func v1Blind(s *ristretto255.Scalar, session SessionID, tokens []string) []Point {
	out := make([]Point, len(tokens))
	parallel(len(tokens), func(i int) {
		e := v1Hash(session, tokens[i])
		e.ScalarMult(s, e).Encode(out[i][:0])
	})
	return out
}

func v1Raise(s *ristretto255.Scalar, points []Point) []Point {
	elements, err := decodePoints(points)
	if err != nil {
		panic(err)
	}
	return raise(s, elements)
}

func v1Encode(k Kind, lists ...[]Point) []byte {
	b := cryptobyte.NewBuilder(nil)
	b.AddUint8(1)
	b.AddUint8(uint8(k))
	for _, l := range lists {
		addList(b, l)
	}
	return armour(k, b.BytesOrPanic())
}

func v1Decode(text []byte, lists int) [][]Point {
	_, payload, err := unarmour(text)
	if err != nil {
		panic(err)
	}
	s := cryptobyte.String(payload[2:])
	out := make([][]Point, lists)
	for i := range out {
		if !readList(&s, &out[i]) {
			panic("v1 list")
		}
	}
	return out
}

// v1Exchange runs version 1's four steps through its text codes and
// returns the number of matches both sides found.
func v1Exchange(rnd io.Reader, c *catalog.Catalog, st, re Person) (int, int) {
	var session SessionID
	io.ReadFull(rnd, session[:])
	a, _ := randomScalar(rnd)
	sTokens := Tokens(c, Starter, Person{Sheet: st.Sheet, Maybes: false})
	shuffle(rnd, sTokens)
	inv := v1Encode(KindInvitation, v1Blind(a, session, sTokens), nil)

	got := v1Decode(inv, 2)
	b, _ := randomScalar(rnd)
	rTokens := Tokens(c, Responder, Person{Sheet: re.Sheet, Maybes: false})
	shuffle(rnd, rTokens)
	theirDouble := v1Raise(b, got[0])
	reply := v1Encode(KindReply, theirDouble, nil, v1Blind(b, session, rTokens), nil)

	r := v1Decode(reply, 4)
	if _, err := decodePoints(r[0]); err != nil {
		panic(err)
	}
	finalYes := v1Raise(a, r[2])
	starterHits := len(hits(sTokens, r[0], finalYes))
	final := v1Encode(KindFinal, finalYes, nil)

	f := v1Decode(final, 2)
	if _, err := decodePoints(f[0]); err != nil {
		panic(err)
	}
	return starterHits, len(hits(rTokens, f[0], theirDouble))
}
