package history

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// openDetailOf opens a negotiation from History's list, by its title.
func openDetailOf(t *testing.T, a *kittest.Section, h *History, title string) *histDetail {
	t.Helper()
	var at int
	a.Eventually(t, title+" is listed", func() bool {
		at = slices.IndexFunc(h.list.found, func(s persistence.NegotiationSummary) bool { return s.Title == title })
		return at >= 0
	})
	fyne.DoAndWait(func() { h.list.list.Select(at) })
	d := h.detail
	a.Eventually(t, "the negotiation has opened", func() bool { return d.ready })
	return d
}

func TestRenegotiateAsksWhatIsNewThenComparesTheVersions(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	id := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))

	h := openHistory(t, a)
	d := openDetailOf(t, a, h, "Friday at ours")
	test.Tap(d.renegotiate)
	r := h.reneg
	if r == nil {
		t.Fatal("Renegotiate did not ask anything")
	}
	shown := strings.Join(kittest.ShownText(r.Content), "\n")
	for _, q := range negotiation.NewFactorQuestions() {
		if strings.Count(shown, q) != 2 {
			t.Errorf("the question %q is not asked of both people", q)
		}
	}
	if !strings.Contains(shown, "Last time: version 1") || !strings.Contains(shown, "Wrist cuffs") {
		t.Error("the previous version is not shown beside the questions")
	}
	test.Type(r.Factors[1][0], "A new prescription for my back")
	test.Type(r.Factors[0][2], "A hard week at work")
	test.Tap(r.Start)

	a.Eventually(t, "version 2 is kept", func() bool {
		vs, err := v.Versions(id)
		return err == nil && len(vs) == 2
	})
	v2, err := v.Version(id, 2)
	if err != nil {
		t.Fatal(err)
	}
	if v2.Participants[1].NewFactors.Medication != "A new prescription for my back" || v2.Participants[0].NewFactors.Events != "A hard week at work" {
		t.Errorf("the answers did not go into the new version: %+v", v2.Participants)
	}
	if !v2.AgreedOn.IsZero() {
		t.Error("the new version should be a draft to agree again")
	}
	a.Eventually(t, "Negotiate opens on the new draft", func() bool {
		return len(a.Went) == 1 && a.Went[0] == (kit.NegotiateOpen{NegotiationID: id})
	})

	// They talk it through and change the duration in the editor.
	v2.Scene.SetDuration("30 minutes")
	if err := v.AgreeVersion(id, v2); err != nil {
		t.Fatal(err)
	}
	h = openHistory(t, a)
	d = openDetailOf(t, a, h, "Friday at ours")
	if d.from.Selected != "1" || d.to.Selected != "2" {
		t.Fatalf("the comparison should start with the last two versions, not %s and %s", d.from.Selected, d.to.Selected)
	}
	test.Tap(d.compare)
	p := h.diff
	a.Eventually(t, "the changes are shown", func() bool { return len(p.groups) > 0 })
	got := strings.Join(kittest.ShownText(p.content), "\n")
	for _, want := range []string{
		"Duration 45 → 30 minutes.",
		"Sam's answer about medication added.",
		"Alex's answer about recent events added.",
		"A new prescription for my back",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the comparison does not say %q; it shows:\n%s", want, got)
		}
	}
}

