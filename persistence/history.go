package persistence

// What the History screen asks of the negotiations store beyond
// negotiations.go: the first page of a search, so that a vault of years
// opens and answers at once.

import (
	"strings"
)

// SearchNegotiationsPage is SearchNegotiations (the same scene
// negotiations, in the same order: the most recently changed first) cut
// to the first limit; more reports whether there were others. SQLite
// keeps only the newest limit rows while it scans, so a page costs a
// fraction of the whole list.
func (v *Vault) SearchNegotiationsPage(query, person, state string, limit int) (page []NegotiationSummary, more bool, err error) {
	db, err := v.conn()
	if err != nil {
		return nil, false, err
	}
	where, args := negotiationFilter(kindScene, query, person, state, v.store.now())
	// With nothing to filter, walking the index on updated from the newest
	// end stops after one page; with a filter, a pass over the table that
	// keeps the newest rows is faster (see SearchNegotiations).
	order := "+updated"
	if len(where) == 1 {
		order = "updated"
	}
	args = append(args, limit+1)
	page, err = queryAll(db, scanSummary, `SELECT `+summaryColumns+`
		FROM (SELECT *, `+stateSQL+` AS shown_state FROM negotiations) AS n
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY `+order+` DESC, created DESC, id
		LIMIT ?`, args...)
	if err != nil {
		return nil, false, err
	}
	if len(page) > limit {
		return page[:limit], true, nil
	}
	return page, false, nil
}
