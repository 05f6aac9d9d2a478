package history

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// No text falls through (issue 18): History's views, shown in the
// pseudo-language, have no word that did not come from the catalogue: the
// list, a negotiation, a kept version, what changed between two versions,
// and the limits timeline. Names, titles and notes the test wrote are the
// people's own words and stay as they are.
func TestHistoryHasNoTextOutsideTheCatalogue(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	a.InPseudo(t)
	v := a.Vault()
	typed := []string{"Alex", "Sam", "Gag", "Friday at ours", "45 minutes", "30 minutes", "gag", "pineapple", "three taps",
		"blindfold", "the spare room", "A blanket and a cup of tea", "rutabaga", "A sore shoulder this week"}
	leaks := func(where string) {
		t.Helper()
		a.Drain()
		for _, s := range kittest.Untranslated(a.Window, typed...) {
			t.Errorf("%s: %s", where, s)
		}
	}
	before := kittest.CoupleDoc(c.Now(), "")
	id := kittest.Agreed(t, v, before)
	after := negotiation.Renegotiate(before, c.Now())
	after.Title = "Friday at ours"
	after.Scene.SetDuration("30 minutes")
	after.AddActivity(negotiation.CustomActivity("blindfold", negotiation.StatusYes))
	after.Participants[0].Limits.Soft = nil
	after.Participants[0].Limits.Hard = []negotiation.LimitItem{{Text: "gag"}}
	after.Scene.Setting.Room = "the spare room"
	after.Scene.Intensity = negotiation.IntensityMedium
	after.Safewords.TrafficLight = !before.Safewords.TrafficLight
	after.Participants[1].Aftercare.Immediate.What = "A blanket and a cup of tea"
	after.Participants[1].Aftercare.Immediate.By = []string{after.Participants[0].ID}
	after.Safewords.Word = "rutabaga"
	after.Participants[1].Physical = "A sore shoulder this week"
	after.Participants[1].Pronouns = "they"
	typed = append(typed, "they")
	after.SetSceneOn(kittest.SceneAt.Add(24 * time.Hour))
	if _, err := v.NewVersion(id, after); err != nil {
		t.Fatal(err)
	}
	start := c.Now()
	cuffs := checklist.Key{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}
	sam := samWithAnswers(t, v, "", map[checklist.Key]checklist.Answer{gagReceiving: checklist.No, cuffs: checklist.Maybe}, start)
	p, sheet := samsSheet(t, v, sam)
	for i, k := range []checklist.Key{cuffs, gagReceiving} {
		to := []checklist.Answer{checklist.Yes, checklist.HardLimit}[i]
		change, _ := sheet.SetAnswer(k, to, start.Add(time.Duration(i+1)*24*time.Hour))
		if err := v.SaveAnswer(p, k, sheet.Get(k), &change); err != nil {
			t.Fatal(err)
		}
	}

	h := openHistory(t, a)
	d := openDetailOf(t, a, h, "Friday at ours")
	leaks("a negotiation")
	test.Tap(d.view[0])
	a.Eventually(t, "the version is shown", func() bool { return h.version.text != nil })
	leaks("a kept version")

	h = openHistory(t, a)
	leaks("the list")
	d = openDetailOf(t, a, h, "Friday at ours")
	test.Tap(d.compare)
	a.Eventually(t, "the changes are shown", func() bool { return len(h.diff.groups) > 0 })
	leaks("what changed")

	h = openHistory(t, a)
	d = openDetailOf(t, a, h, "Friday at ours")
	test.Tap(d.renegotiate)
	leaks("renegotiating: what is new")

	h = openHistory(t, a)
	test.Tap(h.list.timeline)
	tl := h.timeline
	a.Eventually(t, "Sam is offered", func() bool { return len(tl.choose) == 1 })
	leaks("the timeline's chooser")
	test.Tap(tl.choose[0])
	a.Eventually(t, "the timeline is shown", func() bool { return tl.list != nil })
	leaks("the timeline")

	second := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	c.Set(kittest.SceneAt.Add(30 * time.Hour))
	h = openHistory(t, a)
	h.openDebrief(second)
	a.Eventually(t, "the debrief has opened", func() bool { return len(h.debrief.people) == 2 })
	leaks("the debrief")

	ag := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, c.Now())
	ag.Title = "Our dynamic"
	ag.Agreement.Exit = negotiation.Exit{Pause: "Either of us says pause", End: "Either of us ends it", Then: "A talk"}
	typed = append(typed, "Our dynamic", "Either of us says pause", "Either of us ends it", "A talk")
	kittest.Agreed(t, v, ag)
	h = openHistory(t, a)
	a.Eventually(t, "the agreement is listed", func() bool { return len(h.list.agreements) == 1 })
	leaks("the list with a standing agreement")
	test.Tap(h.list.agreeBtns[0])
	a.Eventually(t, "the agreement opens", func() bool { return h.detail.ready })
	leaks("a standing agreement")
}
