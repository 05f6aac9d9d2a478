package checklist

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
)

// openChecklist opens the Checklist section with a new person and waits
// for their list.
func openChecklist(t *testing.T, f *fixture, name string) *Checklist {
	t.Helper()
	c := f.screen()
	c.people.AddPerson(name, "")
	f.env.Eventually(t, name+"'s list opens", func() bool { return c.person != nil && c.person.Name == name && len(c.rows) > 0 })
	return c
}

func rowIndex(t *testing.T, c *Checklist, activity string, d checklist.Direction) int {
	t.Helper()
	for i, r := range c.rows {
		if r.Activity.ID == activity && r.Direction == d {
			return i
		}
	}
	t.Fatalf("no visible row for %s (%s)", activity, d)
	return -1
}

// tapAnswer taps one of the four answer buttons of row i, as a person would.
func tapAnswer(t *testing.T, c *Checklist, i int, a checklist.Answer) {
	t.Helper()
	c.list.ScrollTo(i)
	item := newAnswerRow(c.words)
	c.updateRow(i, item.box)
	for j, ans := range checklist.Answers {
		if ans == a {
			test.Tap(item.answers[j])
			return
		}
	}
}

func savedSheet(t *testing.T, f *fixture, p *persistence.Person) *checklist.Sheet {
	t.Helper()
	f.wait()
	s, _, err := f.v.LoadChecklist(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAnswerByTapAndByKeySurvivesRestart(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	blindfold := rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving)
	tapAnswer(t, c, blindfold, checklist.Yes)

	// Keyboard: select a row, then 4 = hard limit, Enter opens the note.
	c.list.Select(0)
	first := c.rows[0].Key()
	c.list.TypedRune('4')
	c.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if c.sel != 1 {
		t.Fatalf("Down moved the selection to %d, want 1", c.sel)
	}
	c.list.TypedRune('2')
	second := c.rows[1].Key()
	c.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.env.Window.Canvas().Focused() != c.note {
		t.Fatal("Enter did not move to the note")
	}
	test.Type(c.note, "only if we go slowly")
	p := c.person
	counts := c.counts.Text
	c.Leave()
	if c.person != nil || c.sheet != nil {
		t.Error("leaving the Checklist kept Sam's list in memory")
	}

	s := savedSheet(t, f, p)
	if s.Get(checklist.Key{Activity: "sensory-deprivation.blindfold", Direction: checklist.Receiving}).Answer != checklist.Yes {
		t.Error("the tapped answer was not saved")
	}
	if s.Get(first).Answer != checklist.HardLimit || s.Get(second).Answer != checklist.Maybe {
		t.Errorf("keys 4 and 2 gave %v and %v", s.Get(first).Answer, s.Get(second).Answer)
	}
	if s.Get(second).Note != "only if we go slowly" {
		t.Errorf("the note was saved as %q", s.Get(second).Note)
	}
	if !strings.Contains(counts, "3 of") {
		t.Errorf("progress says %q, want 3 answered", counts)
	}
	f.restart(t)

	c2 := f.screen()
	f.env.Eventually(t, "Sam is listed", func() bool { return len(c2.people.All) == 1 })
	c2.people.Pick(c2.people.All[0])
	f.env.Eventually(t, "Sam's list reopens", func() bool { return c2.person != nil && c2.sel >= 0 })
	if c2.sheet.Get(second).Note != "only if we go slowly" {
		t.Error("the note did not survive a restart")
	}
	if c2.sel != 1 {
		t.Errorf("the list reopened at row %d, not where Sam left off (1)", c2.sel)
	}
}

func TestFilterAndSearch(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	total := len(c.rows)
	tapAnswer(t, c, rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving), checklist.Yes)

	c.show.SetSelected(c.words.Yes)
	if len(c.rows) != 1 || c.rows[0].Activity.ID != "sensory-deprivation.blindfold" {
		t.Errorf("showing Yes gives %d rows", len(c.rows))
	}
	c.show.SetSelected(c.showChoices()[1]) // not answered yet
	if len(c.rows) != total-1 {
		t.Errorf("showing unanswered gives %d rows, want %d", len(c.rows), total-1)
	}
	c.show.SetSelected(c.showChoices()[0])
	test.Type(c.search, "blindfold")
	if len(c.rows) == 0 || len(c.rows) == total {
		t.Fatalf("searching 'blindfold' gives %d rows", len(c.rows))
	}
	for _, r := range c.rows {
		text := strings.ToLower(r.Activity.Name + " " + r.Activity.Description)
		if !strings.Contains(text, "blindfold") {
			t.Errorf("search shows %q", r.Activity.Name)
		}
	}
	c.search.SetText("zzzz nothing")
	if len(c.rows) != 0 || !c.emptyList.Visible() {
		t.Error("a search with no match does not say so")
	}
}

