package negotiation

import (
	"slices"
	"strings"
	"testing"
	"time"
)

var outlineDay = time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC)

func twoPeople() []Participant {
	return []Participant{{ID: "s", Name: "Sam", Pronouns: "they/them"}, {ID: "a", Name: "Alex"}}
}

// part finds the part for a section; ok is false when the outline has none.
func part(o Outline, s Section) (Part, bool) {
	for _, p := range o.Parts {
		if p.Section == s {
			return p, true
		}
	}
	return Part{}, false
}

// rowShows is what a row shows: its value, its items, or its missing words.
func rowShows(r Row) string {
	var parts []string
	join := func(ss []Span) string {
		var b strings.Builder
		for _, s := range ss {
			b.WriteString(s.String())
		}
		return b.String()
	}
	if len(r.Value) > 0 {
		parts = append(parts, join(r.Value))
	}
	for _, it := range r.Items {
		parts = append(parts, join(it))
	}
	if r.Empty() {
		parts = append(parts, r.Missing.Text)
	}
	return strings.Join(parts, " | ")
}

func rowLabelled(rows []Row, label string) (Row, bool) {
	for _, r := range rows {
		if r.Label.Text == label {
			return r, true
		}
	}
	return Row{}, false
}

func TestAnUntitledDocumentIsOurNegotiation(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	if got := OutlineOf(d, outlineDay).Title; got.String() != Untitled || got.Words.Text == "" {
		t.Errorf("untitled: title %+v, want Parley's own %q", got, Untitled)
	}
	d.Title = "  Saturday at ours  "
	if got := OutlineOf(d, outlineDay).Title; got.Text != "Saturday at ours" || got.Words.Text != "" {
		t.Errorf("titled: title %+v, want the people's own words, trimmed", got)
	}
	d.Title = "   "
	if got := OutlineOf(d, outlineDay).Title.String(); got != Untitled {
		t.Errorf("a title of spaces shows %q, want %q", got, Untitled)
	}
}

func TestThePartsComeInTheDocumentsOrder(t *testing.T) {
	sections := func(o Outline) []Section {
		var out []Section
		for _, p := range o.Parts {
			out = append(out, p.Section)
		}
		return out
	}
	base := []Section{SectionActivities, SectionLimits, SectionSafewords, SectionAftercare, SectionPhysical, SectionSceneDay}
	d := FirstScene(twoPeople(), outlineDay)
	if got := sections(OutlineOf(d, outlineDay)); !slices.Equal(got, base) {
		t.Errorf("a first scene has parts %v, want %v", got, base)
	}
	d.Participants[0].NewFactors.Health = "A sprained wrist"
	d.SafeCall = SafeCall{Friend: "Jo"}
	want := append(slices.Clone(base), SectionNewFactors, SectionSafeCall)
	if got := sections(OutlineOf(d, outlineDay)); !slices.Equal(got, want) {
		t.Errorf("with new factors and a safe call: parts %v, want %v", got, want)
	}
	party := PlayParty(twoPeople(), outlineDay)
	party.SafeCall = SafeCall{Friend: "Jo"}
	want = append(slices.Clone(base), SectionExtraction)
	if got := sections(OutlineOf(party, outlineDay)); !slices.Equal(got, want) {
		t.Errorf("a play party: parts %v, want %v (the safe call goes with leaving)", got, want)
	}
	o := OutlineOf(d, outlineDay)
	for i, p := range o.Parts[:4] {
		if p.Number != string(rune('1'+i)) || p.Title.Text != p.Section.Label() {
			t.Errorf("part %d is numbered %q titled %q, want %d and %q", i, p.Number, p.Title.Text, i+1, p.Section.Label())
		}
	}
}