// TestCompareVersionsShowsEveryChangeUnderItsSection checks that what
// Diff says appears on screen, each sentence under its section's
// heading, including the three changes people look for most.
func TestCompareVersionsShowsEveryChangeUnderItsSection(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	before := kittest.CoupleDoc(c.Now(), "")
	id := kittest.Agreed(t, v, before)
	after := negotiation.Renegotiate(before, c.Now())
	after.Scene.SetDuration("30 minutes")
	after.AddActivity(negotiation.CustomActivity("blindfold", negotiation.StatusYes))
	after.Participants[0].Limits.Soft = nil
	after.Participants[0].Limits.Hard = []negotiation.LimitItem{{Text: "gag"}}
	after.Scene.Setting.Room = "the spare room"
	after.Scene.Intensity = negotiation.IntensityMedium
	after.Participants[1].Aftercare.Immediate.What = "A blanket and a cup of tea"
	after.Safewords.Word = "rutabaga"
	after.Participants[1].Physical = "A sore shoulder this week"
	if _, err := v.NewVersion(id, after); err != nil {
		t.Fatal(err)
	}

	h := openHistory(t, a)
	d := openDetailOf(t, a, h, "Friday at ours")
	test.Tap(d.compare)
	p := h.diff
	a.Eventually(t, "the changes are shown", func() bool { return len(p.groups) > 0 })
	shown := kittest.ShownText(p.content)

	for _, want := range []string{
		"Added: blindfold.",
		"Alex's soft limit 'gag' is now a hard limit.",
		"Duration 45 → 30 minutes.",
	} {
		if !slices.Contains(shown, want) {
			t.Errorf("%q is not shown; the page reads:\n%s", want, strings.Join(shown, "\n"))
		}
	}
	lines := negotiation.Diff(before, after, nil)
	if len(lines) < 7 {
		t.Fatalf("the test expected more changes from Diff, got %v", lines)
	}
	for _, l := range lines {
		at := slices.Index(shown, l.Text)
		head := slices.Index(shown, l.Section.Label())
		if at < 0 || head < 0 || head > at {
			t.Errorf("%q is not shown under %q", l.Text, l.Section.Label())
			continue
		}
		for _, other := range shown[head+1 : at] {
			for _, s := range []negotiation.Section{negotiation.SectionActivities, negotiation.SectionLimits, negotiation.SectionDuration,
				negotiation.SectionSetting, negotiation.SectionIntensity, negotiation.SectionAftercare, negotiation.SectionSafewords, negotiation.SectionPhysical} {
				if other == s.Label() && s != l.Section {
					t.Errorf("%q is shown under %q instead of %q", l.Text, other, l.Section.Label())
				}
			}
		}
	}
	if slices.ContainsFunc(shown, func(s string) bool { return strings.Contains(s, "rutabaga") || strings.Contains(s, "pineapple") }) {
		t.Error("the comparison should say the safeword changed without showing it")
	}
}

func TestAVersionOpensReadOnly(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	h := openHistory(t, a)
	d := openDetailOf(t, a, h, "Friday at ours")
	test.Tap(d.view[0])
	p := h.version
	a.Eventually(t, "the version is shown", func() bool { return p.text != nil })
	shown := strings.Join(kittest.ShownText(p.content), "\n")
	if !strings.Contains(shown, "Friday at ours") || !strings.Contains(shown, "Wrist cuffs") {
		t.Errorf("the version does not show its contents:\n%s", shown)
	}
	var entries int
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Entry:
			entries++
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(o.Content)
		case *widget.Card:
			walk(o.Content)
		}
	}
	walk(p.content)
	if entries != 0 {
		t.Errorf("a kept version should not be editable, but has %d fields", entries)
	}
}

func TestHistorySearchesAndFilters(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	other := negotiation.Established([]negotiation.Participant{{Name: "Jo"}, {Name: "Kim"}}, c.Now())
	other.Title = "Wax by candlelight"
	if _, err := v.CreateNegotiation(other); err != nil {
		t.Fatal(err)
	}
	h := openHistory(t, a)
	l := h.list
	titles := func() []string {
		var out []string
		for _, s := range l.found {
			out = append(out, s.Title)
		}
		return out
	}
	a.Eventually(t, "both are listed", func() bool { return len(l.found) == 2 })

	test.Type(l.query, "candle")
	a.Eventually(t, "the search narrows the list", func() bool { return slices.Equal(titles(), []string{"Wax by candlelight"}) })
	test.Type(l.query, "zzz")
	a.Eventually(t, "nothing matches", func() bool { return len(l.found) == 0 && len(l.empty.Objects) > 0 })

	fyne.DoAndWait(func() { l.clearFilters() })
	a.Eventually(t, "the filters clear", func() bool { return len(l.found) == 2 })
	if !slices.Contains(l.person.Options, "Sam") || !slices.Contains(l.person.Options, "Kim") {
		t.Fatalf("the person filter does not offer everyone: %v", l.person.Options)
	}
	fyne.DoAndWait(func() { l.person.SetSelected("Sam") })
	a.Eventually(t, "only Sam's negotiation is listed", func() bool { return slices.Equal(titles(), []string{"Friday at ours"}) })
	fyne.DoAndWait(func() {
		l.person.SetSelectedIndex(0)
		l.state.SetSelectedIndex(slices.Index(stateFilters, negotiation.StateDraft))
	})
	a.Eventually(t, "only the draft is listed", func() bool { return slices.Equal(titles(), []string{"Wax by candlelight"}) })
}

// samWithAnswers adds Sam's checklist, protected by a PIN, with these
// answers.
func samWithAnswers(t *testing.T, v *persistence.Vault, pin string, answers map[checklist.Key]checklist.Answer, at time.Time) persistence.Profile {
	t.Helper()
	p := kittest.AddPersonAt(t, v, "Sam", answers, at)
	prof := p.Profile
	if pin != "" {
		if err := v.SealPerson(p, pin); err != nil {
			t.Fatal(err)
		}
		prof.Sealed = true
	}
	return prof
}

