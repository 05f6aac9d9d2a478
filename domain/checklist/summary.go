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

// Wish is one of a person's Yes, Maybe or Fantasy-only answers that the
// summary lists on its own: a fantasy, or a Yes or Maybe with a condition.
type Wish struct {
	Limit               // the activity, direction and note, as for a limit
	Answer    Answer    // Yes, Maybe or FantasyOnly
	Condition Condition // the condition while the answer carries one
	// Conditions is Condition in words ("" for none), e.g. "only with
	// Alex, only gently".
	Conditions string
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
	// Fantasy lists the person's "fantasy only" answers: to talk about or
	// role-play, not to do. Conditional lists the Yes and Maybe answers
	// that carry a condition, with it. Both in the order of Hard. A
	// condition kept on an answer that cannot carry it (a Yes moved to
	// Not now) is not shown.
	Fantasy     []Wish
	Conditional []Wish
}

// Summary sums up s over the checklist, with directions in the given words.
func (ix *Index) Summary(s *Sheet, w Words) Summary {
	sum := Summary{Counts: map[Answer]int{Unanswered: 0}}
	for _, a := range AllAnswers {
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
		case FantasyOnly:
			sum.Fantasy = append(sum.Fantasy, ix.wish(r, w))
		}
		if !r.Entry.Conditions().IsZero() {
			sum.Conditional = append(sum.Conditional, ix.wish(r, w))
		}
	}
	ix.sortLimits(sum.Hard)
	ix.sortLimits(sum.Soft)
	ix.sortWishes(sum.Fantasy)
	ix.sortWishes(sum.Conditional)
	return sum
}

func (ix *Index) wish(r Row, w Words) Wish {
	c := r.Entry.Conditions()
	return Wish{Limit: ix.limit(r, w), Answer: r.Entry.Answer, Condition: c, Conditions: w.Condition(c)}
}

func (ix *Index) sortWishes(ws []Wish) {
	sort.SliceStable(ws, func(i, j int) bool { return ix.before(ws[i].Limit, ws[j].Limit) })
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
	sort.SliceStable(ls, func(i, j int) bool { return ix.before(ls[i], ls[j]) })
}

// before orders summary lines: by category (in catalog order), then by
// name, then giving before receiving.
func (ix *Index) before(a, b Limit) bool {
	if ra, rb := ix.rank[a.Category], ix.rank[b.Category]; ra != rb {
		return ra < rb
	}
	if na, nb := fold(a.Name), fold(b.Name); na != nb {
		return na < nb
	}
	return a.Key.Direction < b.Key.Direction
}
