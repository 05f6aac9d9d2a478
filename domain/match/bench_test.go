package match

import (
	"crypto/rand"
	"fmt"
	"testing"

	"parley/domain/catalog"
	"parley/domain/checklist"
)

// BenchmarkExchange300 runs the whole exchange, both sides, through the
// text codes, with 300 tokens on each side.
func BenchmarkExchange300(b *testing.B) {
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
	if n := len(Tokens(c, sheet, Starter, false)); n != 300 {
		b.Fatalf("%d tokens", n)
	}
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
