package checklist

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"
)

// focusedButtonIn gives the keyboard to the dialog button labelled s in o,
// as Tab would.
func focusedButtonIn(t *testing.T, f *fixture, o fyne.CanvasObject, s string) {
	t.Helper()
	var found fyne.Focusable
	walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch b := o.(type) {
		case *kit.EscButton:
			if found == nil && b.Text == s {
				found = b
			}
		case *widget.Button:
			if found == nil && b.Text == s {
				found = b
			}
		}
	})
	if found == nil {
		t.Fatalf("the dialog has no %q button", s)
	}
	f.env.Window.Canvas().Focus(found)
}

func TestAddYourOwnSaysWhyAddIsGrey(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	tap(c.addOwn)
	d := topOverlay(f)
	add := buttonIn(d, "Add")
	if add == nil || !add.Disabled() || !saysIn(d, "Give the activity a name") {
		t.Fatalf("no name: Add is there %v, grey %v, explained %v", add != nil, add != nil && add.Disabled(), saysIn(d, "Give the activity a name"))
	}
	test.Type(entriesIn(d)[0], "Hand holding")
	if add.Disabled() || saysIn(d, "Give the activity a name") {
		t.Errorf("named: Add grey %v, still explained %v", add.Disabled(), saysIn(d, "Give the activity a name"))
	}
}

func TestThePINDialogSaysWhySaveAndRemoveAreGrey(t *testing.T) {
	f, alex := twoPeopleOneProtected(t)
	c := f.cur
	tap(c.people.SealButton)
	d := topOverlay(f)
	save := buttonIn(d, "Protect my list")
	if save == nil || !save.Disabled() || !saysIn(d, "type the new PIN twice") {
		t.Fatalf("empty Protect dialog: Save grey %v, explained %v", save != nil && save.Disabled(), saysIn(d, "type the new PIN twice"))
	}
	es := entriesIn(d)
	test.Type(es[0], "fresh orchard morning")
	if !save.Disabled() || !saysIn(d, "not the same yet") {
		t.Errorf("one PIN typed: Save grey %v, explained %v", save.Disabled(), saysIn(d, "not the same yet"))
	}
	test.Type(es[1], "fresh orchard morning")
	if save.Disabled() || saysIn(d, "not the same yet") {
		t.Errorf("a good PIN twice: Save grey %v, still explained %v", save.Disabled(), saysIn(d, "not the same yet"))
	}
	tap(buttonIn(d, "Cancel"))

	// Alex's list has a PIN: Save and Remove wait for the current one.
	c = openAlex(t, f, alex)
	tap(c.people.SealButton)
	d = topOverlay(f)
	remove, save := buttonIn(d, "Remove the PIN"), buttonIn(d, "Save new PIN")
	if remove == nil || save == nil || !remove.Disabled() || !save.Disabled() || !saysIn(d, "Please type the current PIN first") {
		t.Fatalf("change dialog with nothing typed: Remove there %v, both grey, explained %v", remove != nil, saysIn(d, "Please type the current PIN first"))
	}
	test.Type(entriesIn(d)[0], "x")
	if remove.Disabled() || saysIn(d, "Please type the current PIN first") {
		t.Errorf("current PIN typed: Remove grey %v, still asks for the current PIN %v", remove.Disabled(), saysIn(d, "Please type the current PIN first"))
	}
}

// Moved from ui/calm_rest_test.go (the checklist's part): a summary has
// nothing to type in, so nothing has the keyboard and Escape reaches the
// window; a dialog with fields is left to its fields.
func TestEscapeClosesTheSummaryButNotATypedName(t *testing.T) {
	f := newFixture(t)
	ov := f.env.Window.Canvas().Overlays()
	c := openChecklist(t, f, "Sam")
	c.showSummary()
	if ov.Top() == nil || f.env.Window.Canvas().Focused() != nil {
		t.Fatalf("the summary did not open, or something in it has the keyboard (%T)", f.env.Window.Canvas().Focused())
	}
	pressEscape(f)
	if ov.Top() != nil {
		t.Fatal("Escape did not close the summary")
	}

	c.people.AskAdd()
	test.Type(entriesIn(ov.Top())[0], "Robin")
	f.env.Window.Canvas().Unfocus()
	pressEscape(f)
	if ov.Top() == nil {
		t.Fatal("Escape with nothing focused closed a dialog with a name typed in it")
	}
}

