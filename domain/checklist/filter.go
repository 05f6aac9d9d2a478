package checklist

import "strings"

// AnswerSet is a set of answers, for filtering by answer. The zero value is
// the empty set.
type AnswerSet uint8

// AnswerSetOf returns the set holding the given answers.
func AnswerSetOf(as ...Answer) AnswerSet {
	var s AnswerSet
	for _, a := range as {
		s = s.With(a)
	}
	return s
}

// With returns the set with a added.
func (s AnswerSet) With(a Answer) AnswerSet { return s | 1<<uint(a) }

// Without returns the set with a removed.
func (s AnswerSet) Without(a Answer) AnswerSet { return s &^ (1 << uint(a)) }

// Has reports whether a is in the set.
func (s AnswerSet) Has(a Answer) bool { return s&(1<<uint(a)) != 0 }

// IsEmpty reports whether the set holds no answer.
func (s AnswerSet) IsEmpty() bool { return s == 0 }

// Filter says which rows the checklist screen shows. The zero value shows
// every row. The conditions combine: a row is shown when it passes each one
// that is set.
type Filter struct {
	// Category is a category ID; "" means every category.
	Category string
	// Unanswered and Answers together say which answers to show: a row
	// passes when it is unanswered and Unanswered is set, or when its answer
	// is in Answers. When neither is set every answer passes. Unanswered
	// alone is "only what I have not answered yet".
	Unanswered bool
	Answers    AnswerSet
	// Search is text typed by the person. Every word in it must appear,
	// in any order, in the activity's name or description; case and the
	// accents of Latin letters are ignored.
	Search string
}

// Filter returns the rows of the checklist that pass f, in catalog order,
// with the entries from s.
func (ix *Index) Filter(s *Sheet, f Filter) []Row {
	answers := f.Answers
	if f.Unanswered {
		answers = answers.With(Unanswered)
	}
	words := searchWords(f.Search)
	var out []Row
	for _, sl := range ix.slots {
		a := &ix.cat.Activities[sl.act]
		if f.Category != "" && a.Category != f.Category {
			continue
		}
		if len(words) > 0 && !containsAll(ix.search[sl.act], words) {
			continue
		}
		e := s.Get(Key{Activity: a.ID, Direction: sl.dir})
		if !answers.IsEmpty() && !answers.Has(e.Answer) {
			continue
		}
		out = append(out, Row{Activity: *a, Direction: sl.dir, Entry: e})
	}
	return out
}

func containsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
