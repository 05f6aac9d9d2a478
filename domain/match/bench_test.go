package match

import (
	"crypto/rand"
	"fmt"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// The benchmarks run a 300-token exchange (300 yes answers on each side,
// all of them matching) through the text codes. `make bench` runs them
// with -cpu 1, so each figure is the time of one core; cpu-ms/op is the
// CPU time itself (see reportCPU), the figure the goals are about.

// bench300 is a catalog of 150 give-and-receive activities and a person
// who says yes to all 300 (activity, direction) pairs.
func bench300(b *testing.B) (*catalog.Catalog, Person) {
	c := &catalog.Catalog{Version: "bench.1"}
	sheet := checklist.NewSheet()
	for i := range 150 {
		a := catalog.Activity{ID: fmt.Sprintf("act-%03d", i), Kind: catalog.GiveReceive}
		c.Activities = append(c.Activities, a)
		for _, d := range checklist.DirectionsOf(a) {
			sheet.Put(checklist.Key{Activity: a.ID, Direction: d}, checklist.Entry{Answer: checklist.Yes})
		}
	}
	me := Person{Sheet: sheet}
	if n := len(Tokens(c, Starter, Person{Sheet: sheet, Maybes: false})); n != 300 {
		b.Fatalf("%d tokens", n)
	}
	return c, me
}

// BenchmarkExchange300 runs the whole exchange, both sides, through the
// text codes, with 300 tokens on each side.
func BenchmarkExchange300(b *testing.B) {
	c, me := bench300(b)
	defer reportCPU(b)()
	for b.Loop() {
		sp, inv, err := Start(rand.Reader, c, me, day0)
		if err != nil {
			b.Fatal(err)
		}
		inv, err = DecodeInvitation(inv.Encode())
		if err != nil {
			b.Fatal(err)
		}
		rp, reply, err := Respond(rand.Reader, c, me, inv, day0)
		if err != nil {
			b.Fatal(err)
		}
		reply, err = DecodeReply(reply.Encode())
		if err != nil {
			b.Fatal(err)
		}
		res, final, err := sp.Finish(reply, day0)
		if err != nil {
			b.Fatal(err)
		}
		final, err = DecodeFinal(final.Encode())
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rp.Complete(final, day0); err != nil || len(res.BothYes) != 300 {
			b.Fatal(err, len(res.BothYes))
		}
	}
}

// BenchmarkExchange300V1 is the same exchange with protocol version 1 (see
// bench_v1_test.go), for the ratio in the same run.
func BenchmarkExchange300V1(b *testing.B) {
	c, me := bench300(b)
	defer reportCPU(b)()
	for b.Loop() {
		if s, r := v1Exchange(rand.Reader, c, me, me); s != 300 || r != 300 {
			b.Fatal(s, r)
		}
	}
}

// stepCodes is one honest 300-token exchange: each code as text and each
// side's stored half before the code it waits for.
type stepCodes struct {
	invitation, reply, final []byte
	starter, responder       []byte // MarshalBinary of each waiting half
}

func benchCodes(b *testing.B) (*catalog.Catalog, Person, stepCodes) {
	c, me := bench300(b)
	return c, me, benchCodesOf(b, c, me, me)
}

// benchFew is a catalog of 570 activities done together, a starter who
// says yes to the first 300 and a responder who says yes to the last 300:
// 30 of them match, nearer a real pair than bench300, where all 300 do.
func benchFew(b *testing.B) (*catalog.Catalog, Person, Person) {
	c := &catalog.Catalog{Version: "bench.1"}
	st, re := checklist.NewSheet(), checklist.NewSheet()
	for i := range 570 {
		a := catalog.Activity{ID: fmt.Sprintf("act-%03d", i), Kind: catalog.Together}
		c.Activities = append(c.Activities, a)
		key, yes := checklist.Key{Activity: a.ID, Direction: checklist.Together}, checklist.Entry{Answer: checklist.Yes}
		if i < 300 {
			st.Put(key, yes)
		}
		if i >= 270 {
			re.Put(key, yes)
		}
	}
	return c, Person{Sheet: st}, Person{Sheet: re}
}

func benchCodesOf(b *testing.B, c *catalog.Catalog, st, re Person) stepCodes {
	var x stepCodes
	sp, inv, err := Start(rand.Reader, c, st, day0)
	if err != nil {
		b.Fatal(err)
	}
	rp, reply, err := Respond(rand.Reader, c, re, inv, day0)
	if err != nil {
		b.Fatal(err)
	}
	x.starter, _ = sp.MarshalBinary()
	x.responder, _ = rp.MarshalBinary()
	_, final, err := sp.Finish(reply, day0)
	if err != nil {
		b.Fatal(err)
	}
	x.invitation, x.reply, x.final = inv.Encode(), reply.Encode(), final.Encode()
	return x
}

func loaded(b *testing.B, data []byte) *Pending {
	var p Pending
	if err := p.UnmarshalBinary(data); err != nil {
		b.Fatal(err)
	}
	return &p
}

// BenchmarkStepInvitation300: the starter makes the invitation.
func BenchmarkStepInvitation300(b *testing.B) {
	c, me := bench300(b)
	defer reportCPU(b)()
	for b.Loop() {
		_, inv, err := Start(rand.Reader, c, me, day0)
		if err != nil {
			b.Fatal(err)
		}
		inv.Encode()
	}
}

// BenchmarkStepReply300: the responder reads and checks the invitation,
// raises it, blinds its own answers and proves the raising.
func BenchmarkStepReply300(b *testing.B) {
	c, me, x := benchCodes(b)
	defer reportCPU(b)()
	for b.Loop() {
		inv, err := DecodeInvitation(x.invitation)
		if err != nil {
			b.Fatal(err)
		}
		_, reply, err := Respond(rand.Reader, c, me, inv, day0)
		if err != nil {
			b.Fatal(err)
		}
		reply.Encode()
	}
}

// BenchmarkStepFinal300: the starter loads its half, reads the reply,
// checks its proof, learns the result, and makes and proves the result
// code.
func BenchmarkStepFinal300(b *testing.B) {
	_, _, x := benchCodes(b)
	defer reportCPU(b)()
	for b.Loop() {
		stepFinal(b, x, 300)
	}
}

// BenchmarkStepComplete300: the responder loads its half, reads the result
// code, checks its proof and learns the result.
func BenchmarkStepComplete300(b *testing.B) {
	_, _, x := benchCodes(b)
	defer reportCPU(b)()
	for b.Loop() {
		stepComplete(b, x, 300)
	}
}

// BenchmarkStepFinal300Few is BenchmarkStepFinal300 with 30 matches of
// 300: the result code proves 30 elements, not 300.
func BenchmarkStepFinal300Few(b *testing.B) {
	c, st, re := benchFew(b)
	x := benchCodesOf(b, c, st, re)
	defer reportCPU(b)()
	for b.Loop() {
		stepFinal(b, x, 30)
	}
}

// BenchmarkStepComplete300Few is BenchmarkStepComplete300 with 30 matches
// of 300: the responder checks a proof over 30 elements.
func BenchmarkStepComplete300Few(b *testing.B) {
	c, st, re := benchFew(b)
	x := benchCodesOf(b, c, st, re)
	defer reportCPU(b)()
	for b.Loop() {
		stepComplete(b, x, 30)
	}
}

// stepFinal is the starter's last step once: it loads its half, reads the
// reply, learns a result of want matches and encodes the result code.
func stepFinal(b *testing.B, x stepCodes, want int) {
	reply, err := DecodeReply(x.reply)
	if err != nil {
		b.Fatal(err)
	}
	res, final, err := loaded(b, x.starter).Finish(reply, day0)
	if err != nil || len(res.BothYes) != want {
		b.Fatal(err, len(res.BothYes))
	}
	final.Encode()
}

// stepComplete is the responder's last step once: it loads its half, reads
// the result code and learns a result of want matches.
func stepComplete(b *testing.B, x stepCodes, want int) {
	final, err := DecodeFinal(x.final)
	if err != nil {
		b.Fatal(err)
	}
	res, err := loaded(b, x.responder).Complete(final, day0)
	if err != nil || len(res.BothYes) != want {
		b.Fatal(err, len(res.BothYes))
	}
}

// BenchmarkCheckReplyProof300 is the proof check alone inside
// BenchmarkStepFinal300 (BenchmarkCheckFinalProof300 would be the same
// work on the other side).
func BenchmarkCheckReplyProof300(b *testing.B) {
	_, _, x := benchCodes(b)
	reply, err := DecodeReply(x.reply)
	if err != nil {
		b.Fatal(err)
	}
	inv := loaded(b, x.starter).Sent().(*Invitation)
	t2 := transcriptReply(transcriptInvitation(inv), reply)
	in, _ := decodePoints(inv.Tiers[0].Blinded)
	out, _ := decodePoints(reply.Tiers[0].Double)
	for b.Loop() {
		if !verify(stepReply, TierYes, t2, reply.Tiers[0].Key, in, out, reply.Tiers[0].Proof) {
			b.Fatal("proof fails")
		}
	}
}

// BenchmarkCompareGroup4 compares four people on one computer, each with
// 300 yes answers (six pairwise exchanges in memory).
func BenchmarkCompareGroup4(b *testing.B) {
	c, me := bench300(b)
	defer reportCPU(b)()
	for b.Loop() {
		g, err := CompareGroup(rand.Reader, c, []Person{me, me, me, me})
		if err != nil || len(g.Everyone) != 150 {
			b.Fatalf("%d common, %v", len(g.Everyone), err)
		}
	}
}
