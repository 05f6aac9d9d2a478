package checklist_test

import (
	"slices"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

// filterSheet: hug yes, massage maybe to give and a hard limit to receive,
// paddle not now to give, hand yes to receive. Unanswered: cafe,
// paddle/receiving, hand/giving.
func filterSheet() *checklist.Sheet {
	return sheetOf(map[string]checklist.Answer{
		"touch.hug/together":      checklist.Yes,
		"touch.massage/giving":    checklist.Maybe,
		"touch.massage/receiving": checklist.HardLimit,
		"impact.paddle/giving":    checklist.No,
		"impact.hand/receiving":   checklist.Yes,
	})
}

func TestFilter(t *testing.T) {
	all := []string{
		"touch.hug/together", "touch.massage/giving", "touch.massage/receiving", "touch.cafe/together",
		"impact.paddle/giving", "impact.paddle/receiving", "impact.hand/giving", "impact.hand/receiving",
	}
	cases := []struct {
		name   string
		filter checklist.Filter
		want   []string
	}{
		{"nothing set shows every row", checklist.Filter{}, all},
		{"one category", checklist.Filter{Category: "touch"},
			[]string{"touch.hug/together", "touch.massage/giving", "touch.massage/receiving", "touch.cafe/together"}},
		{"the other category", checklist.Filter{Category: "impact"},
			[]string{"impact.paddle/giving", "impact.paddle/receiving", "impact.hand/giving", "impact.hand/receiving"}},
		{"unknown category", checklist.Filter{Category: "nowhere"}, nil},
		{"only unanswered", checklist.Filter{Unanswered: true},
			[]string{"touch.cafe/together", "impact.paddle/receiving", "impact.hand/giving"}},
		{"only yes", checklist.Filter{Answers: checklist.AnswerSetOf(checklist.Yes)},
			[]string{"touch.hug/together", "impact.hand/receiving"}},
		{"both kinds of limit", checklist.Filter{Answers: checklist.AnswerSetOf(checklist.No, checklist.HardLimit)},
			[]string{"touch.massage/receiving", "impact.paddle/giving"}},
		{"unanswered or yes", checklist.Filter{Unanswered: true, Answers: checklist.AnswerSetOf(checklist.Yes)},
			[]string{"touch.hug/together", "touch.cafe/together", "impact.paddle/receiving", "impact.hand/giving", "impact.hand/receiving"}},
		{"search by name", checklist.Filter{Search: "paddle"},
			[]string{"impact.paddle/giving", "impact.paddle/receiving"}},
		{"search by description, any case", checklist.Filter{Search: "SHOULDERS"},
			[]string{"touch.massage/giving", "touch.massage/receiving"}},
		{"search finds name and description alike", checklist.Filter{Search: "spank"},
			[]string{"impact.paddle/giving", "impact.paddle/receiving", "impact.hand/giving", "impact.hand/receiving"}},
		{"several words must all match", checklist.Filter{Search: "wooden spank"},
			[]string{"impact.paddle/giving", "impact.paddle/receiving"}},
		{"word order does not matter", checklist.Filter{Search: "spank   wooden"},
			[]string{"impact.paddle/giving", "impact.paddle/receiving"}},
		{"words from two different activities match neither", checklist.Filter{Search: "hug massage"}, nil},
		{"accents ignored in the query", checklist.Filter{Search: "CAFÉ"}, []string{"touch.cafe/together"}},
		{"accents ignored in the catalog", checklist.Filter{Search: "cafe"}, []string{"touch.cafe/together"}},
		{"blank search shows everything", checklist.Filter{Search: "  \t "}, all},
		{"no match", checklist.Filter{Search: "xylophone"}, nil},
		{"category and answer", checklist.Filter{Category: "impact", Answers: checklist.AnswerSetOf(checklist.Yes)},
			[]string{"impact.hand/receiving"}},
		{"category, search and answer", checklist.Filter{Category: "touch", Search: "hands", Answers: checklist.AnswerSetOf(checklist.Maybe)},
			[]string{"touch.massage/giving"}},
		{"search and unanswered", checklist.Filter{Search: "spanking", Unanswered: true},
			[]string{"impact.paddle/receiving", "impact.hand/giving"}},
		{"search in one category misses another's", checklist.Filter{Category: "touch", Search: "paddle"}, nil},
	}
	ix := checklist.NewIndex(testCatalog(t))
	s := filterSheet()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := rowKeys(ix.Filter(s, tc.filter))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestRowsCarryActivityAndEntry(t *testing.T) {
	ix := checklist.NewIndex(testCatalog(t))
	s := filterSheet()
	s.SetNote(key("touch.massage/receiving"), "My back is sore this month.")
	rows := ix.Rows(s)
	if len(rows) != ix.Len() || len(rows) != 8 {
		t.Fatalf("got %d rows, Len %d; want 8: one per together activity, two per give-receive one", len(rows), ix.Len())
	}
	r := rows[2]
	if r.Activity.Name != "Massage" || r.Direction != checklist.Receiving {
		t.Fatalf("row 2 is %s/%s", r.Activity.Name, r.Direction)
	}
	if r.Entry.Answer != checklist.HardLimit || r.Entry.Note != "My back is sore this month." {
		t.Errorf("row 2 entry is %+v", r.Entry)
	}
}

func TestAnswerSet(t *testing.T) {
	s := checklist.AnswerSetOf(checklist.Yes, checklist.HardLimit)
	for _, a := range []checklist.Answer{checklist.Unanswered, checklist.Yes, checklist.Maybe, checklist.No, checklist.HardLimit} {
		want := a == checklist.Yes || a == checklist.HardLimit
		if s.Has(a) != want {
			t.Errorf("Has(%s) = %v", a, !want)
		}
	}
	if s = s.Without(checklist.Yes).Without(checklist.HardLimit); !s.IsEmpty() {
		t.Error("removing every answer should leave the set empty")
	}
	if !(checklist.AnswerSet(0)).IsEmpty() {
		t.Error("the zero AnswerSet should be empty")
	}
}
