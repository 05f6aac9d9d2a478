package printout

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/internal/i18n"
)

// An activity's status is one word in every shipped language, never
// broken inside the word: German's "Ausprobieren" came out as
// "Ausprobiere" over "n" in a 54-point column (seen in docs/screens/).
func TestTheStatusWordIsNeverBroken(t *testing.T) {
	doc := firstScene()
	doc.Scene.Activities = append(doc.Scene.Activities,
		negotiation.Activity{ID: "sensation.wax", Name: "Wax", Together: true, Status: negotiation.StatusTry},
		negotiation.Activity{ID: "sensory-deprivation.blindfold", Name: "Blindfold", Together: true, Status: negotiation.StatusNotThisTime})
	for _, tag := range i18n.Shipped {
		l, err := i18n.Load(tag)
		if err != nil {
			t.Fatal(err)
		}
		r, err := NegotiationIn(doc, printedOn, A4, l)
		if err != nil {
			t.Fatal(err)
		}
		text, _, _, _ := readPDF(t, r.PDF)
		lines := strings.Split(text, "\n")
		for _, id := range []string{"outline.group.yes", "outline.group.try", "outline.group.not-this-time"} {
			word := l.Text(id, nil)
			if strings.Contains(word, " ") {
				word = strings.Fields(word)[0] // two words may wrap between them
			}
			found := false
			for _, line := range lines {
				if strings.Contains(" "+line+" ", " "+word+" ") {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: the status %q is not whole on any line:\n%s", tag, word, text)
			}
		}
	}
}
