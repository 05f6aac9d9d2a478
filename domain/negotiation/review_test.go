package negotiation

import (
	"slices"
	"testing"
)

func TestReviewOfACarefulDocumentIsEmpty(t *testing.T) {
	if fs := Review(goodDoc(), goodFacts()); len(fs) != 0 {
		t.Errorf("a complete negotiation got findings: %v", fs)
	}
}

func TestReviewShowsBlockingFirstThenWarningsThenTips(t *testing.T) {
	d := goodDoc()
	d.Safewords.Word = ""                    // a warning
	d.Scene.Activities[3].Status = StatusYes // wax play can leave marks: a tip
	// Sam's hard limit, with no status yet: blocks printing.
	d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "gag", Name: "gag"})
	fs := Review(d, goodFacts())
	recordMessages(t, fs)
	got := ruleIDs(fs)
	want := []RuleID{RuleHardLimitInScope, RuleNoCustomWord, RuleMarks}
	if !slices.Equal(got, want) {
		t.Fatalf("review = %v, want %v", got, want)
	}
	for i := 1; i < len(fs); i++ {
		if fs[i-1].Severity.rank() > fs[i].Severity.rank() {
			t.Errorf("finding %d (%s) is shown after a less serious one", i, fs[i].Severity)
		}
	}
}

func TestCanPrint(t *testing.T) {
	block := Finding{Rule: RuleHardLimitInScope, Severity: BlocksPrinting, Message: "Gag is a hard limit."}
	warn := Finding{Rule: RuleNoCustomWord, Severity: Warning, Message: "No word."}
	tip := Finding{Rule: RuleMarks, Severity: Tip, Message: "Marks."}
	cases := []struct {
		name    string
		in      []Finding
		ok      bool
		reasons []string
	}{
		{"nothing found", nil, true, nil},
		{"warnings and tips do not stop printing", []Finding{warn, tip}, true, nil},
		{"a blocking finding stops it", []Finding{warn, block, tip}, false, []string{"Gag is a hard limit."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ok, reasons := CanPrint(c.in)
			if ok != c.ok || !slices.Equal(reasons, c.reasons) {
				t.Errorf("CanPrint = %v %v, want %v %v", ok, reasons, c.ok, c.reasons)
			}
		})
	}
}

func TestFreshTemplatesCanBePrintedButAreReviewed(t *testing.T) {
	people := []Participant{{Name: "Alex"}, {Name: "Sam"}}
	now := date(5, 1, 18, 0)
	for _, d := range []Document{New(people, now), FirstScene(people, now), Established(people, now), PlayParty(people, now)} {
		fs := Review(d, Facts{Now: now})
		if ok, why := CanPrint(fs); !ok {
			t.Errorf("%s: a fresh template is blocked: %v", d.Template, why)
		}
		ids := ruleIDs(fs)
		for _, must := range []RuleID{RuleAftercareMissing, RuleNoCustomWord, RuleDebriefMissing} {
			if !slices.Contains(ids, must) {
				t.Errorf("%s: review lacks %s: %v", d.Template, must, ids)
			}
		}
	}
}

func TestEverySectionHasALabel(t *testing.T) {
	for _, s := range []Section{SectionTitle, SectionParticipants, SectionDates, SectionActivities, SectionIntensity,
		SectionDuration, SectionSetting, SectionRoles, SectionLimits, SectionSafewords, SectionPhysical,
		SectionEmotional, SectionAftercare, SectionNewFactors, SectionDebrief, SectionExtraction, SectionSceneDay, SectionSafeCall} {
		if l := s.Label(); l == string(s) || l == "" {
			t.Errorf("section %q has no heading", s)
		}
	}
}

// Blockers are CanPrint's reasons as messages: the same findings, so a
// screen in another language shows exactly what stops printing.
func TestBlockersAreTheReasonsAsMessages(t *testing.T) {
	d := goodDoc()
	d.Safewords.Signal = ""
	d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "gag", Name: "gag", LimitsSpeech: true})
	fs := Review(d, goodFacts())
	ok, reasons := CanPrint(fs)
	msgs := Blockers(fs)
	if ok || len(reasons) == 0 || len(msgs) != len(reasons) {
		t.Fatalf("reasons %q, messages %v", reasons, msgs)
	}
	for i, m := range msgs {
		if got := english.Render(m); got != reasons[i] {
			t.Errorf("%q != %q", got, reasons[i])
		}
	}
}
