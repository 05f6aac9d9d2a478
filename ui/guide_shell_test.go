package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/guide"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// guideTerm is the glossary term whose name starts with name.
func guideTerm(t *testing.T, name string) guide.Term {
	t.Helper()
	for _, term := range guide.Terms() {
		if strings.HasPrefix(strings.ToLower(term.Name), strings.ToLower(name)) {
			return term
		}
	}
	t.Fatalf("the glossary has no %q", name)
	return guide.Term{}
}

// showsGuideOn reports whether the shell shows the Guide section with the
// definition of term on it.
func showsGuideOn(a *testApp, term guide.Term) bool {
	return a.shell.currentID == "guide" && contains(texts(a.shell.current.view()), term.Definition)
}

func TestShowGuideOpensTheGuideOnTheEntryFromAnotherSection(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.shell.open("home")
	a.ShowGuide("hard-limit")
	if hard := guideTerm(t, "Hard limit"); !showsGuideOn(a, hard) {
		t.Fatalf("ShowGuide(hard-limit) shows section %q without the definition", a.shell.currentID)
	}
	a.ShowGuide("soft-limit") // the guide is showing already
	if soft := guideTerm(t, "Soft limit"); !showsGuideOn(a, soft) {
		t.Fatal("ShowGuide while the guide shows does not move to the entry")
	}
}

func TestTheChecklistHelpButtonOpensTheGuide(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	openChecklist(t, a, "Sam")
	var help *widget.Button
	kittest.Walk(a.win.Canvas().Content(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := o.(*kit.NamedButton); ok && b.Icon != nil && b.Icon.Name() == theme.HelpIcon().Name() {
			help = &b.Button
		}
	})
	if help == nil {
		t.Fatal("the checklist has no help button")
	}
	tap(help)
	tapText(t, a, "Soft limit")
	if !showsGuideOn(a, guideTerm(t, "Soft limit")) {
		t.Fatalf("the help button's menu did not open the guide on soft limits (%v)", a.shell.currentID)
	}
	pickInChecklist(t, a, "Sam")
	a.eventually(t, "Sam's list reopens", func() bool { return checklistOpenFor(a, "Sam") })
	help = nil
	kittest.Walk(a.win.Canvas().Content(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if b, ok := o.(*kit.NamedButton); ok && b.Icon != nil && b.Icon.Name() == theme.HelpIcon().Name() {
			help = &b.Button
		}
	})
	tap(help)
	tapText(t, a, "Hard limit")
	if !showsGuideOn(a, guideTerm(t, "Hard limit")) {
		t.Fatal("the help button's menu did not open the guide on hard limits")
	}
}
