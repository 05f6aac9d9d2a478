package responder

import (
	"reflect"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/internal/starter"
)

// Every list of matches in match.Result reaches the page: a tier that
// domain/match adds (its own list in Result) fails this test until ViewOf
// gives it a section, rather than vanishing from the partner's screen.
func TestEveryResultListIsShown(t *testing.T) {
	c := starter.Shipped(t)
	var res match.Result
	v := reflect.ValueOf(&res).Elem()
	for i := range v.NumField() { // every tier compared: MaybesCompared, FantasiesCompared, …
		if f := v.Type().Field(i); f.Type.Kind() == reflect.Bool && strings.HasSuffix(f.Name, "Compared") {
			v.Field(i).SetBool(true)
		}
	}
	lists := map[string]string{} // activity -> Result field
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if f.Type != reflect.TypeOf([]match.Match{}) {
			continue
		}
		a := c.Activities[i]
		lists[a.ID] = f.Name
		v.Field(i).Set(reflect.ValueOf([]match.Match{{Activity: a.ID, Slot: match.SlotTogether}}))
	}
	if len(lists) < 2 {
		t.Fatalf("match.Result has %d lists of matches; this test expects at least yes and open", len(lists))
	}
	shown := map[string]bool{}
	for _, s := range ViewOf(c, res, match.Responder).Sections {
		for _, it := range s.Items {
			shown[it.Activity] = true
		}
	}
	for id, field := range lists {
		if !shown[id] {
			t.Errorf("Result.%s does not reach the page: give it a section in ViewOf", field)
		}
	}
}
