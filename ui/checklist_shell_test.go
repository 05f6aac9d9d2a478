package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

// The Checklist moved to ui/checklist: the shell's tests reach it only as
// a person does, through what is on screen (its own tests, on a kit.Env,
// are in ui/checklist).

// openChecklist opens the Checklist section, adds a person through
// "Add a person" and waits for their list.
func openChecklist(t *testing.T, a *testApp, name string) {
	t.Helper()
	a.shell.open("checklist")
	a.eventually(t, "the chooser is ready", func() bool { return buttonExactly(a.win.Canvas().Content(), "Add a person") != nil })
	tap(buttonExactly(a.win.Canvas().Content(), "Add a person"))
	d := topOverlay(a)
	if d == nil {
		t.Fatal("Add a person opened nothing")
	}
	test.Type(entriesIn(d)[0], name)
	tap(buttonExactly(d, "Add"))
	a.eventually(t, name+"'s list opens", func() bool { return checklistOpenFor(a, name) })
}

// pickInChecklist opens the Checklist section and taps name in its chooser.
func pickInChecklist(t *testing.T, a *testApp, name string) {
	t.Helper()
	a.shell.open("checklist")
	var b *widget.Button
	a.eventually(t, name+" is listed", func() bool {
		b = buttonStarting(a.win.Canvas().Content(), name)
		return b != nil
	})
	tap(b)
	a.drain()
}

// checklistOpenFor reports whether the screen shows name's list (the
// person bar with "Someone else").
func checklistOpenFor(a *testApp, name string) bool {
	all := texts(a.win.Canvas().Content())
	return hasText(all, "Someone else") && hasText(all, name)
}

// buttonExactly is the button inside o whose text is s, or nil.
func buttonExactly(o fyne.CanvasObject, s string) *widget.Button {
	var found *widget.Button
	kittest.Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := kittest.ButtonOf(o); ok && found == nil && b.Text == s {
			found = b
		}
	})
	return found
}

// buttonStarting is the button inside o whose text starts with s, or nil.
func buttonStarting(o fyne.CanvasObject, s string) *widget.Button {
	var found *widget.Button
	kittest.Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := kittest.ButtonOf(o); ok && found == nil && strings.HasPrefix(b.Text, s) {
			found = b
		}
	})
	return found
}

// firstEntry is the first text field on screen (the checklist's search).
func firstEntry(t *testing.T, a *testApp) *widget.Entry {
	t.Helper()
	es := entriesIn(a.win.Canvas().Content())
	if len(es) == 0 {
		t.Fatal("no text field on screen")
	}
	return es[0]
}
