package checklist

// Progress is how far a person has got through part of the checklist.
type Progress struct {
	Category string // category ID; "" for the whole checklist
	Answered int    // rows with a real answer (yes, maybe, not now, hard limit)
	Total    int    // rows in all
}

// Fraction is Answered / Total, between 0 and 1; 0 when there are no rows.
func (p Progress) Fraction() float64 {
	if p.Total == 0 {
		return 0
	}
	return float64(p.Answered) / float64(p.Total)
}

// Progress returns one Progress per category, in catalog order (followed by
// any category only custom activities use). A tried-before mark or a note
// without an answer does not count as answered, and answers to activities
// that are not in the catalog are not counted.
func (ix *Index) Progress(s *Sheet) []Progress {
	out := make([]Progress, len(ix.cats))
	for i, id := range ix.cats {
		out[i].Category = id
	}
	for _, sl := range ix.slots {
		a := &ix.cat.Activities[sl.act]
		p := &out[ix.rank[a.Category]]
		p.Total++
		if s.Get(Key{Activity: a.ID, Direction: sl.dir}).Answer != Unanswered {
			p.Answered++
		}
	}
	return out
}

// Overall adds the categories' progress up into one for the whole checklist.
func Overall(ps []Progress) Progress {
	var all Progress
	for _, p := range ps {
		all.Answered += p.Answered
		all.Total += p.Total
	}
	return all
}
