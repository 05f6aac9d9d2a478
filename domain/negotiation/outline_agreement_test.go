package negotiation

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func sectionsOf(o Outline) []Section {
	var out []Section
	for _, p := range o.Parts {
		out = append(out, p.Section)
	}
	return out
}

// tableCell is what one person's cell in a column shows.
func tableCell(t *testing.T, p Part, person, column string) string {
	t.Helper()
	col := slices.IndexFunc(p.Table.Columns, func(w Words) bool { return w.Text == column })
	for _, r := range p.Table.Rows {
		if r.Person == person && col >= 0 {
			var b strings.Builder
			for _, s := range r.Cells[col] {
				b.WriteString(s.String())
			}
			return b.String()
		}
	}
	t.Fatalf("no cell for %s under %q in %+v", person, column, p.Table)
	return ""
}

func TestAnAgreementHasItsOwnPartsInOrder(t *testing.T) {
	o := OutlineOf(goodAgreement(), outlineDay)
	want := []Section{SectionDynamicRoles, SectionStanding, SectionLimits, SectionSafewords, SectionExit, SectionAftercare, SectionCheckIn, SectionReview}
	if got := sectionsOf(o); !slices.Equal(got, want) {
		t.Fatalf("an agreement has parts %v, want %v (no scene parts)", got, want)
	}
	for i, p := range o.Parts {
		if p.Title.Text != p.Section.Label() || p.Number != string(rune('1'+i)) {
			t.Errorf("part %d is %q %q, want %d and the section's label %q", i, p.Number, p.Title.Text, i+1, p.Section.Label())
		}
	}
	if len(o.Dates) != 1 || o.Dates[0].Label.Text != "Negotiated on" {
		t.Errorf("an agreement's dates are %+v, want only the day it was talked through (no scene or debrief date)", o.Dates)
	}
	if !strings.Contains(o.Footer.Text, "at the review") || strings.Contains(o.Footer.Text, "scene") {
		t.Errorf("an agreement's footer %q speaks of a scene", o.Footer.Text)
	}
	for _, s := range o.Shown() {
		for _, scene := range []string{"Scene on", "Debrief on", "What we're doing", "On the day"} {
			if strings.Contains(s, scene) {
				t.Errorf("an agreement shows the scene's %q (in %q)", scene, s)
			}
		}
	}
	scene := OutlineOf(goodDoc(), outlineDay)
	if got := sectionsOf(scene); got[0] != SectionActivities || slices.Contains(got, SectionExit) {
		t.Errorf("a scene now has parts %v", got)
	}
}

func TestAnUntitledAgreementIsOurAgreement(t *testing.T) {
	d := NewAgreement(twoPeople(), outlineDay)
	if got := OutlineOf(d, outlineDay).Title; got.String() != UntitledAgreement || got.Words.Text == "" {
		t.Errorf("an untitled agreement is called %+v, want Parley's own %q", got, UntitledAgreement)
	}
}

