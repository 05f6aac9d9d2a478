package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/ui/kit/kittest"
)

// focusedText is what the focused widget says, for a failure message.
func (k keys) focusedText() string {
	switch f := k.canvas().Focused().(type) {
	case nil:
		return "nothing"
	case *widget.Button:
		return "button " + f.Text
	case fyne.Tappable:
		return strings.TrimPrefix(strings.TrimPrefix(typeName(f), "*"), "ui.")
	}
	return typeName(k.canvas().Focused())
}

// A first couple's whole evening without a pointer, through the real shell
// on a real vault: the first run, each of them added in Checklist and
// answering a few activities with the answer keys, comparing together, a
// negotiation started from the result, its review, and the preview. Only
// Tab, Shift+Tab, Space, Enter, Escape, the answer and arrow keys and the
// app's shortcuts; never a tap.
func TestAWholeEveningWorksFromTheKeyboardAlone(t *testing.T) {
	// First run, the vault opened by the system keyring.
	a, k := getStartedByKeys(t)
	k.tabTo("Create my vault", button("Create my vault"))
	k.press(fyne.KeySpace)
	k.keepTheRecoveryCode()

	// Checklist: Sam adds herself and answers; then Alex.
	k.section("checklist")
	for _, p := range []struct {
		name    string
		answers string // one answer key per row, from the top
	}{{"Sam", "112"}, {"Alex", "121"}} {
		k.tabTo("Add a person", button("Add a person"))
		k.press(fyne.KeySpace)
		if p.name == "Sam" { // Escape leaves an untouched dialog; open it again
			k.press(fyne.KeyEscape)
			if top := topOverlay(a); top != nil {
				t.Fatalf("Escape left Add a person open: %q", shownTexts(top))
			}
			k.tabTo("Add a person", button("Add a person"))
			k.press(fyne.KeySpace)
		}
		k.typeText(p.name)
		k.press(fyne.KeyReturn)
		a.eventually(t, p.name+"'s list opens", func() bool { a.drain(); return checklistOpenFor(a, p.name) })
		k.tabTo("the list of activities", func(f fyne.Focusable) bool { return typeName(f) == "*checklist.answerList" })
		for _, r := range p.answers {
			k.press(fyne.KeyDown)
			k.canvas().Focused().TypedRune(r)
		}
		a.saves.Wait()
		a.drain()
		k.tabTo("Someone else", button("Someone else"))
		k.press(fyne.KeySpace)
		a.drain()
	}
	// Compare, together on this computer: the first choice, then each
	// picker's pop-up opened with Space, the arrow to a name, Enter.
	k.section("compare")
	view := a.shell.current.view()
	a.eventually(t, "the Compare screen has loaded", func() bool { return modeOf(view) != nil && modeOf(view).Selected != "" })
	if modeOf(view).Selected != "Together on this computer" {
		k.tabTo("Together on this computer", func(f fyne.Focusable) bool { return typeName(f) == "*widget.radioItem" })
		k.press(fyne.KeySpace)
	}
	for i, name := range []string{"Sam", "Alex"} {
		k.tabTo(fmt.Sprint("person picker ", i+1), func(f fyne.Focusable) bool {
			s, ok := f.(*widget.Select)
			return ok && s.PlaceHolder == "Choose a person" && s.Selected == ""
		})
		picker := k.canvas().Focused().(*widget.Select)
		if i == 1 { // once Sam's list is open, the second picker leaves her out
			a.eventually(t, "Sam's list opens", func() bool { return !slices.Contains(picker.Options, "Sam") })
		}
		k.press(fyne.KeySpace)
		if _, ok := k.canvas().Focused().(*widget.PopUpMenu); !ok {
			t.Fatalf("Space on a person picker leaves the keyboard on %s, not its choices", k.focusedText())
		}
		for range slices.Index(picker.Options, name) + 1 {
			k.press(fyne.KeyDown)
		}
		k.press(fyne.KeyReturn)
		if picker.Selected != name {
			t.Fatalf("the picker chose %q, want %s (options %q)", picker.Selected, name, picker.Options)
		}
	}
	a.eventually(t, "Compare can compare", func() bool {
		b := shownButton(view, "Compare")
		return b != nil && !b.Disabled()
	})
	k.tabTo("Compare", button("Compare"))
	k.press(fyne.KeySpace)
	a.eventually(t, "the result is shown", func() bool {
		return shownButton(a.shell.current.view(), "Start a negotiation from this") != nil
	})
	k.tabTo("Start a negotiation from this", button("Start a negotiation from this"))
	k.press(fyne.KeySpace)
	a.drain()
	if a.shell.currentID != "negotiate" {
		t.Fatalf("Start a negotiation from this opened %q", a.shell.currentID)
	}

	// The review: each finding's "Show me" takes the keyboard to its field.
	// The new negotiation's first page: a kind, then Start writing.
	k.tabTo("First scene together", button("First scene together"))
	k.press(fyne.KeySpace)
	a.eventually(t, "Sam and Alex are ticked as taking part", func() bool {
		ticked := 0
		kittest.Walk(a.shell.current.view(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
			if c, ok := o.(*widget.Check); ok && c.Checked && (c.Text == "Sam" || c.Text == "Alex") {
				ticked++
			}
		})
		return ticked == 2
	})
	k.tabTo("Start writing", button("Start writing"))
	k.press(fyne.KeySpace)
	a.eventually(t, "the form opens", func() bool { return shownButton(a.shell.current.view(), "Preview and print") != nil })
	// Reading order: from the sidebar, the form's actions at the top come
	// before its long list of fields, and the review beside the form is a
	// few Shift+Tabs back from the sidebar.
	k.backTo("the sidebar", is(a.shell.nav))
	n := k.tabsTo(button("Preview and print"), false)
	t.Logf("Preview and print: %d Tabs from the sidebar", n)
	if n < 0 || n > 8 {
		t.Errorf("from the sidebar, Preview and print is %d Tabs away (after the form's fields), want it among the first", n)
	}
	k.backTo("the sidebar", is(a.shell.nav))
	n = k.tabsTo(button("Show me"), true)
	t.Logf("Show me: %d Shift+Tabs from the sidebar", n)
	if n < 0 || n > 12 {
		t.Errorf("from the sidebar, the review's last Show me is %d Shift+Tabs away, want a few", n)
	}

	// The review: each finding's "Show me" takes the keyboard to its field.
	for i := range 3 {
		k.backTo("the sidebar", is(a.shell.nav))
		for range i + 1 {
			k.tabsTo(button("Show me"), true)
		}
		before := k.canvas().Focused()
		k.press(fyne.KeySpace)
		if f := k.canvas().Focused(); f == before || f == nil {
			t.Errorf("Show me left the keyboard on %s", k.focusedText())
		}
	}

	// The preview, and back.
	k.tabTo("Preview and print", button("Preview and print"))
	k.press(fyne.KeySpace)
	a.drain()
	if !hasText(texts(a.shell.current.view()), "The page as it will print") {
		t.Fatal("Preview and print did not show the page")
	}
	k.tabTo("Back to editing", button("Back to editing"))
	k.press(fyne.KeySpace)
	a.drain()
	if shownButton(a.shell.current.view(), "Preview and print") == nil {
		t.Fatal("Back to editing did not go back to the form")
	}

	for name, want := range map[string]map[checklist.Answer]int{
		"Sam":  {checklist.Yes: 2, checklist.Maybe: 1},
		"Alex": {checklist.Yes: 2, checklist.Maybe: 1},
	} {
		if got := savedAnswers(t, a.App, name); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s's saved answers are %v, want %v (the keys typed)", name, got, want)
		}
	}
}

