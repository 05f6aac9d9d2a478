package checklist_test

import (
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

func TestSetAnswerRecordsChanges(t *testing.T) {
	k := key("touch.massage/receiving")
	t1 := t0.Add(time.Hour)
	cases := []struct {
		name    string
		before  checklist.Answer // answered at t0 first, unless Unanswered
		set     checklist.Answer
		changed bool
	}{
		{"first answer", checklist.Unanswered, checklist.Yes, true},
		{"maybe hardens to a hard limit", checklist.Maybe, checklist.HardLimit, true},
		{"soft limit opens to yes", checklist.No, checklist.Yes, true},
		{"answer taken back", checklist.Maybe, checklist.Unanswered, true},
		{"same answer again", checklist.HardLimit, checklist.HardLimit, false},
		{"unanswered stays unanswered", checklist.Unanswered, checklist.Unanswered, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := checklist.NewSheet()
			if tc.before != checklist.Unanswered {
				s.SetAnswer(k, tc.before, t0)
			}
			before := s.Get(k)
			c, ok := s.SetAnswer(k, tc.set, t1)
			if ok != tc.changed {
				t.Fatalf("changed = %v, want %v", ok, tc.changed)
			}
			if !tc.changed {
				if c != (checklist.Change{}) {
					t.Errorf("no change, yet a Change was returned: %+v", c)
				}
				if s.Get(k) != before {
					t.Errorf("entry moved from %+v to %+v without a change", before, s.Get(k))
				}
				return
			}
			want := checklist.Change{Key: k, From: tc.before, To: tc.set, At: t1}
			if c != want {
				t.Errorf("change %+v, want %+v", c, want)
			}
			if e := s.Get(k); e.Answer != tc.set || !e.Changed.Equal(t1) {
				t.Errorf("entry %+v, want answer %s changed at %v", e, tc.set, t1)
			}
		})
	}
}

func TestSetAnswerKeepsNoteAndTried(t *testing.T) {
	s := checklist.NewSheet()
	k := key("impact.paddle/giving")
	s.SetNote(k, "Only the leather one.")
	s.SetTried(k, true)
	s.SetAnswer(k, checklist.Maybe, t0)
	s.SetAnswer(k, checklist.Unanswered, t0.Add(time.Minute))
	if e := s.Get(k); e.Note != "Only the leather one." || !e.Tried {
		t.Errorf("changing the answer lost the note or the tried mark: %+v", e)
	}
}