func TestAddOwnActivity(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	c.addActivity("  Reading  Aloud ", "One reads, one listens.", "verbal", false, catalog.RiskLow, false)
	if len(c.rows) != 1 || c.rows[0].Activity.Name != "Reading  Aloud" || !c.rows[0].Activity.Custom {
		t.Fatalf("after adding, the list shows %+v", c.rows)
	}
	tapAnswer(t, c, 0, checklist.Yes)
	c.addActivity("reading aloud", "", "verbal", false, catalog.RiskUnknown, false)
	if !c.problem.Visible() {
		t.Error("adding the same activity twice was not refused")
	}
	s := savedSheet(t, f, c.person)
	if s.Get(checklist.Key{Activity: "custom:reading aloud"}).Answer != checklist.Yes {
		t.Error("the answer to a custom activity was not saved")
	}
	_, custom, _ := f.v.LoadChecklist(c.person)
	if len(custom) != 1 {
		t.Errorf("custom activities saved: %d, want 1", len(custom))
	}
}

func TestTwoPeopleAndASealedList(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	tapAnswer(t, c, rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving), checklist.HardLimit)
	sealWith(t, f.env, c.people, c.person, "2468")
	if !c.person.Sealed {
		t.Fatal("Sam's list is not sealed")
	}
	sam := c.person.ID

	c.people.BackToChooser()
	c = f.screen()
	c.people.AddPerson("Alex", "")
	f.env.Eventually(t, "Alex's list opens", func() bool { return c.person != nil && c.person.Name == "Alex" })
	if c.sheet.Get(checklist.Key{Activity: "sensory-deprivation.blindfold", Direction: checklist.Receiving}).Answer != checklist.Unanswered {
		t.Error("Alex sees Sam's answer")
	}

	c.people.BackToChooser()
	c = f.screen()
	f.env.Eventually(t, "both are listed", func() bool { return len(c.people.All) == 2 })
	c.people.Open(persistence.Profile{ID: sam, Name: "Sam", Sealed: true}, "1111")
	f.env.Eventually(t, "a wrong PIN is refused", func() bool { return c.problem.Visible() })
	if !strings.Contains(c.problem.Text, "does not open Sam") || c.person != nil {
		t.Fatalf("wrong PIN: %q, list open: %v", c.problem.Text, c.person != nil)
	}
	c.people.Open(persistence.Profile{ID: sam, Name: "Sam", Sealed: true}, "2468")
	f.env.Eventually(t, "the right PIN opens Sam's list", func() bool { return c.person != nil && c.person.ID == sam })
	if c.sheet.Get(checklist.Key{Activity: "sensory-deprivation.blindfold", Direction: checklist.Receiving}).Answer != checklist.HardLimit {
		t.Error("Sam's sealed answer did not come back")
	}
	sealWith(t, f.env, c.people, c.person, "")
	if c.person.Sealed {
		t.Fatal("the PIN was not removed")
	}
}

func TestSummaryKeepsHardAndSoftLimitsApart(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	tapAnswer(t, c, rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving), checklist.HardLimit)
	tapAnswer(t, c, 0, checklist.No)
	s := c.index.Summary(c.sheet, c.words)
	if len(s.Hard) != 1 || s.Hard[0].Key.Activity != "sensory-deprivation.blindfold" || len(s.Soft) != 1 {
		t.Errorf("summary: %d hard, %d soft", len(s.Hard), len(s.Soft))
	}
	c.showSummary()
	if d := f.env.Window.Canvas().Overlays().Top(); d == nil {
		t.Error("the summary did not open")
	}
	var _ = widget.NewLabel
}
