package checklist_test

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

func TestDirectionInWords(t *testing.T) {
	w := checklist.BritishWords()
	cases := []struct {
		d    checklist.Direction
		want string
	}{
		{checklist.Giving, "giving"},
		{checklist.Receiving, "receiving"},
		{checklist.Together, ""},
	}
	for _, tc := range cases {
		if got := w.Direction(tc.d); got != tc.want {
			t.Errorf("Direction(%s) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestAnswerWordsAreDistinct(t *testing.T) {
	// "Not now" and "Hard limit" must read differently: they are different answers.
	w := checklist.BritishWords()
	seen := map[string]checklist.Answer{}
	for _, a := range append([]checklist.Answer{checklist.Unanswered}, checklist.Answers...) {
		s := w.Answer(a)
		if s == "" {
			t.Errorf("answer %s has no words", a)
		}
		if other, ok := seen[s]; ok {
			t.Errorf("answers %s and %s both read %q", other, a, s)
		}
		seen[s] = a
	}
}

func TestTranslateKeepsEmptyWordsEmpty(t *testing.T) {
	calls := 0
	w := checklist.BritishWords().Translate(func(s string) string { calls++; return "[" + s + "]" })
	if w.Together != "" {
		t.Errorf("Together became %q; an empty word must stay empty", w.Together)
	}
	if w.Giving != "[giving]" || w.Answer(checklist.HardLimit) != "[Hard limit]" {
		t.Errorf("words not translated: %+v", w)
	}
	if calls != 12 {
		t.Errorf("translated %d words, want 12 (every non-empty one)", calls)
	}
	if strings.Contains(checklist.BritishWords().Giving, "[") {
		t.Error("Translate changed the original words")
	}
}
