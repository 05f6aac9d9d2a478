package negotiation

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCheckWayOut(t *testing.T) {
	runRuleOn(t, goodAgreement, checkWayOut, []ruleCase{
		{name: "pause, end and what then are written", want: nil},
		{name: "nothing written about stopping", edit: func(d *Document) { d.Agreement.Exit = Exit{} },
			want: []RuleID{RuleNoWayOut}},
		{name: "white space is not a way out", edit: func(d *Document) { d.Agreement.Exit = Exit{Pause: "  ", End: "\n", Then: "A talk."} },
			want: []RuleID{RuleNoWayOut}},
		{name: "only ending is written", edit: func(d *Document) { d.Agreement.Exit.Pause = "" },
			want: []RuleID{RuleNoPause}},
		{name: "only pausing is written", edit: func(d *Document) { d.Agreement.Exit.End = "" },
			want: []RuleID{RuleNoEnd}},
		{name: "nothing says what happens then", edit: func(d *Document) { d.Agreement.Exit.Then = "" },
			want: []RuleID{RuleExitNoThen}},
	})
}

func TestNoWayOutBlocksPrintingAndTheRestIsAdvice(t *testing.T) {
	d := goodAgreement()
	d.Agreement.Exit = Exit{}
	ok, why := Printable(d, goodFacts())
	if ok || len(why) != 1 || !strings.Contains(why[0], "pause or end") {
		t.Fatalf("an agreement with no way to pause or end prints: %v %q", ok, why)
	}
	d = goodAgreement()
	d.Agreement.ReviewOn = d.AgreedOn.AddDate(0, 0, -1)
	d.Agreement.CheckIn = CheckIn{}
	d.Agreement.Exit.Then = ""
	d.Agreement.Roles[0].Reach = ReachUnsaid
	d.Safewords = Safewords{}
	if ok, why := Printable(d, goodFacts()); !ok {
		t.Fatalf("advice stopped printing: %q", why)
	}
}

func TestCheckReviewDate(t *testing.T) {
	runRuleOn(t, goodAgreement, checkReviewDate, []ruleCase{
		{name: "a review date ahead", want: nil},
		{name: "no review date", edit: func(d *Document) { d.Agreement.ReviewOn = time.Time{} },
			want: []RuleID{RuleNoReviewDate}},
		{name: "a review a year ago", edit: func(d *Document) { d.Agreement.ReviewOn = d.Agreement.ReviewOn.AddDate(-1, 0, 0) },
			want: []RuleID{RuleReviewPassed}},
		{name: "the review is today", edit: func(d *Document) { d.Agreement.ReviewOn = date(5, 3, 0, 0) }, want: nil},
		{name: "the review was yesterday", edit: func(d *Document) { d.Agreement.ReviewOn = date(5, 2, 0, 0) },
			want: []RuleID{RuleReviewPassed}},
	})
	d := goodAgreement()
	d.Agreement.ReviewOn = date(5, 2, 0, 0)
	if fs := checkReviewDate(d, goodFacts()); len(fs) != 1 || !strings.Contains(fs[0].Message, "2 May") || fs[0].Severity != Warning {
		t.Fatalf("a passed review date: %+v", fs)
	}
}

func TestCheckCheckIn(t *testing.T) {
	runRuleOn(t, goodAgreement, checkCheckIn, []ruleCase{
		{name: "a rhythm is written", want: nil},
		{name: "no check-ins written", edit: func(d *Document) { d.Agreement.CheckIn = CheckIn{Rhythm: " "} },
			want: []RuleID{RuleNoCheckIn}},
		{name: "'whenever either of us asks' is an answer", edit: func(d *Document) {
			d.Agreement.CheckIn = CheckIn{How: "Whenever either of us asks, over a walk."}
		}, want: nil},
	})
}

