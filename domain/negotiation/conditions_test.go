package negotiation

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

// Issue 17: an answer's "only with…" conditions reach the page. Once the
// editor has copied them in from the people's lists, the outline (which
// the preview, the history view and the PDF all render) shows each one
// beside its activity, in the person's order, and a condition taken off
// the list leaves the draft.
func TestConditionsFromTheListsAreInTheOutline(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	d.Scene.Activities = []Activity{
		{ID: "impact.hand-spanking", Name: "Spanking", Status: StatusYes, Givers: []string{"s"}, Receivers: []string{"a"}},
		{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: StatusTry, Givers: []string{"s"}, Receivers: []string{"a"}},
		{Name: "A walk first", Status: StatusYes, Together: true},
	}
	if !d.SetConditions("a", map[string][]checklist.Condition{
		"impact.hand-spanking":  {{OnlyWith: "  Sam ", UpTo: checklist.Gently}},
		"restraint.wrist-cuffs": {{AfterTalking: true}},
	}) {
		t.Fatal("SetConditions reports no change")
	}
	d.SetConditions("s", map[string][]checklist.Condition{"impact.hand-spanking": {{UpTo: checklist.Moderately}}})

	p, _ := part(OutlineOf(d, outlineDay), SectionActivities)
	yes, _ := rowLabelled(p.Rows, "Yes")
	try, _ := rowLabelled(p.Rows, "Let's try")
	spank := rowShows(Row{Items: yes.Items[:1]})
	for _, want := range []string{"Sam's list: only up to a moderate intensity.", "Alex's list: only with Sam, and gently."} {
		if !strings.Contains(spank, want) {
			t.Errorf("spanking shows %q, want %q", spank, want)
		}
	}
	if strings.Index(spank, "Sam's list") > strings.Index(spank, "Alex's list") {
		t.Errorf("conditions not in the people's order: %q", spank)
	}
	if got := rowShows(try); !strings.Contains(got, "Alex's list: only after talking it over first.") {
		t.Errorf("wrist cuffs show %q", got)
	}

	// Alex takes the spanking condition off their list: it leaves the draft.
	d.SetConditions("a", map[string][]checklist.Condition{"restraint.wrist-cuffs": {{AfterTalking: true}}})
	p, _ = part(OutlineOf(d, outlineDay), SectionActivities)
	yes, _ = rowLabelled(p.Rows, "Yes")
	if got := rowShows(yes); strings.Contains(got, "Alex's list") || !strings.Contains(got, "Sam's list") {
		t.Errorf("after Alex's change: %q", got)
	}
	if d.SetConditions("a", map[string][]checklist.Condition{"restraint.wrist-cuffs": {{AfterTalking: true}}}) {
		t.Error("the same conditions again report a change")
	}
}

// A removed participant's conditions are not printed, and a clone does not
// share its conditions with the original.
func TestConditionsFollowThePeopleAndClone(t *testing.T) {
	d := New(twoPeople(), outlineDay)
	d.Scene.Activities = []Activity{{ID: "impact.hand-spanking", Name: "Spanking", Status: StatusYes, Together: true}}
	d.SetConditions("a", map[string][]checklist.Condition{"impact.hand-spanking": {{OnlyWith: "Sam"}}})
	c := d.Clone()
	c.Scene.Activities[0].Conditions[0].OnlyWith = "someone else"
	if d.Scene.Activities[0].Conditions[0].OnlyWith != "Sam" {
		t.Error("Clone shares conditions")
	}
	d.Participants = d.Participants[:1]
	p, _ := part(OutlineOf(d, outlineDay), SectionActivities)
	if got := rowShows(p.Rows[0]); strings.Contains(got, "list:") {
		t.Errorf("a condition of someone no longer in the document shows: %q", got)
	}
}

// Issue 17: what only some of a group want is marked with who; when all of
// them want it, nothing is said, and it is not under "Only some of you".
func TestWhatOnlySomeWantSaysWho(t *testing.T) {
	d := New(append(twoPeople(), Participant{ID: "k", Name: "Kim"}), outlineDay)
	d.Scene.Activities = nil
	d.AddWantedBy(d.AddActivity(Activity{ID: "impact.hand-spanking", Name: "Spanking", Status: StatusNotThisTime, Givers: []string{"s"}, Receivers: []string{"a"}}), "a", "s", "a")
	d.AddWantedBy(d.AddActivity(Activity{ID: "touch.massage", Name: "Massage", Status: StatusNotThisTime, Together: true}), "s", "a", "k")
	p, _ := part(OutlineOf(d, outlineDay), SectionActivities)
	some, ok := rowLabelled(p.Rows, "Only some of you")
	if !ok || len(some.Items) != 1 || !strings.Contains(rowShows(some), "Spanking \u2014 Sam gives, Alex receives \u2014 only Sam and Alex want this") {
		t.Errorf("only some of you: %q (found %v)", rowShows(some), ok)
	}
	if not, _ := rowLabelled(p.Rows, "Not this time"); rowShows(not) != "Massage" {
		t.Errorf("not this time shows %q, want only what all three want", rowShows(not))
	}
	d.Scene.Activities[0].Status = StatusYes
	p, _ = part(OutlineOf(d, outlineDay), SectionActivities)
	if yes, _ := rowLabelled(p.Rows, "Yes"); !strings.Contains(rowShows(yes), "only Sam and Alex want this") {
		t.Errorf("once chosen, the page no longer says who wants it: %q", rowShows(yes))
	}
}
