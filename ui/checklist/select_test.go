package checklist

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"

	"parleyapp.org/parley/domain/checklist"
)

// Issue 14, item 3: the "Tried" tick showed a copy taken when the list was
// filtered, so it cleared on screen when another row was selected.
func TestTriedTickStaysAfterSelectingAnotherRow(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	i := rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving)
	item := newAnswerRow(c.words)
	c.updateRow(i, item.box)
	test.Tap(item.tried)

	c.list.Select(i + 1)
	c.list.Select(i)
	c.updateRow(i, item.box) // what the list draws for that row now
	if !item.tried.Checked {
		t.Error("the Tried tick cleared on screen after selecting another row")
	}
	k := c.rows[i].Key()
	if !savedSheet(t, f, c.person).Get(k).Tried {
		t.Error("the Tried tick was not saved")
	}
}

// Issue 14, item 4: after a category change the panel described the
// activity selected before while another row was highlighted.
func TestDetailsPanelFollowsTheSelection(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	i := 1 // a low row number: it exists in every category's list too
	c.list.Select(i)
	want := c.rows[i].Key()
	name := c.rows[i].Activity.Name

	agrees := func(when string) {
		t.Helper()
		if c.sel < 0 {
			if c.detail.Visible() || !c.noDetail.Visible() {
				t.Errorf("%s: nothing is selected but the panel shows %q", when, c.detailName.Text)
			}
			return
		}
		if c.detailName.Text != c.rows[c.sel].Activity.Name {
			t.Errorf("%s: row %q is selected, the panel shows %q", when, c.rows[c.sel].Activity.Name, c.detailName.Text)
		}
		if c.sheet.Get(c.rows[c.sel].Key()).Note != c.note.Text {
			t.Errorf("%s: the note shown is not the selected row's", when)
		}
	}
	// another category: the selected activity is not in it
	for j, p := range c.cats {
		if p.Category != c.rows[i].Activity.Category {
			c.catList.Select(j + 1)
			break
		}
	}
	agrees("after choosing another category")
	if c.sel >= 0 && c.rows[c.sel].Key() == want {
		t.Error("a row of another category stayed selected")
	}
	c.catList.Select(0)
	agrees("after choosing all activities")
	c.list.Select(rowIndex(t, c, want.Activity, want.Direction))
	// a search that keeps it keeps it selected, and the focus in the box
	f.env.Window.Canvas().Focus(c.search)
	test.Type(c.search, name[:4])
	agrees("while searching")
	if c.sel < 0 || c.rows[c.sel].Key() != want {
		t.Error("a search that still shows the selected activity lost the selection")
	}
	if f.env.Window.Canvas().Focused() != c.search {
		t.Error("typing a search moved the focus out of the search box")
	}
}

// selectsIn lists the drop-downs inside o, in order.
func selectsIn(o fyne.CanvasObject) []*widget.Select {
	var out []*widget.Select
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch s := o.(type) {
		case *widget.Select:
			out = append(out, s)
		case *kit.DialogSelect:
			out = append(out, &s.Select)
		}
	})
	return out
}

// Issue 14, item 5: a new activity appears where the person is. The add
// dialog defaults to the category on screen, and after adding, the list
// shows the new activity selected, even when the filters hid it before.
func TestNewCustomActivityAppearsWhereThePersonIs(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	viewed := 3
	c.catList.Select(viewed + 1)
	category := c.cats[viewed].Category
	c.show.SetSelected(c.words.Yes) // nothing answered yet: an empty list

	c.askCustom()
	d := topOverlay(f)
	if d == nil {
		t.Fatal("Add your own… opened nothing")
	}
	want := c.categoryName(category)
	var catChoice *widget.Select
	for _, s := range selectsIn(d) {
		if s.Selected == want || slices.Contains(s.Options, want) {
			catChoice = s
		}
	}
	if catChoice == nil || catChoice.Selected != want {
		t.Fatalf("the add dialog's category is not the one on screen (%q)", want)
	}
	test.Type(entriesIn(d)[0], "Reading aloud")
	tapText(t, f, "Add")

	if c.filter.Category != category {
		t.Errorf("after adding, the list shows category %q, want %q", c.filter.Category, category)
	}
	if c.sel < 0 || c.rows[c.sel].Activity.Name != "Reading aloud" {
		t.Fatalf("the new activity is not the selected row (rows: %d, sel %d)", len(c.rows), c.sel)
	}
	if c.emptyList.Visible() || c.detailName.Text != "Reading aloud" {
		t.Errorf("after adding, the list says nothing matches or the panel shows %q", c.detailName.Text)
	}
}

// Issue 14, item 5: the add dialog says who will see a new activity and
// lets the person choose; a shared one is in the next person's list too.
func TestAddDialogSaysWhoSeesTheActivity(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	c.askCustom()
	d := topOverlay(f)
	var who *kit.DialogRadio
	walk(d, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if r, ok := o.(*kit.DialogRadio); ok {
			who = r
		}
	})
	if who == nil || who.Selected != ownChoice() {
		t.Fatal("the add dialog does not ask who sees the activity, or does not start at Only me")
	}
	if !hasText(texts(d), "Only in Sam's list") {
		t.Errorf("the dialog does not say an own activity is only in Sam's list: %q", texts(d))
	}
	who.SetSelected(shareChoice())
	if !hasText(texts(d), "even behind a PIN") {
		t.Errorf("the dialog does not say a shared activity is seen by everyone: %q", texts(d))
	}
	test.Type(entriesIn(d)[0], "Reading aloud")
	tapText(t, f, "Add")
	if c.sel < 0 || !c.rows[c.sel].Activity.Shared || !strings.Contains(c.detailFlags.Text, "everyone on this computer") {
		t.Fatalf("the shared activity is not selected, or its panel does not say it is shared: %q", c.detailFlags.Text)
	}
	f.wait()

	c.people.BackToChooser()
	c = f.screen()
	c.people.AddPerson("Alex", "")
	f.env.Eventually(t, "Alex's list opens", func() bool { return c.person != nil && c.person.Name == "Alex" })
	if _, ok := c.index.Catalog().Activity("custom:reading aloud"); !ok {
		t.Error("an activity shared by Sam is not in Alex's list")
	}
}

// Issue 14, item 4: answering a row by its buttons left it unselected, so
// the panel still said "Pick an activity…" or described another row.
func TestAnsweringARowSelectsIt(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	if c.sel >= 0 || !c.noDetail.Visible() {
		t.Fatalf("a row is selected before anything is done (sel %d)", c.sel)
	}
	for _, i := range []int{2, 5} { // the first answer, then another row's
		item := newAnswerRow(c.words)
		c.updateRow(i, item.box)
		test.Tap(item.answers[0])
		if c.sel != i {
			t.Errorf("answered row %d, the selected row is %d", i, c.sel)
		}
		if !c.detail.Visible() || c.noDetail.Visible() || c.detailName.Text != c.rows[i].Activity.Name {
			t.Errorf("answered %q, the panel shows %q", c.rows[i].Activity.Name, c.detailName.Text)
		}
		if got := savedSheet(t, f, c.person).Get(c.rows[i].Key()).Answer; got != checklist.Answers[0] {
			t.Errorf("the answer of row %d was not saved: %v", i, got)
		}
	}
}
