// Package starter is Parley's side of an exchange for the invitation
// page's tests: the shipped catalog, an invitation started and a reply
// finished exactly as the Compare screen does (decode, find the waiting
// exchange, Finish). Package invite's tests and package responder's tests
// both play the starter against the page; this is the one copy they share,
// so both prove the page against the same Parley. Only tests import it.
package starter

import (
	"crypto/rand"
	"testing"
	"time"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/match"
)

// Shipped is the catalog Parley ships.
func Shipped(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Starter is one exchange begun in Parley and waiting for its reply.
type Starter struct {
	Cat     *catalog.Catalog
	Pending *match.Pending
	Inv     *match.Invitation
}

// Start begins an exchange from the starter's answers and choice of tiers.
func Start(t testing.TB, c *catalog.Catalog, me match.Person) *Starter {
	t.Helper()
	p, inv, err := match.Start(rand.Reader, c, me, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return &Starter{Cat: c, Pending: p, Inv: inv}
}

// Finish reads a reply code as Compare does and returns the starter's
// result and the result code for the page.
func (s *Starter) Finish(t testing.TB, replyText string) (match.Result, string) {
	t.Helper()
	reply, err := match.DecodeReply([]byte(replyText))
	if err != nil {
		t.Fatalf("Parley refuses the page's reply: %v", err)
	}
	p, err := match.Lookup([]*match.Pending{s.Pending}, reply.Session, match.Starter)
	if err != nil {
		t.Fatal(err)
	}
	res, final, err := p.Finish(reply, time.Now())
	if err != nil {
		t.Fatalf("Parley refuses the page's reply: %v", err)
	}
	return res, string(final.Encode())
}