func TestEveryHardLimitIsOnTheBandUnderItsPerson(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	d.Scene.Activities = []Activity{{Name: "Spanking", Status: StatusYes, Givers: []string{"s"}, Receivers: []string{"a"}}}
	d.Participants[0].Limits.Hard = []LimitItem{{Text: "anything on the face"}}
	d.Participants[1].Limits.Soft = []LimitItem{{Text: "Tickling", Condition: "only the feet"}}
	p, _ := part(OutlineOf(d, outlineDay), SectionLimits)
	if len(p.Groups) != 2 || p.Groups[0].Person != "Alex" || p.Groups[1].Person != "Sam" {
		t.Fatalf("limit groups %+v, want Alex (who receives) then Sam", p.Groups)
	}
	alex, sam := p.Groups[0], p.Groups[1]
	hard := sam.Rows[0]
	if !hard.Band || hard.Emphasis != Danger || hard.Label.Text != "Hard limits \u2014 never" {
		t.Errorf("Sam's hard limits row %+v, want the red band labelled \"Hard limits \u2014 never\"", hard)
	}
	if got := rowShows(hard); got != "Anything on the face" {
		t.Errorf("Sam's hard limits show %q", got)
	}
	if got := rowShows(alex.Rows[0]); got != "None written" {
		t.Errorf("Alex, with no hard limits, shows %q, want \"None written\"", got)
	}
	if got := rowShows(alex.Rows[1]); got != "Tickling \u2014 only the feet" {
		t.Errorf("Alex's soft limit shows %q", got)
	}
}

func TestSealedLimitsAreNamedNeverShown(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	d.Participants[1].HiddenLimits = []Sealed{{ProfileID: "prof-alex", Box: []byte("the secret limit")}}
	p, _ := part(OutlineOf(d, outlineDay), SectionLimits)
	for _, g := range p.Groups {
		switch g.Person {
		case "Alex":
			if !strings.Contains(g.Note.Text, "Alex's PIN") {
				t.Errorf("Alex's sealed limits note is %q, want it to ask for Alex's PIN", g.Note.Text)
			}
		default:
			if g.Note.Text != "" {
				t.Errorf("%s has a sealed-limits note %q but nothing sealed", g.Person, g.Note.Text)
			}
		}
	}
	if s := strings.Join(OutlineOf(d, outlineDay).Shown(), " "); strings.Contains(s, "secret") {
		t.Errorf("the outline shows sealed content: %s", s)
	}
}

func TestGapsShowAndEmptyLinesAreLeftOut(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	o := OutlineOf(d, outlineDay)
	if r, _ := rowLabelled(o.Dates, "Scene on"); rowShows(r) != "Not set yet" {
		t.Errorf("an unset scene date shows %q", rowShows(r))
	}
	if r, _ := rowLabelled(o.Dates, "Negotiated on"); rowShows(r) != "Sunday 22 November 2026" {
		t.Errorf("the negotiated date shows %q", rowShows(r))
	}
	if o.Agreed.String() != "Not yet marked as agreed" {
		t.Errorf("a draft says %q", o.Agreed.String())
	}
	sw, _ := part(o, SectionSafewords)
	for _, label := range []string{"Our safeword", "A signal without words"} {
		if r, ok := rowLabelled(sw.Rows, label); !ok || rowShows(r) != "Not written yet" {
			t.Errorf("%s unwritten shows %q (found %v), want \"Not written yet\"", label, rowShows(r), ok)
		}
	}
	scene, _ := part(o, SectionActivities)
	if _, ok := rowLabelled(scene.Aside, "Intensity"); ok {
		t.Error("an unset intensity has a row; it should be left out")
	}
	if r, _ := rowLabelled(scene.Aside, "Duration"); rowShows(r) != "Not set yet" {
		t.Errorf("an unset duration shows %q", rowShows(r))
	}
	care, _ := part(o, SectionAftercare)
	if c := care.Table.Rows[0].Cells; c[0][0].String() != "Not written yet" || c[0][0].Emphasis != Gap || c[1] != nil {
		t.Errorf("unwritten aftercare shows %+v, want \"Not written yet\" once, as a gap", c)
	}
}