func TestCheckStanding(t *testing.T) {
	rule := func(s Standing) func(*Document) {
		return func(d *Document) { d.Agreement.Rules = append(d.Agreement.Rules, s) }
	}
	runRuleOn(t, goodAgreement, checkStanding, []ruleCase{
		{name: "nothing standing touches a hard limit", want: nil},
		{name: "a rule linked to a hard limit's activity", edit: rule(Standing{ActivityID: "gag", Text: "Quiet time at home"}),
			want: []RuleID{RuleStandingHardLimit}},
		{name: "a rule that is a hard limit by name, any case or plural", edit: rule(Standing{Text: "Name Callings"}),
			want: []RuleID{RuleStandingHardLimit}},
		{name: "a ritual counts too", edit: func(d *Document) { d.Agreement.Rituals = append(d.Agreement.Rituals, Standing{Text: "gag"}) },
			want: []RuleID{RuleStandingHardLimit}},
		{name: "a rule that mentions a hard limit", edit: rule(Standing{Text: "Alex uses name calling when Sam is late"}),
			want: []RuleID{RuleStandingMentionsHard}},
		{name: "a rule that keeps a hard limit out", edit: rule(Standing{Text: "Never any name calling, even as a joke"}),
			want: nil},
		{name: "part of a longer word is not a mention", edit: rule(Standing{Text: "Gagging jokes at dinner are fine"}),
			want: nil},
		{name: "a soft limit mentioned is not a hard limit", edit: rule(Standing{Text: "Spanking on Fridays"}), want: nil},
		{name: "blank rows match nothing", edit: rule(Standing{Text: "  "}), want: nil},
		{name: "a hard limit on a linked list", edit: func(d *Document) {
			d.Participants[0].ProfileID = "alex1"
			rule(Standing{Text: "Alex wears a collar at home", ActivityID: "power-exchange.collar"})(d)
		}, facts: func(f *Facts) {
			f.Linked = map[string]Limits{"p1": {Hard: []LimitItem{{ActivityID: "power-exchange.collar", Text: "Collar"}}}}
		}, want: []RuleID{RuleStandingHardLimit}},
		{name: "a linked hard limit also written in the document is said once", edit: func(d *Document) {
			d.Participants[1].ProfileID = "sam1"
			rule(Standing{ActivityID: "gag", Text: "Gag"})(d)
		}, facts: func(f *Facts) {
			f.Linked = map[string]Limits{"p2": {Hard: []LimitItem{{ActivityID: "gag", Text: "Gag"}}}}
		}, want: []RuleID{RuleStandingHardLimit}},
		{name: "one finding per row and limit", edit: func(d *Document) {
			rule(Standing{Text: "gags"})(d)
			rule(Standing{Text: "name-calling"})(d)
		}, want: []RuleID{RuleStandingHardLimit, RuleStandingHardLimit}},
	})
}

func TestStandingHardLimitBlocksAndPointsAtTheRow(t *testing.T) {
	d := goodAgreement()
	d.Agreement.Rituals = append(d.Agreement.Rituals, Standing{Text: "Gags on Sundays"})
	d.Agreement.Rules = append(d.Agreement.Rules, Standing{Text: "gag"})
	fs := checkStanding(d, goodFacts())
	if len(fs) != 2 {
		t.Fatalf("findings = %+v", fs)
	}
	want := FieldRef{Section: SectionStanding, Participant: 1, Activity: -1, Item: 2, Part: "rules"}
	if fs[0].Field != want || fs[0].Severity != BlocksPrinting {
		t.Errorf("field = %+v %s, want %+v blocking", fs[0].Field, fs[0].Severity, want)
	}
	if fs[0].Message != "The standing rule 'gag' is one of Sam's hard limits. A hard limit stays off the table in daily life as in scenes: take it out of Standing rules and rituals." {
		t.Errorf("message = %q", fs[0].Message)
	}
	if fs[1].Severity != Warning || fs[1].Field.Part != "rituals" || fs[1].Field.Item != 1 ||
		fs[1].Message != "The ritual 'Gags on Sundays' mentions 'Gag', one of Sam's hard limits. Read it again together: if it asks for it, take it out of Standing rules and rituals; if it keeps it out, say so with a word like 'never'." {
		t.Errorf("mention = %+v", fs[1])
	}
	if ok, _ := Printable(d, goodFacts()); ok {
		t.Fatal("a standing rule that is a hard limit prints")
	}
	// A limit only on a linked list is named as the list's.
	d = goodAgreement()
	d.Participants[0].ProfileID = "alex1"
	d.Agreement.Rules = []Standing{{Text: "Collars at home", ActivityID: "power-exchange.collar"}}
	f := goodFacts()
	f.Linked = map[string]Limits{"p1": {Hard: []LimitItem{{ActivityID: "power-exchange.collar", Text: "Collar"}}}}
	if fs := checkStanding(d, f); len(fs) != 1 ||
		fs[0].Message != "The standing rule 'Collars at home' is a hard limit on Alex's own checklist. A hard limit stays off the table in daily life as in scenes: take it out of Standing rules and rituals." {
		t.Fatalf("a linked list's limit: %+v", fs)
	}
}

func TestAnAgreementsPeopleAreNamed(t *testing.T) {
	d := goodAgreement()
	d.Participants = d.Participants[:1]
	fs := checkPeople(d, goodFacts())
	if len(fs) != 1 || fs[0].Message != "An agreement is between at least two people. Add the other person in People." {
		t.Fatalf("one person: %+v", fs)
	}
}