// Moved from ui/calm_rest_test.go (the checklist's dialogs).
func TestEscapeLeavesTheChecklistsDialogs(t *testing.T) {
	f := newFixture(t)
	ov := f.env.Window.Canvas().Overlays()
	escapeCloses := func(what string, open func()) {
		t.Helper()
		open()
		if ov.Top() == nil {
			t.Fatalf("%s did not open", what)
		}
		if _, ok := f.env.Window.Canvas().Focused().(*kit.DialogEntry); !ok {
			t.Fatalf("%s opens with the keyboard in %T", what, f.env.Window.Canvas().Focused())
		}
		pressEscape(f)
		if ov.Top() != nil {
			t.Errorf("Escape in an untouched %s did not close it", what)
			f.closeOverlays()
		}
	}
	c := openChecklist(t, f, "Sam")
	escapeCloses("Add your own activity", func() { tap(c.addOwn) })
	escapeCloses("the checklist's Add a person", c.people.AskAdd)
	escapeCloses("Protect my list", func() { tap(c.people.SealButton) })

	// Typed in: Escape asks first.
	tap(c.addOwn)
	test.Type(f.env.Window.Canvas().Focused(), "Hand holding")
	pressEscape(f)
	if buttonIn(ov.Top(), "Leave without saving") == nil {
		t.Error("Escape after typing a name did not ask first")
	}
}

// Moved from ui/calm_rest_test.go: the note hands the wheel to the
// details' scroller around it.
func TestTheWheelOverTheNoteGoesToTheDetails(t *testing.T) {
	f := newFixture(t)
	f.env.Window.Resize(fyne.NewSize(800, 600))
	cl := openChecklist(t, f, "Sam")
	if cl.note.Page() != cl.details || cl.details == nil {
		t.Error("the checklist's note does not pass the wheel to the details' scroller")
	}
}

// Issue 14: Escape with a dialog's button focused does what it does in
// its fields: closes the dialog when nothing was typed, asks otherwise;
// on the question itself, with "Keep editing" focused, it goes back.
func TestEscapeOnAFocusedDialogButton(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	ov := f.env.Window.Canvas().Overlays()

	tap(c.people.SealButton)
	if ov.Top() == nil {
		t.Fatal("no PIN dialog")
	}
	focusedButtonIn(t, f, ov.Top(), "Cancel")
	pressEscape(f)
	if ov.Top() != nil {
		t.Fatal("Escape on the untouched PIN dialog's Cancel did not close it")
	}

	tap(c.people.SealButton)
	pin := f.env.Window.Canvas().Focused().(*kit.DialogEntry)
	test.Type(&pin.Entry, "4321")
	focusedButtonIn(t, f, ov.Top(), "Cancel")
	pressEscape(f)
	if len(ov.List()) != 2 || buttonIn(ov.Top(), "Leave without saving") == nil {
		t.Fatalf("Escape on Cancel after typing did not ask (%d dialogs)", len(ov.List()))
	}
	pressEscape(f) // "Keep editing" has the keyboard
	if len(ov.List()) != 1 || pin.Text != "4321" {
		t.Fatalf("Escape on Keep editing left %d dialogs, the PIN %q", len(ov.List()), pin.Text)
	}
}

// TestAddYourOwnLeavesNoBandWhenNamed: once a name is typed, the line
// saying why Add is grey goes and leaves no empty band in the form
// (issue 14's after-shot 05); clearing the name brings it back. Add stays
// where it was all the while, so it never moves under the pointer.
func TestAddYourOwnLeavesNoBandWhenNamed(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	tap(c.addOwn)
	d := topOverlay(f)
	var form *widget.Form
	walk(d, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if fm, ok := o.(*widget.Form); ok && form == nil {
			form = fm
		}
	})
	add := buttonIn(d, "Add")
	if form == nil || add == nil {
		t.Fatal("the add dialog has no form or no Add button")
	}
	where := func() fyne.Position { return fyne.CurrentApp().Driver().AbsolutePositionForObject(add) }
	line := widget.NewLabel("Give").MinSize().Height
	unnamed, at := form.MinSize().Height, where()

	test.Type(entriesIn(d)[0], "Hand holding")
	if named := form.MinSize().Height; unnamed-named < line*0.8 {
		t.Errorf("named: the form is %v high, %v before: the hidden line still takes its band", named, unnamed)
	}
	if where() != at {
		t.Errorf("named: Add moved from %v to %v", at, where())
	}

	entriesIn(d)[0].SetText("")
	if !saysIn(d, "Give the activity a name") || form.MinSize().Height != unnamed {
		t.Errorf("name cleared: the line is back %v, the form %v high (was %v)", saysIn(d, "Give the activity a name"), form.MinSize().Height, unnamed)
	}
	if where() != at {
		t.Errorf("name cleared: Add moved from %v to %v", at, where())
	}
}
