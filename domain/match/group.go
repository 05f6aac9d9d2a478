package match

import (
	"crypto/sha512"
	"io"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/gtank/ristretto255"
)

// hashPrefix separates this protocol's hashes from every other use of SHA-512.
const hashPrefix = ProtocolName + ":"

// hashToken is H(t) = FromUniformBytes(SHA-512(prefix || session || t)).
func hashToken(session SessionID, token string) *ristretto255.Element {
	h := sha512.New()
	h.Write([]byte(hashPrefix))
	h.Write(session[:])
	h.Write([]byte(token))
	return ristretto255.NewElement().FromUniformBytes(h.Sum(nil))
}

// randomScalar draws a secret scalar from 64 bytes of rnd.
func randomScalar(rnd io.Reader) (*ristretto255.Scalar, error) {
	var b [64]byte
	if _, err := io.ReadFull(rnd, b[:]); err != nil {
		return nil, err
	}
	return ristretto255.NewScalar().FromUniformBytes(b[:]), nil
}

// shuffle puts the tokens in a random order, using a ChaCha8 stream keyed
// by 32 bytes of rnd.
func shuffle(rnd io.Reader, tokens []string) error {
	var seed [32]byte
	if _, err := io.ReadFull(rnd, seed[:]); err != nil {
		return err
	}
	r := rand.New(rand.NewChaCha8(seed))
	r.Shuffle(len(tokens), func(i, j int) { tokens[i], tokens[j] = tokens[j], tokens[i] })
	return nil
}

// blindTokens returns s·H(t) for every token, in order.
func blindTokens(s *ristretto255.Scalar, session SessionID, tokens []string) []Point {
	if len(tokens) == 0 {
		return nil // as a decoded empty list, so messages compare equal
	}
	out := make([]Point, len(tokens))
	parallel(len(tokens), func(i int) {
		e := hashToken(session, tokens[i])
		e.ScalarMult(s, e)
		e.Encode(out[i][:0])
	})
	return out
}

// raise returns s·e for every element, in order, leaving elements as they are.
func raise(s *ristretto255.Scalar, elements []*ristretto255.Element) []Point {
	if len(elements) == 0 {
		return nil // as a decoded empty list, so messages compare equal
	}
	out := make([]Point, len(elements))
	parallel(len(elements), func(i int) {
		ristretto255.NewElement().ScalarMult(s, elements[i]).Encode(out[i][:0])
	})
	return out
}

// decodePoints decodes a received list, rejecting a non-canonical encoding,
// the identity element, or the same element twice: an honest peer never
// sends any of them.
func decodePoints(points []Point) ([]*ristretto255.Element, error) {
	seen := make(map[Point]bool, len(points))
	for _, p := range points {
		if seen[p] {
			return nil, invalid("element %x occurs twice", p)
		}
		seen[p] = true
	}
	out := make([]*ristretto255.Element, len(points))
	parallel(len(points), func(i int) {
		e := ristretto255.NewElement()
		if e.Decode(points[i][:]) == nil && e.Equal(ristretto255.NewElement()) == 0 {
			out[i] = e
		}
	})
	for i, e := range out {
		if e == nil {
			return nil, invalid("element %x is not a valid non-identity element", points[i])
		}
	}
	return out, nil
}

// parallel runs f(0) … f(n-1) spread over the available cores.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}