func TestAnUntouchedPartyExampleIsNotAgreed(t *testing.T) {
	d := PlayParty(twoPeople(), outlineDay)
	p, ok := part(OutlineOf(d, outlineDay), SectionExtraction)
	if !ok {
		t.Fatal("a play party has no part about leaving")
	}
	if r, _ := rowLabelled(p.Rows, "The signal to leave"); rowShows(r) != "Not agreed yet" {
		t.Errorf("the template's example signal shows %q, want \"Not agreed yet\"", rowShows(r))
	}
	if _, ok := rowLabelled(p.Rows, "The plan"); ok {
		t.Error("the template's example plan is shown as a plan")
	}
	if r, _ := rowLabelled(p.Rows, "A friend who knows"); rowShows(r) != "Nobody named yet" {
		t.Errorf("a party without a safe call shows %q", rowShows(r))
	}
}

func TestTheCheckOnTheDay(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	p, _ := part(OutlineOf(d, outlineDay), SectionSceneDay)
	if len(p.Rows) != 0 || len(p.Notes) != 1 || !strings.HasPrefix(p.Notes[0][0].String(), "On the day, ask each other") {
		t.Errorf("nobody checked: part %+v, want only the question for the day", p)
	}
	d.Participants[0].Today = SceneDay{Unwell: true, Note: "a cold"}
	d.Participants[1].Today = SceneDay{Fine: true}
	p, _ = part(OutlineOf(d, outlineDay), SectionSceneDay)
	if len(p.Rows) != 1 {
		t.Fatalf("checked: rows %+v", p.Rows)
	}
	if got := rowShows(p.Rows[0]); got != "Sam: unwell (a cold) \u00b7 Alex: all well" {
		t.Errorf("the check shows %q", got)
	}
	for _, s := range p.Rows[0].Value {
		if s.String() == "unwell" && s.Emphasis != Danger {
			t.Errorf("a concern has emphasis %v, want Danger", s.Emphasis)
		}
	}
	if p.Notes[0][0].String() != SceneDayReminder {
		t.Errorf("the reminder is %q", p.Notes[0][0].String())
	}
}

func TestTheTrafficLightHasAWordForEachColour(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	d.Safewords.TrafficLight = true
	p, _ := part(OutlineOf(d, outlineDay), SectionSafewords)
	r, ok := rowLabelled(p.Rows, "Traffic light")
	if !ok || len(r.Items) != 3 {
		t.Fatalf("traffic light row %+v", r)
	}
	for i, want := range []struct {
		word string
		e    Emphasis
	}{{"Green", Green}, {"Amber", Amber}, {"Red", Danger}} {
		if s := r.Items[i][0]; s.String() != want.word || s.Emphasis != want.e {
			t.Errorf("light %d is %+v, want %s", i, s, want.word)
		}
	}
	if p.Rule == nil || p.Rule.Title.Text != SafewordRuleTitle || p.Rule.Text.Text != SafewordRule {
		t.Errorf("the safeword rule is %+v", p.Rule)
	}
}

// The people's own text is never taken for Parley's words (a later change
// translates Words, and must never translate what someone wrote).
func TestPeoplesTextIsNeverParleysWords(t *testing.T) {
	d := FirstScene(twoPeople(), outlineDay)
	d.Title = "Our night"
	d.Safewords.Word = "Rhubarb"
	d.Participants[0].Limits.Hard = []LimitItem{{Text: "Needles"}}
	d.Participants[0].Aftercare.Immediate.What = "Tea"
	check := func(ss []Span) {
		for _, s := range ss {
			for _, theirs := range []string{"Our night", "Rhubarb", "Needles", "Tea"} {
				if strings.Contains(s.Words.Text, theirs) {
					t.Errorf("%q is carried as Parley's words", s.Words.Text)
				}
			}
			if s.Words.Text != "" && s.Text != "" {
				t.Errorf("span %+v carries both Parley's words and a person's text", s)
			}
		}
	}
	o := OutlineOf(d, outlineDay)
	check([]Span{o.Title})
	for _, p := range o.Parts {
		for _, r := range append(append(slices.Clone(p.Rows), p.Aside...), groupRows(p.Groups)...) {
			check(r.Value)
			for _, it := range r.Items {
				check(it)
			}
		}
		if p.Table != nil {
			for _, r := range p.Table.Rows {
				for _, c := range r.Cells {
					check(c)
				}
			}
		}
	}
}

func groupRows(gs []Group) []Row {
	var out []Row
	for _, g := range gs {
		out = append(out, g.Rows...)
	}
	return out
}
