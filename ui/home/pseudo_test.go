package home

import (
	"testing"
	"time"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// No text falls through (issue 18): Home, shown in the pseudo-language,
// has no word that did not come from the catalogue: with nothing yet, and
// with an agreed scene coming up and then its debrief due. Names and the
// title are the people's own.
func TestHomeHasNoTextOutsideTheCatalogue(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	a.InPseudo(t)
	leaks := func(where string) {
		t.Helper()
		h := openHome(t, a)
		a.Eventually(t, "Home has read the negotiations", func() bool { return h.looked })
		for _, s := range kittest.Untranslated(a.Window, "Alex", "Sam", "Friday at ours") {
			t.Errorf("%s: %s", where, s)
		}
	}
	leaks("Home with nothing yet")
	v := a.Vault()
	id := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	leaks("Home before the scene")
	c.Set(kittest.SceneAt.Add(30 * time.Hour))
	if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: "p2", WhatWorked: "Feeling looked after", WrittenAt: c.Now()}); err != nil {
		t.Fatal(err)
	}
	leaks("Home with a debrief due")
}
