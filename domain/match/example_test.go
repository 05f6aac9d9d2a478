package match_test

import (
	"crypto/rand"
	"fmt"
	"slices"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
)

// A whole exchange between two computers: Sam starts, Alex replies, Sam
// finishes and sends the result code, Alex completes. Each message travels
// as text (Encode, Decode…); each side learns only what both want.
func Example() {
	cat := &catalog.Catalog{Version: "example.1", Activities: []catalog.Activity{
		{ID: "blindfold", Name: "Blindfold", Kind: catalog.GiveReceive},
		{ID: "massage", Name: "Massage", Kind: catalog.GiveReceive},
		{ID: "dancing", Name: "Slow dancing", Kind: catalog.Together},
	}}
	now := time.Date(2026, 5, 1, 19, 0, 0, 0, time.UTC)
	answer := func(answers map[checklist.Key]checklist.Answer) *checklist.Sheet {
		s := checklist.NewSheet()
		for k, a := range answers {
			s.Put(k, checklist.Entry{Answer: a})
		}
		return s
	}
	sam := answer(map[checklist.Key]checklist.Answer{
		{Activity: "blindfold", Direction: checklist.Giving}:  checklist.Yes,
		{Activity: "massage", Direction: checklist.Receiving}: checklist.Yes,
		{Activity: "dancing", Direction: checklist.Together}:  checklist.No,
	})
	alex := answer(map[checklist.Key]checklist.Answer{
		{Activity: "blindfold", Direction: checklist.Receiving}: checklist.Yes,
		{Activity: "massage", Direction: checklist.Giving}:      checklist.HardLimit,
		{Activity: "dancing", Direction: checklist.Together}:    checklist.Yes,
	})

	// Sam starts and sends the invitation code (and keeps the Pending,
	// which holds secrets, in the vault).
	samSide, inv, err := match.Start(rand.Reader, cat, match.Person{Sheet: sam}, now)
	if err != nil {
		panic(err)
	}
	invitationText := inv.Encode()

	// Alex reads it and replies.
	received, err := match.DecodeInvitation(invitationText)
	if err != nil {
		panic(err)
	}
	alexSide, reply, err := match.Respond(rand.Reader, cat, match.Person{Sheet: alex}, received, now)
	if err != nil {
		panic(err)
	}
	replyText := reply.Encode()

	// Sam finishes: Sam's result, and the result code for Alex.
	gotReply, err := match.DecodeReply(replyText)
	if err != nil {
		panic(err)
	}
	samResult, final, err := samSide.Finish(gotReply, now)
	if err != nil {
		panic(err)
	}
	resultText := final.Encode()

	// Alex completes with the result code.
	gotFinal, err := match.DecodeFinal(resultText)
	if err != nil {
		panic(err)
	}
	alexResult, err := alexSide.Complete(gotFinal, now)
	if err != nil {
		panic(err)
	}

	for _, m := range samResult.BothYes {
		fmt.Printf("%s: %s\n", m.Activity, m.Roles("Sam", "Alex"))
	}
	fmt.Println("the same on both sides:", slices.Equal(alexResult.BothYes, samResult.BothYes) &&
		alexResult.Fingerprint == samResult.Fingerprint)
	// Output:
	// blindfold: Sam gives, Alex receives
	// the same on both sides: true
}
