package negotiation

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// date is a time in May 2026 (UTC) unless another month is given.
func date(m time.Month, d, h, min int) time.Time {
	return time.Date(2026, m, d, h, min, 0, 0, time.UTC)
}

// goodDoc is a complete, careful negotiation between Alex (p1, giving)
// and Sam (p2, receiving): the review should have nothing to say about it.
func goodDoc() Document {
	return Document{
		Format: FormatVersion,
		Title:  "Friday",
		Participants: []Participant{
			{
				ID: "p1", Name: "Alex", Pronouns: "he/him",
				Limits:       Limits{Hard: []LimitItem{{Text: "name-calling"}}},
				Physical:     "Old left shoulder injury: no arms above the head.",
				Intoxication: "Nothing",
				Aftercare: Aftercare{
					Immediate:  Care{What: "A quiet sit on the sofa with tea", By: []string{"p2"}},
					ShortTerm:  Care{What: "A message the next morning", By: []string{"p2"}},
					LongerTerm: Care{What: "Say so if I feel low", By: []string{"p1"}},
				},
			},
			{
				ID: "p2", Name: "Sam",
				Limits: Limits{
					Hard: []LimitItem{{ActivityID: "gag", Text: "Gag"}},
					Soft: []LimitItem{{ActivityID: "spanking", Text: "Spanking", Condition: "light, over clothes"}},
				},
				Physical:     "None.",
				Intoxication: "None",
				Emotional:    Emotional{Words: "Nothing about my weight."},
				Aftercare: Aftercare{
					Immediate:  Care{What: "Water, a blanket and a long cuddle", By: []string{"p1"}},
					ShortTerm:  Care{What: "Breakfast together, no big plans", By: []string{"p1"}},
					LongerTerm: Care{What: "A check-in call on Sunday", By: []string{"p1"}},
				},
			},
		},
		NegotiatedOn: date(5, 1, 18, 0),
		AgreedOn:     date(5, 2, 12, 0),
		SceneOn:      date(5, 8, 20, 0),
		DebriefOn:    date(5, 10, 19, 0),
		Scene: Scene{
			Activities: []Activity{
				{ID: "blindfold", Name: "blindfold", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
				{ID: "wrist-cuffs", Name: "wrist cuffs", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
				{ID: "custom:feather", Name: "feather", Status: StatusTry, Givers: []string{"p1"}, Receivers: []string{"p2"}},
				{ID: "wax", Name: "wax play", Status: StatusNotThisTime, Marks: true},
			},
			Intensity: IntensityLight, Pace: PaceSteady,
			DurationMinutes: 30, DurationText: "about 30 minutes",
			Setting: Setting{Place: "our flat", Room: "bedroom", Around: "nobody else home"},
			Roles: []Role{
				{ParticipantID: "p1", Role: "leading", Meaning: "sets the pace", SceneName: "Sir"},
				{ParticipantID: "p2", Role: "following"},
			},
		},
		Safewords: Safewords{TrafficLight: true, Word: "rutabaga", Signal: "three taps on the arm"},
	}
}

// goodFacts: reviewed on 3 May, both have tried everything in goodDoc.
func goodFacts() Facts {
	all := func() map[string]bool {
		return map[string]bool{"blindfold": true, "wrist-cuffs": true, "custom:feather": true}
	}
	return Facts{Now: date(5, 3, 10, 0), Tried: map[string]map[string]bool{"p1": all(), "p2": all()}}
}

type ruleCase struct {
	name  string
	edit  func(d *Document)
	facts func(f *Facts)
	want  []RuleID
}

// runRule checks one rule against goodDoc edited per case: exactly the
// expected rule IDs in order, each with a sentence and a section.
func runRule(t *testing.T, r rule, cases []ruleCase) {
	t.Helper()
	runRuleOn(t, goodDoc, r, cases)
}

// runRuleOn is runRule with another document to edit per case.
func runRuleOn(t *testing.T, base func() Document, r rule, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, f := base(), goodFacts()
			if c.edit != nil {
				c.edit(&d)
			}
			if c.facts != nil {
				c.facts(&f)
			}
			got := r(d, f)
			recordMessages(t, got)
			if ids := ruleIDs(got); !slices.Equal(ids, c.want) {
				t.Fatalf("rules = %v, want %v\n%v", ids, c.want, got)
			}
			for _, fd := range got {
				if !strings.HasSuffix(fd.Message, ".") || fd.Message[0] < 'A' || fd.Message[0] > 'Z' {
					t.Errorf("message is not a sentence: %q", fd.Message)
				}
				if fd.Field.Section == "" || fd.Severity == "" {
					t.Errorf("finding lacks a section or severity: %+v", fd)
				}
			}
		})
	}
}

func ruleIDs(fs []Finding) []RuleID {
	var out []RuleID
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func lineTexts(ls []ChangeLine) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}
