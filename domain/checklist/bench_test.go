package checklist_test

import (
	"fmt"
	"os"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// bigCatalog is the shipped catalog copied ten times over, with suffixed IDs
// and names: a checklist far longer than anyone will have.
func bigCatalog(b *testing.B) *catalog.Catalog {
	b.Helper()
	data, err := os.ReadFile("../../assets/catalog.json")
	if err != nil {
		b.Fatal(err)
	}
	base, err := catalog.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	big := &catalog.Catalog{Version: base.Version, Categories: base.Categories}
	for n := 0; n < 10; n++ {
		for _, a := range base.Activities {
			if n > 0 {
				a.ID = fmt.Sprintf("%s-%d", a.ID, n)
				a.Name = fmt.Sprintf("%s %d", a.Name, n)
			}
			big.Activities = append(big.Activities, a)
		}
	}
	if err := big.Check(); err != nil {
		b.Fatal(err)
	}
	return big
}

// halfAnswered answers every other row, cycling through the four answers.
func halfAnswered(ix *checklist.Index) *checklist.Sheet {
	s := checklist.NewSheet()
	for i, r := range ix.Rows(s) {
		if i%2 == 0 {
			s.SetAnswer(r.Key(), checklist.Answers[(i/2)%len(checklist.Answers)], t0)
		}
	}
	return s
}

func setup(b *testing.B) (*checklist.Index, *checklist.Sheet) {
	ix := checklist.NewIndex(bigCatalog(b))
	s := halfAnswered(ix)
	b.Logf("%d activities, %d rows, %d answered", len(ix.Catalog().Activities), ix.Len(), checklist.Overall(ix.Progress(s)).Answered)
	return ix, s
}

func BenchmarkFilter(b *testing.B) {
	ix, s := setup(b)
	filters := []checklist.Filter{
		{},
		{Category: "restraint"},
		{Unanswered: true},
		{Answers: checklist.AnswerSetOf(checklist.No, checklist.HardLimit)},
		{Category: "impact", Answers: checklist.AnswerSetOf(checklist.Yes, checklist.Maybe)},
	}
	i := 0
	for b.Loop() {
		ix.Filter(s, filters[i%len(filters)])
		i++
	}
}

// BenchmarkSearch types a search one keystroke at a time.
func BenchmarkSearch(b *testing.B) {
	ix, s := setup(b)
	typed := []string{"r", "ro", "rop", "rope", "rope ", "rope w", "rope wr", "rope wri", "rope wris", "rope wrist"}
	i := 0
	for b.Loop() {
		ix.Filter(s, checklist.Filter{Search: typed[i%len(typed)]})
		i++
	}
}

// BenchmarkAnswer sets one answer, then recomputes what the screen shows:
// the visible rows (one category, unanswered only) and the progress bars.
func BenchmarkAnswer(b *testing.B) {
	ix, s := setup(b)
	f := checklist.Filter{Category: "sensation", Unanswered: true}
	keys := ix.Rows(s)
	i := 0
	for b.Loop() {
		k := keys[(i*7)%len(keys)].Key()
		s.SetAnswer(k, checklist.Answers[i%len(checklist.Answers)], t0)
		ix.Filter(s, f)
		checklist.Overall(ix.Progress(s))
		i++
	}
}
