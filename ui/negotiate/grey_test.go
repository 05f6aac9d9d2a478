package negotiate

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"parleyapp.org/parley/ui/kit/kittest"
)

// Issue 14, item 8: "Start writing" was ready before the people to choose
// from had loaded, and pressing it then did nothing at all. Until they
// have loaded it is grey with a line saying so; after, a grey button says
// who is still to choose.
func TestStartWritingSaysWhyItIsGrey(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	test.Tap(n.newBtn)
	s := n.starter // the profiles are still loading: nothing drained yet
	if !s.start.Disabled() || !s.count.Visible() || !strings.Contains(s.count.Text, "Finding") {
		t.Errorf("before the people have loaded, Start writing is grey %v and the line says %q", s.start.Disabled(), s.count.Text)
	}
	a.Eventually(t, "the people to choose from are shown", func() bool { return len(s.others) > 0 })
	if !s.start.Disabled() || !strings.Contains(s.count.Text, "at least two") {
		t.Errorf("with nobody chosen, Start writing is grey %v and the line says %q", s.start.Disabled(), s.count.Text)
	}
	test.Type(s.others[0], "Alex")
	test.Type(s.others[1], "Sam")
	if s.start.Disabled() {
		t.Errorf("with two people typed, Start writing is grey and the line says %q", s.count.Text)
	}
}