// tabsTo presses Tab (or Shift+Tab, back) until the focused widget is the
// one wanted, and says how many presses that took; -1 when a full round of
// the window's controls never reaches it.
func (k keys) tabsTo(want func(fyne.Focusable) bool, back bool) int {
	start := k.canvas().Focused()
	for n := 1; n < 1000; n++ {
		if back {
			k.canvas().FocusPrevious()
		} else {
			k.canvas().FocusNext()
		}
		f := k.canvas().Focused()
		if f != nil && want(f) {
			return n
		}
		if f == start {
			return -1
		}
	}
	return -1
}

// backTo is tabTo with Shift+Tab, for the long form: the whole round.
func (k keys) backTo(what string, want func(fyne.Focusable) bool) {
	k.t.Helper()
	if f := k.canvas().Focused(); f != nil && want(f) {
		return
	}
	if k.tabsTo(want, true) < 0 {
		k.t.Fatalf("Shift+Tab never reaches %s", what)
	}
}

// section opens a section from the sidebar: Tab to it, the arrow keys to
// the section, Space.
func (k keys) section(id string) {
	k.t.Helper()
	s := k.a.shell
	k.tabTo("the sidebar", is(s.nav))
	for range s.sections {
		k.press(fyne.KeyUp)
	}
	for _, sec := range s.sections {
		if sec.id == id {
			break
		}
		k.press(fyne.KeyDown)
	}
	k.press(fyne.KeySpace)
	k.a.drain()
	if s.currentID != id {
		k.t.Fatalf("the sidebar opened %q, want %q", s.currentID, id)
	}
}

func typeName(o any) string { return fmt.Sprintf("%T", o) }

// savedAnswers counts the answers kept in the vault for the person named.
func savedAnswers(t *testing.T, a *App, name string) map[checklist.Answer]int {
	t.Helper()
	v := a.Vault()
	all, err := v.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	for _, prof := range all {
		if prof.Name != name {
			continue
		}
		p, err := v.OpenPerson(prof.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		sheet, _, err := v.LoadChecklist(p)
		if err != nil {
			t.Fatal(err)
		}
		return sheet.Counts()
	}
	t.Fatalf("%s is not in the vault", name)
	return nil
}