func TestAnAgreementsRolesSayHowFarTheyReach(t *testing.T) {
	cases := []struct {
		name             string
		role             DynamicRole
		roleShows, reach string
		stops            string
		stopsIsPlain     bool
		reachIsGap       bool
		roleIsNotGiven   bool
	}{
		{"daily life with where it stops", DynamicRole{Role: "leads", Reach: ReachDaily, Bounds: "never at work"},
			"Leads", "In much of daily life", "Never at work", true, false, false},
		{"daily life, nowhere it stops", DynamicRole{Role: "leads", Reach: ReachDaily},
			"Leads", "In much of daily life", notWritten.Text, false, false, false},
		{"agreed times, nowhere it stops", DynamicRole{Role: "follows", Reach: ReachTimes},
			"Follows", "During scenes and at agreed times", notWritten.Text, false, false, false},
		{"scenes only: nothing to stop", DynamicRole{Role: "follows", Reach: ReachScenes},
			"Follows", "Only during scenes", "\u2014", false, false, false},
		{"nothing chosen", DynamicRole{},
			notWritten.Text, "Not said yet", notWritten.Text, false, true, true},
	}
	for _, c := range cases {
		d := goodAgreement()
		c.role.ParticipantID = "p1"
		d.Agreement.Roles[0] = c.role
		p, _ := part(OutlineOf(d, outlineDay), SectionDynamicRoles)
		if got := tableCell(t, p, "Alex", "Role"); got != c.roleShows {
			t.Errorf("%s: role %q, want %q", c.name, got, c.roleShows)
		}
		if got := tableCell(t, p, "Alex", "How far it reaches"); got != c.reach {
			t.Errorf("%s: reach %q, want %q", c.name, got, c.reach)
		}
		if got := tableCell(t, p, "Alex", "Where it always stops"); got != c.stops {
			t.Errorf("%s: where it stops %q, want %q", c.name, got, c.stops)
		}
		row := p.Table.Rows[slices.IndexFunc(p.Table.Rows, func(r TableRow) bool { return r.Person == "Alex" })]
		if gap := row.Cells[1][0].Emphasis == Gap; gap != c.reachIsGap {
			t.Errorf("%s: reach shown as a gap %v, want %v", c.name, gap, c.reachIsGap)
		}
		if gap := row.Cells[0][0].Emphasis == Gap; gap != c.roleIsNotGiven {
			t.Errorf("%s: role shown as a gap %v, want %v", c.name, gap, c.roleIsNotGiven)
		}
		if plain := row.Cells[2][0].Emphasis == Plain; plain != c.stopsIsPlain {
			t.Errorf("%s: where it stops is the people's own words %v, want %v", c.name, plain, c.stopsIsPlain)
		}
		if got := tableCell(t, p, "Sam", "Role"); got != "Follows" {
			t.Errorf("%s: Sam's role %q changed", c.name, got)
		}
	}
	// A person with no role row yet still gets their row.
	d := goodAgreement()
	d.Agreement.Roles = d.Agreement.Roles[:1]
	p, _ := part(OutlineOf(d, outlineDay), SectionDynamicRoles)
	if got := tableCell(t, p, "Sam", "How far it reaches"); got != "Not said yet" {
		t.Errorf("Sam without a role row: reach %q, want %q", got, "Not said yet")
	}
}

func TestStandingRulesAndRitualsSayWhoTheyAreFor(t *testing.T) {
	cases := []struct {
		name     string
		rules    []Standing
		rituals  []Standing
		people   int
		want     map[string]string // row label -> what it shows
		noRitual bool
	}{
		{"the careful agreement", goodAgreement().Agreement.Rules, goodAgreement().Agreement.Rituals, 2, map[string]string{
			"Standing rules": "Sam asks before buying anything over £50 for the flat \u2014 for Sam | Alex sends a goodnight message when we are apart \u2014 for Alex",
			"Rituals":        "Sam wears the bracelet at weekends \u2014 for Sam\nTaken off for the gym.",
		}, false},
		{"for everyone, two people", []Standing{{Text: "tea together on Sundays"}}, nil, 2, map[string]string{
			"Standing rules": "Tea together on Sundays \u2014 for both of us",
		}, true},
		{"for everyone, three people", []Standing{{Text: "tea together on Sundays"}}, nil, 3, map[string]string{
			"Standing rules": "Tea together on Sundays \u2014 for all of us",
		}, true},
		{"blank rows left out, none written shows", []Standing{{}, {Text: "  "}}, []Standing{{}}, 2, map[string]string{
			"Standing rules": "None written yet",
		}, true},
		{"a note without a full stop gets one", []Standing{{Text: "Kneel to greet", For: []string{"p2"}, Note: "only at home"}}, nil, 2, map[string]string{
			"Standing rules": "Kneel to greet \u2014 for Sam\nOnly at home.",
		}, true},
	}
	for _, c := range cases {
		d := goodAgreement()
		if c.people == 3 {
			d.AddParticipant(Participant{ID: "p3", Name: "Jo"})
		}
		d.Agreement.Rules, d.Agreement.Rituals = c.rules, c.rituals
		p, _ := part(OutlineOf(d, outlineDay), SectionStanding)
		for label, want := range c.want {
			r, ok := rowLabelled(p.Rows, label)
			if !ok {
				t.Errorf("%s: no %q row in %+v", c.name, label, p.Rows)
				continue
			}
			if got := rowShows(r); got != want {
				t.Errorf("%s: %s shows %q, want %q", c.name, label, got, want)
			}
		}
		if _, ok := rowLabelled(p.Rows, "Rituals"); ok == c.noRitual {
			t.Errorf("%s: a Rituals row is there %v, want %v", c.name, ok, !c.noRitual)
		}
	}
}

