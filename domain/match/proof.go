package match

import (
	"crypto"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"io"

	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/zk/dleq"
	"github.com/gtank/ristretto255"
)

// Every raising step is proven: for the elements X_i a side received and
// the elements Y_i it sent back, it shows that Y_i = k·X_i for the k of the
// key K = k·G it committed to, without revealing k. (In the result code
// the X_i are the responder's elements that matched, in the order the code
// gives them, and the Y_i what it gives back for them.)
//
//  1. The transcript digest T names everything said so far (see
//     transcriptReply and transcriptFinal), so a proof holds for one
//     exchange, one step and one tier only.
//  2. Weights w_i, the first 16 bytes of SHA-512(label || " weight" || T ||
//     u16 i) read as a little-endian number, combine the pairs:
//     M = Σ w_i·X_i, Z = Σ w_i·Y_i. If any Y_i is not k·X_i, then Z ≠ k·M
//     except with probability about 2^-128 (small-exponent batching;
//     128-bit weights make the two sums nearly twice as fast as full ones).
//  3. A Chaum-Pedersen proof that log_G(K) = log_M(Z): RFC 9497's
//     GenerateProof for the one pair (M, Z), from circl's zk/dleq, with
//     contextString = label || " " || hex(T) and SHA-512.
//
// label is "parley-psi-v2 reply yes", "parley-psi-v2 result open" and so
// on: the protocol, the step and the tier.

// Steps named in proof labels.
const (
	stepReply  = "reply"
	stepResult = "result"
)

var proofGroup = group.Ristretto255

func proofLabel(step string, tier Tier) string { return ProtocolName + " " + step + " " + string(tier) }

// transcriptInvitation is T1 = SHA-512("parley-psi-v2 transcript
// invitation" || invitation payload).
func transcriptInvitation(inv *Invitation) [64]byte {
	return digest("invitation", nil, inv.payload())
}

// transcriptReply is T2 = SHA-512("parley-psi-v2 transcript reply" || T1 ||
// the reply's payload with every proof empty).
func transcriptReply(t1 [64]byte, r *Reply) [64]byte { return digest("reply", t1[:], r.encode(false)) }

// transcriptFinal is T3, like T2 over the result code.
func transcriptFinal(t2 [64]byte, f *Final) [64]byte { return digest("result", t2[:], f.encode(false)) }

func digest(step string, before, payload []byte) [64]byte {
	h := sha512.New()
	h.Write([]byte(ProtocolName + " transcript " + step))
	h.Write(before)
	h.Write(payload)
	var out [64]byte
	h.Sum(out[:0])
	return out
}

// combine returns Σ w_i·P_i with the weights of label and transcript t.
func combine(label string, t [64]byte, points []*ristretto255.Element) *ristretto255.Element {
	weights := make([]*ristretto255.Scalar, len(points))
	var i16 [2]byte
	for i := range points {
		h := sha512.New()
		h.Write([]byte(label + " weight"))
		h.Write(t[:])
		binary.BigEndian.PutUint16(i16[:], uint16(i))
		h.Write(i16[:])
		var w [32]byte // 128 bits, little-endian: below the group order
		copy(w[:16], h.Sum(nil))
		weights[i] = ristretto255.NewScalar()
		if err := weights[i].Decode(w[:]); err != nil {
			panic("match: a 128-bit weight is not canonical")
		}
	}
	return ristretto255.NewElement().VarTimeMultiScalarMult(weights, points)
}

func dleqParams(label string, t [64]byte) dleq.Params {
	return dleq.Params{G: proofGroup, H: crypto.SHA512, DST: []byte(label + " " + hex.EncodeToString(t[:]))}
}

// prove shows that out[i] = k·in[i] for every i, where key = k·G. The
// nonce comes from 64 bytes of rnd.
func prove(rnd io.Reader, step string, tier Tier, t [64]byte, k *ristretto255.Scalar, in []*ristretto255.Element) ([]byte, error) {
	label := proofLabel(step, tier)
	m := combine(label, t, in)
	z := ristretto255.NewElement().ScalarMult(k, m)
	key := ristretto255.NewElement().ScalarBaseMult(k)
	nonce, err := proofNonce(rnd, label, t, k)
	if err != nil {
		return nil, err
	}
	p := dleq.Prover{Params: dleqParams(label, t)}
	proof, err := p.ProveBatchWithRandomnessRFC9497(toCirclScalar(k), toCircl(key),
		[]group.Element{toCircl(m)}, []group.Element{toCircl(z)}, toCirclScalar(nonce))
	if err != nil {
		return nil, err
	}
	return proof.MarshalBinary()
}

// proofNonce is the proof's secret nonce r: SHA-512 over 64 fresh random
// bytes, the secret, the label and the transcript, reduced. Hedged so: if
// the random source ever repeated itself, two different statements still
// get different nonces (a repeated nonce would give the secret away).
func proofNonce(rnd io.Reader, label string, t [64]byte, k *ristretto255.Scalar) (*ristretto255.Scalar, error) {
	var fresh [64]byte
	if _, err := io.ReadFull(rnd, fresh[:]); err != nil {
		return nil, err
	}
	h := sha512.New()
	h.Write([]byte(ProtocolName + " nonce"))
	h.Write(fresh[:])
	h.Write(k.Encode(nil))
	h.Write([]byte(label))
	h.Write(t[:])
	return ristretto255.NewScalar().FromUniformBytes(h.Sum(nil)), nil
}

// verify checks a proof made by prove, against the key the other side
// committed to. in and out are already checked (canonical, not the
// identity, no duplicates) and have the same length, at least 1.
func verify(step string, tier Tier, t [64]byte, key Point, in, out []*ristretto255.Element, proof []byte) bool {
	k := proofGroup.NewElement()
	var pr dleq.Proof
	if k.UnmarshalBinary(key[:]) != nil || pr.UnmarshalBinary(proofGroup, proof) != nil {
		return false
	}
	label := proofLabel(step, tier)
	var m, z *ristretto255.Element
	parallel(2, func(i int) { // the two sums on two cores, where there are two
		if i == 0 {
			m = combine(label, t, in)
		} else {
			z = combine(label, t, out)
		}
	})
	v := dleq.Verifier{Params: dleqParams(label, t)}
	return v.VerifyBatchRFC9497(k, []group.Element{toCircl(m)}, []group.Element{toCircl(z)}, &pr)
}

// toCircl carries an element into circl by its canonical encoding.
func toCircl(e *ristretto255.Element) group.Element {
	out := proofGroup.NewElement()
	if err := out.UnmarshalBinary(e.Encode(nil)); err != nil {
		panic("match: a canonical encoding did not decode: " + err.Error())
	}
	return out
}

func toCirclScalar(s *ristretto255.Scalar) group.Scalar {
	out := proofGroup.NewScalar()
	if err := out.UnmarshalBinary(s.Encode(nil)); err != nil {
		panic("match: a canonical scalar did not decode: " + err.Error())
	}
	return out
}

// publicKey is k·G.
func publicKey(k *ristretto255.Scalar) Point {
	return pt(ristretto255.NewElement().ScalarBaseMult(k))
}

// pt encodes an element.
func pt(e *ristretto255.Element) (p Point) {
	e.Encode(p[:0])
	return p
}