func TestCheckReach(t *testing.T) {
	runRuleOn(t, goodAgreement, checkReach, []ruleCase{
		{name: "every role's reach and bounds are written", want: nil},
		{name: "a role with no reach chosen", edit: func(d *Document) { d.Agreement.Roles[1].Reach = ReachUnsaid },
			want: []RuleID{RuleReachUnsaid}},
		{name: "a person with no role row at all", edit: func(d *Document) { d.Agreement.Roles = d.Agreement.Roles[:1] },
			want: []RuleID{RuleReachUnsaid}},
		{name: "daily life with nothing saying where it stops", edit: func(d *Document) { d.Agreement.Roles[0].Bounds = "" },
			want: []RuleID{RuleReachNoBounds}},
		{name: "scenes only needs no bounds", edit: func(d *Document) {
			d.Agreement.Roles[0] = DynamicRole{ParticipantID: "p1", Role: "leads", Reach: ReachScenes}
		}, want: nil},
	})
}

func TestCheckAgreementSafewords(t *testing.T) {
	runRuleOn(t, goodAgreement, checkAgreementSafewords, []ruleCase{
		{name: "traffic light, word and signal", want: nil},
		{name: "only the traffic light", edit: func(d *Document) { d.Safewords = Safewords{TrafficLight: true} }, want: nil},
		{name: "no safeword or signal at all", edit: func(d *Document) { d.Safewords = Safewords{} },
			want: []RuleID{RuleAgreementNoSafeword}},
	})
}

func TestAgreementProtectedListsWait(t *testing.T) {
	runRuleOn(t, goodAgreement, checkAgreementHidden, []ruleCase{
		{name: "nothing hidden", want: nil},
		{name: "limits still sealed", edit: func(d *Document) {
			d.Participants[1].ProfileID = "sam1"
			d.Participants[1].HiddenLimits = []Sealed{{ProfileID: "sam1", Box: []byte{1}}}
		}, want: []RuleID{RuleHiddenLimits}},
	})
	runRuleOn(t, goodAgreement, checkAgreementUnchecked, []ruleCase{
		{name: "nothing unchecked", want: nil},
		{name: "a linked list not opened", edit: func(d *Document) { d.Participants[0].ProfileID = "alex1" },
			facts: func(f *Facts) { f.Unchecked = map[string]Unchecked{"p1": UncheckedProtected} },
			want:  []RuleID{RuleLinkedUnchecked}},
		{name: "an unreadable linked list", edit: func(d *Document) { d.Participants[0].ProfileID = "alex1" },
			facts: func(f *Facts) { f.Unchecked = map[string]Unchecked{"p1": UncheckedUnreadable} },
			want:  []RuleID{RuleLinkedUnchecked}},
	})
	d := goodAgreement()
	d.Participants[1].ProfileID = "sam1"
	d.Participants[1].HiddenLimits = []Sealed{{ProfileID: "sam1", Box: []byte{1}}}
	if ok, why := Printable(d, goodFacts()); ok || !strings.Contains(why[0], "standing rules") {
		t.Fatalf("hidden limits in an agreement: %v %q", ok, why)
	}
}

// The scene's rules are about one scene: none of them runs on an
// agreement, which has no activities, duration, scene date or debrief.
func TestAnAgreementIsReviewedByItsOwnRules(t *testing.T) {
	if fs := Review(goodAgreement(), goodFacts()); len(fs) != 0 {
		t.Fatalf("a complete agreement has findings: %+v", fs)
	}
	d := NewAgreement([]Participant{{Name: "Alex"}, {Name: "Sam"}}, date(5, 3, 10, 0))
	own := []RuleID{RuleNoWayOut, RuleNoCheckIn, RuleReachUnsaid, RuleAftercareMissing, RuleAftercareLater, RuleAgreementNoSafeword}
	for _, f := range Review(d, goodFacts()) {
		if !slices.Contains(own, f.Rule) {
			t.Errorf("a new agreement gets %s: %s", f.Rule, f.Message)
		}
	}
	if ids := ruleIDs(Review(d, goodFacts())); !slices.Contains(ids, RuleNoWayOut) || !slices.Contains(ids, RuleNoCheckIn) {
		t.Fatalf("a new agreement's review = %v", ids)
	}
	// And a scene is still reviewed by the scene's rules.
	scene := goodDoc()
	scene.Scene.Activities = nil
	if ids := ruleIDs(Review(scene, goodFacts())); !slices.Contains(ids, RuleScopeEmpty) {
		t.Fatalf("a scene with nothing in it: %v", ids)
	}
}
