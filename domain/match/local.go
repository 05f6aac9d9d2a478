package match

import (
	"fmt"
	"io"
	"reflect"
	"time"

	"parley/domain/catalog"
)

// Compare runs the whole exchange in memory, for two people at one
// computer: the same three steps as between two computers, so both modes
// reveal exactly the same things. It returns the Result both sides learn.
func Compare(rnd io.Reader, c *catalog.Catalog, starter, responder Person) (Result, error) {
	s, r, err := compareBoth(rnd, c, starter, responder)
	if err != nil {
		return Result{}, err
	}
	if !reflect.DeepEqual(s, r) {
		return Result{}, fmt.Errorf("match: the two sides reached different results")
	}
	return s, nil
}

// compareBoth returns the starter's and the responder's Result.
func compareBoth(rnd io.Reader, c *catalog.Catalog, starter, responder Person) (Result, Result, error) {
	var now time.Time // nothing is stored, so nothing can expire
	sp, inv, err := Start(rnd, c, starter, now)
	if err != nil {
		return Result{}, Result{}, err
	}
	rp, reply, err := Respond(rnd, c, responder, inv, now)
	if err != nil {
		return Result{}, Result{}, err
	}
	sres, final, err := sp.Finish(reply, now)
	if err != nil {
		return Result{}, Result{}, err
	}
	rres, err := rp.Complete(final, now)
	return sres, rres, err
}
