package negotiate

import (
	"fmt"
	"strings"
	"testing"

	"parleyapp.org/parley/persistence"
)

// groupOf is a saved comparison of three people: n things all of them
// want, n worth talking about and n that only Alex and Sam want.
func groupOf(n int) persistence.SavedComparison {
	g := &persistence.SavedGroup{Names: []string{"Alex", "Sam", "Kim"}, MaybesCompared: true}
	pair := persistence.SavedPair{FirstName: "Alex", SecondName: "Sam"}
	for i := range n {
		g.Everyone = append(g.Everyone, persistence.SavedGroupMatch{ActivityID: fmt.Sprintf("custom:all%d", i), Name: "All", Together: true})
		g.WorthTalking = append(g.WorthTalking, persistence.SavedGroupMatch{ActivityID: fmt.Sprintf("custom:talk%d", i), Name: "Talk", Together: true})
		pair.BothYes = append(pair.BothYes, persistence.SavedMatch{ActivityID: fmt.Sprintf("custom:pair%d", i), Name: "Pair", Together: true})
	}
	g.Pairs = []persistence.SavedPair{pair}
	return persistence.SavedComparison{Group: g}
}

// Issue 18: the note on a negotiation started from a group's comparison
// says its counts with plural forms: "the 1 thing you all want", never
// "the 1 things".
func TestAGroupsStartingNoteCountsInTheRightForm(t *testing.T) {
	for _, c := range []struct {
		n          int
		want, lose []string
	}{
		{1, []string{"the 1 thing you all want comes in", "The 1 thing worth talking about comes in", "The 1 thing only some of you want comes in", "until you choose it together"},
			[]string{"1 things", "1 worth talking"}},
		{2, []string{"the 2 things you all want come in", "The 2 things worth talking about come in", "The 2 things only some of you want come in", "until you choose them together"},
			[]string{"2 thing ", "comes in"}},
	} {
		note := groupStart(nil, groupOf(c.n)).note
		for _, w := range c.want {
			if !strings.Contains(note, w) {
				t.Errorf("with %d, the note lacks %q:\n%s", c.n, w, note)
			}
		}
		for _, w := range c.lose {
			if strings.Contains(note, w) {
				t.Errorf("with %d, the note says %q:\n%s", c.n, w, note)
			}
		}
	}
}