// samsSheet opens Sam's open list and reads it, for a test to change her
// answers at times of its own.
func samsSheet(t *testing.T, v *persistence.Vault, sam persistence.Profile) (*persistence.Person, *checklist.Sheet) {
	t.Helper()
	p, err := v.OpenPerson(sam.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	sheet, _, err := v.LoadChecklist(p)
	if err != nil {
		t.Fatal(err)
	}
	return p, sheet
}

var gagReceiving = checklist.Key{Activity: "sensory-deprivation.ball-gag", Direction: checklist.Receiving}

func samsAnswer(t *testing.T, v *persistence.Vault, prof persistence.Profile, pin string) (checklist.Answer, []checklist.Change) {
	t.Helper()
	p, err := v.OpenPerson(prof.ID, pin)
	if err != nil {
		t.Fatal(err)
	}
	sheet, _, err := v.LoadChecklist(p)
	if err != nil {
		t.Fatal(err)
	}
	hist, err := v.AnswerHistory(p)
	if err != nil {
		t.Fatal(err)
	}
	return sheet.Get(gagReceiving).Answer, hist
}

func TestADebriefDiscoveryChangesTheChecklistOnlyWhenItsOwnerConfirms(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	sam := samWithAnswers(t, v, "2468", map[checklist.Key]checklist.Answer{gagReceiving: checklist.No}, c.Now())
	id := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), sam.ID))
	c.Set(kittest.SceneAt.Add(30 * time.Hour))

	h := openHistory(t, a)
	h.openDebrief(id)
	p := h.debrief
	a.Eventually(t, "the debrief has opened", func() bool { return len(p.people) == 2 })
	samPart := p.people[1]
	test.Type(samPart.answers[0], "Feeling so looked after")

	f := samPart.form
	test.Tap(samPart.add)
	test.Type(f.activity, "Ball gag")
	if !f.direction.Visible() || f.direction.SelectedIndex() != 1 {
		t.Fatalf("Sam received the gag in the scene, so the side should be 'receiving' (%d)", f.direction.SelectedIndex())
	}
	f.answer.SetSelected(discoveryAnswerChoices()[3])
	test.Type(f.note, "Not for me after all")
	test.Tap(f.add)
	if len(samPart.deb.Discoveries) != 1 {
		t.Fatalf("the discovery was not added: %+v", samPart.deb.Discoveries)
	}
	want := negotiation.Discovery{ActivityID: gagReceiving.Activity, Name: "Ball gag", Direction: checklist.Receiving, Proposed: checklist.HardLimit, Note: "Not for me after all"}
	if samPart.deb.Discoveries[0] != want {
		t.Errorf("discovery %+v, want %+v", samPart.deb.Discoveries[0], want)
	}

	// Leaving saves what was typed.
	fyne.DoAndWait(h.Leave)
	a.WaitSaves()
	debs, err := v.Debriefs(id)
	if err != nil || len(debs) != 1 || debs[0].WhatWorked != "Feeling so looked after" || len(debs[0].Discoveries) != 0 || len(debs[0].HiddenDiscoveries) != 1 {
		t.Fatalf("the debrief was not saved as typed, its discovery sealed to Sam's list: %+v, %v", debs, err)
	}

	// Carrying it in opens Sam's own list with Sam's PIN, and asks.
	test.Tap(samPart.apply)
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return p.pin != nil })
	test.Type(p.pin, "2468")
	fyne.DoAndWait(p.pinDlg.Submit)
	a.Eventually(t, "the changes are shown to confirm", func() bool { return h.apply != nil })
	ap := h.apply
	if len(ap.items) != 1 || ap.items[0].check == nil || !strings.Contains(ap.items[0].check.Text, "Not now → Hard limit") {
		t.Fatalf("the change to confirm is not shown plainly: %+v", ap.items)
	}
	a.WaitSaves()
	if ans, hist := samsAnswer(t, v, sam, "2468"); ans != checklist.No || len(hist) != 1 {
		t.Fatalf("before Sam confirms, the checklist must not change: %v, %d changes", ans, len(hist))
	}

	test.Tap(ap.confirm)
	a.Eventually(t, "the change is saved", func() bool { return ap.status.Visible() })
	ans, hist := samsAnswer(t, v, sam, "2468")
	if ans != checklist.HardLimit {
		t.Errorf("after Sam confirmed, the answer is %v, want a hard limit", ans)
	}
	last := hist[len(hist)-1]
	if len(hist) != 2 || last.Key != gagReceiving || last.From != checklist.No || last.To != checklist.HardLimit || !last.At.Equal(c.Now()) {
		t.Errorf("the change is not in Sam's history: %+v", hist)
	}
}

