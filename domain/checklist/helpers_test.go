package checklist_test

import (
	"fmt"
	"testing"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// testCatalog is small enough to reason about by hand. Its categories are
// listed touch first, so catalog order and alphabetical order differ.
//
// Rows, in order: hug/together, massage/giving, massage/receiving,
// cafe/together, paddle/giving, paddle/receiving, hand/giving, hand/receiving.
func testCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	c := &catalog.Catalog{
		Version: "test.1",
		Categories: []catalog.Category{
			{ID: "touch", Name: "Touch"},
			{ID: "impact", Name: "Impact"},
		},
		Activities: []catalog.Activity{
			{ID: "touch.hug", Name: "Hug", Description: "Arms around each other, held close.", Category: "touch", Kind: catalog.Together, Risk: catalog.RiskLow},
			{ID: "touch.massage", Name: "Massage", Description: "Hands working on tired shoulders.", Category: "touch", Kind: catalog.GiveReceive, Risk: catalog.RiskLow},
			{ID: "touch.cafe", Name: "Café date", Description: "A slow coffee before the scene.", Category: "touch", Kind: catalog.Together, Risk: catalog.RiskLow},
			{ID: "impact.paddle", Name: "Paddle", Description: "A flat wooden implement for spanking.", Category: "impact", Kind: catalog.GiveReceive, Risk: catalog.RiskMedium},
			{ID: "impact.hand", Name: "Spanking by hand", Description: "Open-handed and warm.", Category: "impact", Kind: catalog.GiveReceive, Risk: catalog.RiskLow},
		},
	}
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	return c
}

var t0 = time.Date(2026, 3, 14, 18, 30, 0, 0, time.UTC)

// key builds a Key from "activity/direction", e.g. "touch.massage/giving".
func key(s string) checklist.Key {
	var id, dir string
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			id, dir = s[:i], s[i+1:]
			break
		}
	}
	return checklist.Key{Activity: id, Direction: checklist.ParseDirection(dir)}
}

func keyString(k checklist.Key) string { return fmt.Sprintf("%s/%s", k.Activity, k.Direction) }

// sheetOf answers the keys given as "activity/direction" -> answer.
func sheetOf(answers map[string]checklist.Answer) *checklist.Sheet {
	s := checklist.NewSheet()
	for k, a := range answers {
		s.SetAnswer(key(k), a, t0)
	}
	return s
}

func rowKeys(rows []checklist.Row) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = keyString(r.Key())
	}
	return out
}
