package compare

import (
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit/kittest"
)

// leaksIn reports, as errors, every text on w's window that did not come
// from the catalogue; names and the exchange's codes are the people's.
func leaksIn(t *testing.T, w *world, where string, codes ...string) {
	t.Helper()
	w.Drain()
	typed := []string{"Alex", "Sam"}
	for _, c := range codes {
		typed = append(typed, strings.Split(c, "\n")...)
	}
	for _, s := range kittest.Untranslated(w.Window, typed...) {
		_, text, _ := strings.Cut(s, `"`) // after the kind of object
		if plain := codeGroup.ReplaceAllString(text, ""); plain != text && !strings.ContainsAny(strings.ToLower(plain), "abcdefghijklmnopqrstuvwxyz") {
			continue // the check code and the fingerprint: groups of four letters and digits
		}
		t.Errorf("%s: %s", where, s)
	}
}

// codeGroup is one group of a check code or an exchange fingerprint.
var codeGroup = regexp.MustCompile(`\b[A-Z0-9]{4}\b`)

// No text falls through (issue 18): Compare, shown in the pseudo-language,
// has no word that did not come from the catalogue, both ways: two
// computers passing an invitation, a reply and a result code, and two
// people together on one computer.
func TestCompareHasNoTextOutsideTheCatalogue(t *testing.T) {
	a, b := newWorld(t), newWorld(t)
	a.InPseudo(t)
	b.InPseudo(t)
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, b, "Alex", alexsAnswers)

	ca := openCompare(t, a)
	leaksIn(t, a, "Compare with one person")
	pickOpen(t, a, ca.me, "Sam")
	test.Type(ca.partner, "Alex")
	ca.maybes.SetChecked(true)
	tap(ca.invite)
	a.Eventually(t, "the invitation is shown", func() bool { return ca.wait != nil })
	invitation := ca.wait.code.text.Text
	leaksIn(t, a, "the invitation", invitation)

	cb := openCompare(t, b)
	pasteInto(b, cb.anyCode.entry, invitation)
	tap(cb.continueBtn)
	b.Eventually(t, "the invitation opens the answer page", func() bool { return cb.answer != nil })
	leaksIn(t, b, "the answer page", invitation)
	pickOpen(t, b, cb.answer.me, "Alex")
	test.Type(cb.answer.partner, "Sam")
	cb.answer.maybes.SetChecked(true)
	tap(cb.answer.reply)
	b.Eventually(t, "the reply is shown", func() bool { return cb.wait != nil })
	reply := cb.wait.code.text.Text
	leaksIn(t, b, "the reply", reply)

	pasteInto(a, ca.wait.paste.entry, reply)
	tap(ca.wait.show)
	a.Eventually(t, "Sam sees the result", func() bool { return ca.result != nil })
	final := ca.result.final.text.Text
	leaksIn(t, a, "the starter's result", reply, final)
	pasteInto(b, cb.wait.paste.entry, final)
	tap(cb.wait.show)
	b.Eventually(t, "Alex sees the result", func() bool { return cb.result != nil })
	leaksIn(t, b, "the responder's result", final, cb.result.fingerprintCode.Text)
	ca.showHome()
	a.Eventually(t, "the saved result is listed", func() bool { return len(ca.earlier.Objects) == 2 })
	leaksIn(t, a, "Compare with a saved result")

	addPerson(t, a, "Alex", alexsAnswers)
	c := openCompare(t, a)
	pickOpen(t, a, c.first, "Sam")
	pickOpen(t, a, c.second, "Alex")
	leaksIn(t, a, "comparing together")
	tap(c.compareBtn)
	a.Eventually(t, "the result is shown", func() bool { return c.result != nil })
	leaksIn(t, a, "the result together")
}

// A group of three compared together, and the sealed list's PIN dialog on
// the way, in the pseudo-language.
func TestAGroupComparisonHasNoTextOutsideTheCatalogue(t *testing.T) {
	a := newWorld(t)
	a.InPseudo(t)
	c := samAndAlexPicked(t, a)
	tap(c.addBtn)
	third := c.pickers[2]
	pick(t, third, "Robin")
	a.Eventually(t, "Robin's PIN is asked for", func() bool { return third.pinDialog != nil })
	leaksIn(t, a, "the PIN dialog", "Robin")
	test.Type(third.pin, "quiet lantern 7")
	third.pinDialog.Submit()
	a.Eventually(t, "Robin's list opens", func() bool { return third.person != nil })
	tap(c.compareBtn)
	a.Eventually(t, "the result is shown", func() bool { return c.result != nil })
	leaksIn(t, a, "the group's result", "Robin")
}