func TestAnAgreementsWayOutCheckInsAndReviewShowTheirGaps(t *testing.T) {
	cases := []struct {
		name    string
		edit    func(a *Agreement)
		section Section
		label   string
		want    string
	}{
		{"pause written", func(a *Agreement) {}, SectionExit, "To pause it", "Either of us says 'pause the dynamic', in person or by message."},
		{"no pause", func(a *Agreement) { a.Exit.Pause = " " }, SectionExit, "To pause it", notWritten.Text},
		{"no end", func(a *Agreement) { a.Exit.End = "" }, SectionExit, "To end it", notWritten.Text},
		{"nothing after", func(a *Agreement) { a.Exit.Then = "" }, SectionExit, "Straight after", notWritten.Text},
		{"rhythm written", func(a *Agreement) {}, SectionCheckIn, "How often", "Every Sunday evening"},
		{"no rhythm", func(a *Agreement) { a.CheckIn = CheckIn{} }, SectionCheckIn, "How often", notSet.Text},
		{"review date", func(a *Agreement) {}, SectionReview, "Next review", "Saturday 1 August 2026"},
		{"no review date", func(a *Agreement) { a.ReviewOn = time.Time{} }, SectionReview, "Next review", notSet.Text},
	}
	for _, c := range cases {
		d := goodAgreement()
		c.edit(&d.Agreement)
		p, ok := part(OutlineOf(d, outlineDay), c.section)
		if !ok {
			t.Fatalf("%s: no %s part", c.name, c.section)
		}
		r, ok := rowLabelled(p.Rows, c.label)
		if !ok {
			t.Errorf("%s: no %q row in %+v", c.name, c.label, p.Rows)
			continue
		}
		if got := rowShows(r); got != c.want {
			t.Errorf("%s: %s shows %q, want %q", c.name, c.label, got, c.want)
		}
	}
	d := goodAgreement()
	o := OutlineOf(d, outlineDay)
	exit, _ := part(o, SectionExit)
	if exit.Rule == nil || exit.Rule.Title.Text != ExitRuleTitle || !strings.Contains(exit.Rule.Text.Text, "No reason is needed") {
		t.Errorf("pausing or ending has rule %+v, want its own box saying no reason is needed", exit.Rule)
	}
	d.AddParticipant(Participant{ID: "p3", Name: "Jo"})
	o3 := OutlineOf(d, outlineDay)
	exit3, _ := part(o3, SectionExit)
	review3, _ := part(o3, SectionReview)
	if exit3.Rule.Title.Text != ExitRuleTitleGroup || !strings.Contains(exit3.Rule.Text.Text, "for all of us") ||
		!strings.Contains(review3.Notes[0][0].String(), "any of us") {
		t.Errorf("with three people the way out says %q / %q and the review %q, want \"any of us\" and \"all of us\"",
			exit3.Rule.Title.Text, exit3.Rule.Text.Text, review3.Notes[0][0].String())
	}
	d = goodAgreement()
	sw, _ := part(o, SectionSafewords)
	if sw.Rule == nil || sw.Rule.Title.Text != SafewordRuleTitle {
		t.Errorf("the safewords part lost the safeword rule: %+v", sw.Rule)
	}
	d.Agreement.CheckIn.How = ""
	ci, _ := part(OutlineOf(d, outlineDay), SectionCheckIn)
	if _, ok := rowLabelled(ci.Rows, "How"); ok {
		t.Errorf("an empty 'how' of the check-in is shown: %+v", ci.Rows)
	}
}

func TestAnAgreementsHardLimitsAreOnTheBand(t *testing.T) {
	d := goodAgreement()
	p, _ := part(OutlineOf(d, outlineDay), SectionLimits)
	if len(p.Groups) != 2 || p.Groups[0].Person != "Alex" || p.Groups[1].Person != "Sam" {
		t.Fatalf("limit groups %+v, want Alex then Sam, in the document's order", p.Groups)
	}
	for _, g := range p.Groups {
		h := g.Rows[0]
		if !h.Band || h.Emphasis != Danger || h.Label.Text != "Hard limits \u2014 never" {
			t.Errorf("%s's hard limits row %+v is not on the red band", g.Person, h)
		}
	}
	if got := rowShows(p.Groups[0].Rows[0]); got != "Name-calling" {
		t.Errorf("Alex's hard limits show %q", got)
	}
	if got := rowShows(p.Groups[1].Rows[0]); got != "Gag" {
		t.Errorf("Sam's hard limits show %q", got)
	}
}
