package checklist

import "sort"

// Limit is one of a person's limits, ready to show or to bring into a
// negotiation document.
type Limit struct {
	Key       Key
	Name      string // the activity's name
	Category  string // the activity's category ID
	Direction string // in words: "giving", "receiving", or "" for together
	Note      string // the person's note, often the detail of the limit
}

// Summary is an overview of one person's checklist.
type Summary struct {
	// Counts has the number of rows with each answer, Unanswered included,
	// over the rows of the checklist; every answer has a count, zero or not.
	Counts map[Answer]int
	// Hard and Soft are the person's hard limits and soft limits ("not
	// now"), kept apart, each sorted by category (in catalog order), then
	// by name, then giving before receiving.
	Hard []Limit
	Soft []Limit
}

// Summary sums up s over the checklist, with directions in the given words.
func (ix *Index) Summary(s *Sheet, w Words) Summary {
	sum := Summary{Counts: map[Answer]int{Unanswered: 0}}
	for _, a := range Answers {
		sum.Counts[a] = 0
	}
	for _, sl := range ix.slots {
		r := ix.row(sl, s)
		sum.Counts[r.Entry.Answer]++
		switch r.Entry.Answer {
		case HardLimit:
			sum.Hard = append(sum.Hard, ix.limit(r, w))
		case No:
			sum.Soft = append(sum.Soft, ix.limit(r, w))
		}
	}
	ix.sortLimits(sum.Hard)
	ix.sortLimits(sum.Soft)
	return sum
}

func (ix *Index) limit(r Row, w Words) Limit {
	return Limit{
		Key:       r.Key(),
		Name:      r.Activity.Name,
		Category:  r.Activity.Category,
		Direction: w.Direction(r.Direction),
		Note:      r.Entry.Note,
	}
}

func (ix *Index) sortLimits(ls []Limit) {
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := ls[i], ls[j]
		if ra, rb := ix.rank[a.Category], ix.rank[b.Category]; ra != rb {
			return ra < rb
		}
		if na, nb := fold(a.Name), fold(b.Name); na != nb {
			return na < nb
		}
		return a.Key.Direction < b.Key.Direction
	})
}
