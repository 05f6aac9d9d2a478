package checklist_test

import (
	"slices"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

func TestSummary(t *testing.T) {
	ix := checklist.NewIndex(testCatalog(t))
	s := sheetOf(map[string]checklist.Answer{
		"touch.hug/together":      checklist.Yes,
		"touch.massage/giving":    checklist.Yes,
		"touch.massage/receiving": checklist.HardLimit,
		"touch.cafe/together":     checklist.HardLimit,
		"impact.hand/giving":      checklist.HardLimit,
		"impact.hand/receiving":   checklist.No,
		"impact.paddle/giving":    checklist.No,
		"impact.paddle/receiving": checklist.Maybe,
	})
	s.SetNote(key("touch.massage/receiving"), "Not while my shoulder heals.")
	s.SetNote(key("impact.paddle/giving"), "Maybe once I have practised.")

	sum := ix.Summary(s, checklist.BritishWords())

	wantCounts := map[checklist.Answer]int{
		checklist.Yes: 2, checklist.Maybe: 1, checklist.No: 2, checklist.HardLimit: 3, checklist.Unanswered: 0,
	}
	for a, n := range wantCounts {
		if sum.Counts[a] != n {
			t.Errorf("count of %s = %d, want %d", a, sum.Counts[a], n)
		}
	}

	// Touch comes before impact (catalog order); within a category, by name
	// ("Café date" before "Massage", although the catalog lists massage first).
	wantHard := []checklist.Limit{
		{Key: key("touch.cafe/together"), Name: "Café date", Category: "touch", Direction: ""},
		{Key: key("touch.massage/receiving"), Name: "Massage", Category: "touch", Direction: "receiving", Note: "Not while my shoulder heals."},
		{Key: key("impact.hand/giving"), Name: "Spanking by hand", Category: "impact", Direction: "giving"},
	}
	wantSoft := []checklist.Limit{
		{Key: key("impact.paddle/giving"), Name: "Paddle", Category: "impact", Direction: "giving", Note: "Maybe once I have practised."},
		{Key: key("impact.hand/receiving"), Name: "Spanking by hand", Category: "impact", Direction: "receiving"},
	}
	if !slices.Equal(sum.Hard, wantHard) {
		t.Errorf("hard limits\n got  %+v\n want %+v", sum.Hard, wantHard)
	}
	if !slices.Equal(sum.Soft, wantSoft) {
		t.Errorf("soft limits\n got  %+v\n want %+v", sum.Soft, wantSoft)
	}
}

func TestSummaryOfEmptySheet(t *testing.T) {
	sum := checklist.NewIndex(testCatalog(t)).Summary(checklist.NewSheet(), checklist.BritishWords())
	if sum.Counts[checklist.Unanswered] != 8 || len(sum.Hard) != 0 || len(sum.Soft) != 0 {
		t.Errorf("empty sheet summary %+v; want 8 unanswered and no limits", sum)
	}
	for _, a := range checklist.Answers {
		if n, ok := sum.Counts[a]; !ok || n != 0 {
			t.Errorf("count of %s = %d, %v; want a zero that is present", a, n, ok)
		}
	}
}

func TestSummaryUsesTheGivenWords(t *testing.T) {
	ix := checklist.NewIndex(testCatalog(t))
	s := sheetOf(map[string]checklist.Answer{"touch.massage/giving": checklist.HardLimit})
	w := checklist.BritishWords().Translate(strings.ToUpper)
	if got := ix.Summary(s, w).Hard[0].Direction; got != "GIVING" {
		t.Errorf("direction in translated words = %q, want GIVING", got)
	}
}
