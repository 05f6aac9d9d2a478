package invite

import (
	"crypto/rand"
	"testing"
	"time"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
)

func shipped(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// starter is Parley's side of an exchange, as Compare runs it.
type starter struct {
	cat     *catalog.Catalog
	pending *match.Pending
	inv     *match.Invitation
}

// startWith begins an exchange from a starter's sheet, as Parley does.
func startWith(t testing.TB, c *catalog.Catalog, sheet *checklist.Sheet, maybes bool) *starter {
	t.Helper()
	return startChoosing(t, c, match.Person{Sheet: sheet, Maybes: maybes})
}

// startChoosing begins an exchange with the starter's choice of tiers.
func startChoosing(t testing.TB, c *catalog.Catalog, me match.Person) *starter {
	t.Helper()
	p, inv, err := match.Start(rand.Reader, c, me, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return &starter{cat: c, pending: p, inv: inv}
}

// finish reads a reply code as Parley's Compare screen does: decode, find
// the pending exchange, Finish.
func (s *starter) finish(t testing.TB, replyText string) (match.Result, string) {
	t.Helper()
	reply, err := match.DecodeReply([]byte(replyText))
	if err != nil {
		t.Fatalf("Parley refuses the page's reply: %v", err)
	}
	p, err := match.Lookup([]*match.Pending{s.pending}, reply.Session, match.Starter)
	if err != nil {
		t.Fatal(err)
	}
	res, final, err := p.Finish(reply, time.Now())
	if err != nil {
		t.Fatalf("Parley refuses the page's reply: %v", err)
	}
	return res, string(final.Encode())
}

func key(id string, d checklist.Direction) checklist.Key {
	return checklist.Key{Activity: id, Direction: d}
}

// sheetOf builds a sheet from activity|direction -> answer.
func sheetOf(answers map[checklist.Key]checklist.Answer) *checklist.Sheet {
	s := checklist.NewSheet()
	for k, a := range answers {
		s.Put(k, checklist.Entry{Answer: a})
	}
	return s
}