func TestTheLimitsTimelineMarksMovesBetweenLimits(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	start := c.Now()
	cuffs := checklist.Key{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}
	wax := checklist.Key{Activity: "sensation.wax", Direction: checklist.Receiving}
	sam := samWithAnswers(t, v, "", map[checklist.Key]checklist.Answer{
		gagReceiving: checklist.No, cuffs: checklist.Maybe, wax: checklist.HardLimit,
	}, start)
	p, sheet := samsSheet(t, v, sam)
	move := func(k checklist.Key, to checklist.Answer, days int) {
		change, _ := sheet.SetAnswer(k, to, start.Add(time.Duration(days)*24*time.Hour))
		if err := v.SaveAnswer(p, k, sheet.Get(k), &change); err != nil {
			t.Fatal(err)
		}
	}
	move(cuffs, checklist.Yes, 10)
	move(gagReceiving, checklist.HardLimit, 20)
	move(wax, checklist.No, 30)

	h := openHistory(t, a)
	test.Tap(h.list.timeline)
	tl := h.timeline
	a.Eventually(t, "Sam is offered", func() bool { return len(tl.choose) == 1 })
	test.Tap(tl.choose[0])
	a.Eventually(t, "the timeline is shown", func() bool { return tl.list != nil })

	want := []timelineRow{
		{day: dayText(start.Add(30 * 24 * time.Hour)), text: "Candle wax (receiving): hard limit → soft limit.", mark: "Now a soft limit"},
		{day: dayText(start.Add(20 * 24 * time.Hour)), text: "Ball gag (receiving): soft limit → hard limit.", mark: "Now a hard limit", hard: true},
		{day: dayText(start.Add(10 * 24 * time.Hour)), text: "Wrist cuffs (receiving): maybe → yes."},
		{day: dayText(start), text: "First answers for 3 activities. One of them is a hard limit."},
	}
	if !slices.Equal(tl.rows, want) {
		t.Errorf("timeline:\n%+v\nwant:\n%+v", tl.rows, want)
	}
	// The hard limit's row carries the word and the red.
	row := newTimelineRowView()
	showTimelineRow(row, tl.rows[1])
	mark := row.(*fyne.Container).Objects[2].(*widget.Label)
	if mark.Text != "Now a hard limit" || mark.Importance != widget.DangerImportance {
		t.Errorf("the new hard limit is marked %q (%v)", mark.Text, mark.Importance)
	}
}

func TestADiscoveryNamesAnActivityFromTheListOrThePersonsOwn(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	c.Set(kittest.SceneAt.Add(30 * time.Hour))
	h := openHistory(t, a)
	h.openDebrief(id)
	p := h.debrief
	a.Eventually(t, "the debrief has opened", func() bool { return len(p.people) == 2 })
	sam := p.people[1]
	add := func(typed string, side int) negotiation.Discovery {
		t.Helper()
		test.Tap(sam.add)
		test.Type(sam.form.activity, typed)
		sam.form.answer.SetSelected(discoveryAnswerChoices()[0])
		if side >= 0 {
			// The side is asked once the activity is known.
			test.Tap(sam.form.add)
			if !sam.form.direction.Visible() || sam.form.problem.Text == "" {
				t.Fatalf("%q: the side was not asked for", typed)
			}
			sam.form.direction.SetSelectedIndex(side)
		}
		test.Tap(sam.form.add)
		if sam.form.box.Visible() {
			t.Fatalf("%q was not added: %s", typed, sam.form.problem.Text)
		}
		return sam.deb.Discoveries[len(sam.deb.Discoveries)-1]
	}
	cases := []struct {
		typed string
		side  int
		want  negotiation.Discovery
	}{
		// In the scene: Sam received it, so that side is chosen for her.
		{"wrist cuffs", -1, negotiation.Discovery{ActivityID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Direction: checklist.Receiving, Proposed: checklist.Yes}},
		// Part of exactly one name on the list: that activity.
		{"blindf", 0, negotiation.Discovery{ActivityID: "sensory-deprivation.blindfold", Name: "Blindfold", Direction: checklist.Giving, Proposed: checklist.Yes}},
		// Not on the list at all: Sam's own activity, done together.
		{"Stargazing on the roof", -1, negotiation.Discovery{ActivityID: "custom:stargazing on the roof", Name: "Stargazing on the roof", Direction: checklist.Together, Proposed: checklist.Yes}},
	}
	for _, tc := range cases {
		if got := add(tc.typed, tc.side); got != tc.want {
			t.Errorf("%q: got %+v, want %+v", tc.typed, got, tc.want)
		}
	}
}
