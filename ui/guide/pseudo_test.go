package guide

import (
	"testing"

	"parleyapp.org/parley/ui/kit/kittest"
)

// No text falls through (issue 18): the guide, shown in the
// pseudo-language, has no word that did not come from the catalogue:
// every article and every glossary entry, opened one by one.
func TestTheGuideHasNoTextOutsideTheCatalogue(t *testing.T) {
	env := kittest.New(t, nil)
	env.InPseudo(t)
	g := New(env.Env).(*Guide)
	env.Window.SetContent(g.View())
	all := g.everything()
	if len(all) < 30 { // 40 articles and glossary entries today
		t.Fatalf("the guide lists %d entries", len(all))
	}
	for _, r := range all {
		g.show(r.ID)
		for _, s := range kittest.Untranslated(env.Window) {
			t.Errorf("%s: %s", r.ID, s)
		}
	}
}
