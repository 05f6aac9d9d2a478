package checklist

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/kinklist"
	"parleyapp.org/parley/ui/kit/kittest"
)

// No text falls through (issue 18): the Checklist, shown in the
// pseudo-language, has no word that did not come from the catalogue: the
// chooser and its "add a person" dialog, the list with its categories and
// an activity's detail, adding one's own activity, protecting the list
// with a PIN (with the meter's words), and the More menu's export and
// import. The name and the PIN the test types are the person's own.
func TestTheChecklistHasNoTextOutsideTheCatalogue(t *testing.T) {
	f := newFixture(t)
	f.env.InPseudo(t)
	user := []string{"Sam"}
	leaks := func(where string) {
		t.Helper()
		f.env.Drain()
		for _, s := range kittest.Untranslated(f.env.Window, user...) {
			t.Errorf("%s: %s", where, s)
		}
	}
	c := f.screen()
	f.env.Eventually(t, "the chooser is ready", func() bool { return c.people != nil })
	leaks("the chooser")
	c.people.AskAdd()
	leaks("the add-a-person dialog")
	f.closeOverlays()

	c = openChecklist(t, f, "Sam")
	leaks("Sam's list")
	c.selectRow(0)
	leaks("an activity's detail")
	c.askCustom()
	leaks("the add-your-own dialog")
	f.closeOverlays()

	c.people.AskSeal()
	if es := entriesIn(topOverlay(f)); len(es) > 0 {
		test.Type(es[0], "1234")
		user = append(user, "1234", "•")
	}
	leaks("the PIN dialog with a weak PIN")
	f.closeOverlays()

	c.showMore()
	leaks("the More menu")
	f.closeOverlays()
	c.askExport()
	leaks("the export dialog")
	f.closeOverlays()
	c.askImport()
	leaks("the import dialog")
	f.closeOverlays()

	// KinkList's preview and its result: the category, item and column
	// names are KinkList's own words, like the person's.
	list, err := kinklist.ParseList(assets.KinkListDefault)
	if err != nil {
		t.Fatal(err)
	}
	for _, cat := range list.Categories {
		user = append(append(append(user, cat.Name), cat.Fields...), cat.Items...)
	}
	paste := func(address string) *importer {
		c.askImport()
		test.Type(c.imp.code, address)
		user = append(user, address)
		tap(c.imp.showBtn)
		return c.imp
	}
	paste(realCode(t)[:40])
	leaks("a cut-off KinkList code")
	f.closeOverlays()
	imp := paste(realCode(t))
	leaks("the KinkList preview")
	tap(imp.bring)
	f.env.Eventually(t, "the answers come in", func() bool { return c.sheet != nil && c.sheet.Get(cuffs).Answer != checklist.Unanswered })
	leaks("the KinkList result")
}

// No text falls through in an answer's conditions (issue 18): the "Only
// with…" part on a Yes with each field set, the line that takes its place
// on another answer, the row, and the summary that lists the answer with
// its condition in words. "Alex" is the person's own.
func TestTheChecklistsConditionsHaveNoTextOutsideTheCatalogue(t *testing.T) {
	f := newFixture(t)
	f.env.InPseudo(t)
	user := []string{"Sam", "Alex"}
	leaks := func(where string) {
		t.Helper()
		f.env.Drain()
		for _, s := range kittest.Untranslated(f.env.Window, user...) {
			t.Errorf("%s: %s", where, s)
		}
	}
	c := openChecklist(t, f, "Sam")
	i := rowIndex(t, c, "sensory-deprivation.blindfold", checklist.Receiving)
	c.list.Select(i)
	leaks("an unanswered row's conditions line")
	c.list.TypedRune('1')
	if !c.cond.fields.Visible() {
		t.Fatal("a Yes does not offer conditions")
	}
	leaks("the conditions on a Yes")
	test.Type(c.cond.with, "Alex")
	test.Tap(c.cond.talk)
	for n := range c.cond.upTo.Options {
		c.cond.upTo.SetSelectedIndex(n)
		leaks("the conditions, up to choice " + c.cond.upTo.Selected)
	}
	c.cond.upTo.SetSelectedIndex(1)
	c.showSummary()
	leaks("the summary with a conditional answer")
	f.closeOverlays()
	c.list.TypedRune('3')
	leaks("the conditions kept on another answer")
}
