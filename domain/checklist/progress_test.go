package checklist_test

import (
	"slices"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

func TestProgress(t *testing.T) {
	ix := checklist.NewIndex(testCatalog(t))
	cases := []struct {
		name            string
		sheet           *checklist.Sheet
		touch, impact   [2]int // answered, total
		overallAnswered int
	}{
		{"empty sheet", checklist.NewSheet(), [2]int{0, 4}, [2]int{0, 4}, 0},
		{"every kind of answer counts", filterSheet(), [2]int{3, 4}, [2]int{2, 4}, 5},
		{"answers outside the catalog are ignored", sheetOf(map[string]checklist.Answer{
			"touch.gone/together":    checklist.Yes,
			"custom:tea/together":    checklist.Maybe,
			"touch.hug/giving":       checklist.Yes, // hug has no direction
			"impact.paddle/together": checklist.No,  // paddle has two
			"touch.cafe/together":    checklist.Yes,
		}), [2]int{1, 4}, [2]int{0, 4}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := ix.Progress(tc.sheet)
			if len(ps) != 2 || ps[0].Category != "touch" || ps[1].Category != "impact" {
				t.Fatalf("want touch then impact, in catalog order; got %+v", ps)
			}
			for i, want := range [][2]int{tc.touch, tc.impact} {
				if ps[i].Answered != want[0] || ps[i].Total != want[1] {
					t.Errorf("%s: %d of %d, want %d of %d", ps[i].Category, ps[i].Answered, ps[i].Total, want[0], want[1])
				}
			}
			all := checklist.Overall(ps)
			if all.Answered != tc.overallAnswered || all.Total != 8 || all.Category != "" {
				t.Errorf("overall %+v, want %d of 8", all, tc.overallAnswered)
			}
		})
	}
}

func TestProgressIgnoresNotesAndTriedWithoutAnswer(t *testing.T) {
	ix := checklist.NewIndex(testCatalog(t))
	s := checklist.NewSheet()
	s.SetNote(key("touch.hug/together"), "Ask me on the day.")
	s.SetTried(key("touch.massage/giving"), true)
	if p := checklist.Overall(ix.Progress(s)); p.Answered != 0 {
		t.Errorf("a note or a tried mark counted as an answer: %+v", p)
	}
}

func TestProgressCountsCustomActivities(t *testing.T) {
	c := testCatalog(t).WithCustom([]catalog.Activity{
		{Name: "Tea afterwards", Description: "A pot of tea.", Category: "touch", Kind: catalog.Together},
		{Name: "Slow dance", Description: "Swaying to music.", Category: "mine", Kind: catalog.GiveReceive},
	})
	ix := checklist.NewIndex(c)
	s := sheetOf(map[string]checklist.Answer{
		"custom:tea afterwards/together": checklist.Yes,
		"custom:slow dance/receiving":    checklist.Maybe,
	})
	ps := ix.Progress(s)
	want := []checklist.Progress{
		{Category: "touch", Answered: 1, Total: 5},
		{Category: "impact", Answered: 0, Total: 4},
		{Category: "mine", Answered: 1, Total: 2},
	}
	if !slices.Equal(ps, want) {
		t.Errorf("got  %+v\nwant %+v", ps, want)
	}
}

func TestFraction(t *testing.T) {
	cases := []struct {
		p    checklist.Progress
		want float64
	}{
		{checklist.Progress{Answered: 0, Total: 0}, 0},
		{checklist.Progress{Answered: 0, Total: 4}, 0},
		{checklist.Progress{Answered: 3, Total: 4}, 0.75},
		{checklist.Progress{Answered: 4, Total: 4}, 1},
	}
	for _, tc := range cases {
		if got := tc.p.Fraction(); got != tc.want {
			t.Errorf("%+v.Fraction() = %v, want %v", tc.p, got, tc.want)
		}
	}
}
