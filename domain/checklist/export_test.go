package checklist_test

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// The export lists every answer the person gave (hard limits and notes
// included, since it is their own file on their own request), in catalog
// order, and nothing they left unanswered; the warning comes first.
func TestExportTextShowsEveryAnswerAndWarnsFirst(t *testing.T) {
	cat := testCatalog(t).WithCustom([]catalog.Activity{{Name: "Reading aloud", Description: "Stories.", Category: "touch", Kind: catalog.Together}})
	s := checklist.NewSheet()
	paddleIn := checklist.Key{Activity: "impact.paddle", Direction: checklist.Receiving}
	s.SetAnswer(paddleIn, checklist.HardLimit, t0)
	s.SetNote(paddleIn, "old\nback injury")
	s.SetAnswer(checklist.Key{Activity: "impact.paddle", Direction: checklist.Giving}, checklist.Maybe, t0)
	hug := checklist.Key{Activity: "touch.hug", Direction: checklist.Together}
	s.SetAnswer(hug, checklist.Yes, t0)
	s.SetTried(hug, true)
	s.SetAnswer(checklist.Key{Activity: catalog.CustomID("Reading aloud"), Direction: checklist.Together}, checklist.Maybe, t0)
	s.SetTried(checklist.Key{Activity: "impact.hand", Direction: checklist.Giving}, true) // tried but not answered: not listed

	got := checklist.ExportText(cat, s, checklist.BritishWords(), "Sam's answers,\n2 December 2026")
	want := "Sam's answers, 2 December 2026\n\n" + checklist.ExportWarning + "\n" +
		"\nTouch\n  Hug: Yes (tried)\n  Reading aloud: Maybe\n" +
		"\nImpact\n  Paddle: giving Maybe; receiving Hard limit\n      receiving note: old back injury\n"
	if got != want {
		t.Errorf("export:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(checklist.ExportWarning, "not encrypted") {
		t.Error("the warning does not say the file is not encrypted")
	}
}

func TestExportOfAnEmptySheetIsOnlyTheWarning(t *testing.T) {
	got := checklist.ExportText(testCatalog(t), checklist.NewSheet(), checklist.BritishWords(), "Alex's answers")
	if got != "Alex's answers\n\n"+checklist.ExportWarning+"\n" {
		t.Errorf("empty export: %q", got)
	}
}
