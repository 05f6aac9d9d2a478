package invite

import (
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/internal/starter"
)

// startWith begins an exchange from a starter's sheet, as Parley does.
func startWith(t testing.TB, c *catalog.Catalog, sheet *checklist.Sheet, maybes bool) *starter.Starter {
	t.Helper()
	return starter.Start(t, c, match.Person{Sheet: sheet, Maybes: maybes})
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
