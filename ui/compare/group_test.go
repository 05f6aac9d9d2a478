package compare

import (
	"crypto/rand"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

var robinsAnswers = map[checklist.Key]checklist.Answer{
	wristReceive: checklist.Yes, // with Sam giving
	strangers:    checklist.Yes, // all three
	scripted:     checklist.Yes, // with Alex only
	pinGive:      checklist.Yes,
	handcuffRecv: checklist.HardLimit,
}

// samAndAlexPicked adds Sam, Alex and Robin (Robin's list sealed with the
// PIN "quiet lantern 7"), opens Compare and picks Sam and Alex, the first
// two of a group.
func samAndAlexPicked(t *testing.T, a *world) *Compare {
	t.Helper()
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, a, "Alex", alexsAnswers)
	robin := addPerson(t, a, "Robin", robinsAnswers)
	if err := a.Vault().SealPerson(robin, "quiet lantern 7"); err != nil {
		t.Fatal(err)
	}
	c := openCompare(t, a)
	pickOpen(t, a, c.first, "Sam")
	pickOpen(t, a, c.second, "Alex")
	return c
}

// Three people together: the result shows what all three want (the true
// three-way intersection) and, apart, each pair's own result labelled by
// who; Robin's protected list asks for Robin's PIN; the result is saved as a
// group, and a negotiation started from it gets all three.
func TestThreeTogetherSeeWhatAllWantAndEachPair(t *testing.T) {
	a := newWorld(t)
	c := samAndAlexPicked(t, a)
	if c.addBtn.Disabled() {
		t.Fatal("Add another person is grey with three people in the vault")
	}
	tap(c.addBtn)
	if len(c.pickers) != 3 || !c.addBtn.Disabled() {
		t.Fatalf("after adding: %d pickers, add still offered %v", len(c.pickers), !c.addBtn.Disabled())
	}
	third := c.pickers[2]
	if got := third.sel.Options; len(got) != 1 || !strings.HasPrefix(got[0], "Robin") {
		t.Errorf("the third line offers %q, want only Robin", got)
	}
	if !c.compareBtn.Disabled() || !strings.Contains(c.compareWhy.Text, "Choose everyone") {
		t.Errorf("Compare with an empty third line: grey %v, %q", c.compareBtn.Disabled(), c.compareWhy.Text)
	}
	pick(t, third, "Robin")
	a.Eventually(t, "Robin's PIN is asked for", func() bool { return third.pinDialog != nil })
	test.Type(third.pin, "quiet lantern 7")
	third.pinDialog.Submit()
	a.Eventually(t, "Robin's list opens", func() bool { return third.person != nil })
	tap(c.compareBtn)
	a.Eventually(t, "the result is shown", func() bool { return c.result != nil })

	shown := kittest.Texts(c.result.content)
	if !kittest.Contains(shown, "What all of you want") || !kittest.Contains(shown, "Sam, Alex and Robin") {
		t.Errorf("the group result's heading: %q", shown)
	}
	strangersName, _ := activityName(t, "role-play.strangers")
	wristName, _ := activityName(t, "restraint.wrist-cuffs")
	scriptName, _ := activityName(t, "role-play.scripted")
	all := labels(c.result.everyone)
	if !slices.Contains(all, strangersName) || !slices.Contains(all, wristName) || !slices.Contains(all, "Sam gives, Alex and Robin receive") || slices.Contains(all, scriptName) {
		t.Errorf("all three want %q; want strangers (together) and wrist cuffs (Sam gives, Alex and Robin receive)", all)
	}
	for _, pair := range []string{"Sam and Alex", "Sam and Robin", "Alex and Robin"} {
		if !kittest.Contains(shown, pair) {
			t.Errorf("no pair labelled %q", pair)
		}
	}
	if len(c.result.pairs) != 3 {
		t.Fatalf("%d pair lists", len(c.result.pairs))
	}
	samRobin, alexRobin := labels(c.result.pairs[1]), labels(c.result.pairs[2])
	if !slices.Contains(samRobin, wristName) || !slices.Contains(samRobin, "Sam gives, Robin receives") {
		t.Errorf("Sam and Robin's list: %q", samRobin)
	}
	if !slices.Contains(alexRobin, scriptName) || slices.Contains(samRobin, scriptName) {
		t.Errorf("Scripted is Alex and Robin's only: %q / %q", alexRobin, samRobin)
	}
	for _, never := range []string{"Metal handcuffs", "Ankle cuffs"} {
		if kittest.Contains(shown, never) {
			t.Errorf("the group result shows %q, which nobody shares", never)
		}
	}

	saved, err := a.Vault().Comparisons()
	if err != nil || len(saved) != 1 || !saved[0].Locked {
		t.Fatalf("saved %+v, %v; want one protected group result", saved, err)
	}
	r := c.result.saved
	if r.Group == nil || !slices.Equal(r.Participants(), []string{"Sam", "Alex", "Robin"}) || len(r.Group.Pairs) != 3 {
		t.Fatalf("the result kept is %+v", r)
	}
	for _, pk := range c.pickers {
		if pk.person != nil {
			t.Error("a list opened for the comparison stays open after it")
		}
	}
	tap(c.result.negotiate)
	from, ok := a.Went[len(a.Went)-1].(kit.NegotiateFrom)
	if !ok || from.Result == nil || !slices.Equal(from.Result.Participants(), []string{"Sam", "Alex", "Robin"}) {
		t.Errorf("Negotiate is handed %+v", a.Went)
	}
}

// The group's list is exactly the three-way intersection worked out
// from the answers themselves: an activity done together that all three
// said yes to, or one with a giver and a receiver in which every person is
// in a pair that matched.
func TestGroupListIsTheTrueIntersection(t *testing.T) {
	a := newWorld(t)
	answers := []map[checklist.Key]checklist.Answer{samsAnswers, alexsAnswers, robinsAnswers}
	var people []match.Person
	for _, ans := range answers {
		s := checklist.NewSheet()
		for k, v := range ans {
			s.Put(k, checklist.Entry{Answer: v})
		}
		people = append(people, match.Person{Sheet: s})
	}
	g, err := match.CompareGroup(rand.Reader, a.Catalog, people)
	if err != nil {
		t.Fatal(err)
	}
	saved := savedGroup(a.Catalog, g, []string{"Sam", "Alex", "Robin"})
	yes := func(p int, act string, d checklist.Direction) bool {
		return answers[p][checklist.Key{Activity: act, Direction: d}] == checklist.Yes
	}
	var want []string
	for _, act := range a.Catalog.Activities {
		together := yes(0, act.ID, checklist.Together) && yes(1, act.ID, checklist.Together) && yes(2, act.ID, checklist.Together)
		in := map[int]bool{}
		for i := 0; i < 3; i++ {
			for j := i + 1; j < 3; j++ {
				if (yes(i, act.ID, checklist.Giving) && yes(j, act.ID, checklist.Receiving)) || (yes(j, act.ID, checklist.Giving) && yes(i, act.ID, checklist.Receiving)) {
					in[i], in[j] = true, true
				}
			}
		}
		if together || len(in) == 3 {
			want = append(want, act.ID)
		}
	}
	var got []string
	for _, m := range saved.Group.Everyone {
		got = append(got, m.ActivityID)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("all want %v, the answers give %v", got, want)
	}
}

// Elsewhere stays two-party and says so in the engine's own words.
func TestElsewhereSaysHowAGroupDoesIt(t *testing.T) {
	if groupElsewhere() != match.GroupElsewhere {
		t.Fatalf("the screen's sentence differs from match.GroupElsewhere:\n%s", groupElsewhere())
	}
	a := newWorld(t)
	c := openCompare(t, a)
	c.mode.SetSelected(modeElsewhere())
	if !kittest.Contains(kittest.Texts(c.elsewhere), "a group compares two at a time") {
		t.Error("With a partner elsewhere does not say how a group compares")
	}
}

// Fantasies: compared when both tick it, shown under their own heading,
// kept in the saved result; not compared when one does not tick it.
func TestFantasiesAreComparedWhenBothTickIt(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Sam", map[checklist.Key]checklist.Answer{wristGive: checklist.Yes, scripted: checklist.FantasyOnly})
	addPerson(t, a, "Alex", map[checklist.Key]checklist.Answer{wristReceive: checklist.Yes, scripted: checklist.Yes})
	for _, tick := range []bool{false, true} {
		c := openCompare(t, a)
		c.mode.SetSelected(modeTogether())
		pickOpen(t, a, c.first, "Sam")
		pickOpen(t, a, c.second, "Alex")
		c.fantasies2.SetChecked(tick)
		tap(c.compareBtn)
		a.Eventually(t, "the result is shown", func() bool { return c.result != nil })
		scriptName, _ := activityName(t, "role-play.scripted")
		shown := kittest.Texts(c.result.content)
		if tick != kittest.Contains(shown, "To talk about or role-play") || tick != (c.result.fantasy != nil) {
			t.Fatalf("ticked %v: the fantasy section shown %v", tick, kittest.Contains(shown, "To talk about or role-play"))
		}
		if !tick {
			if kittest.Contains(shown, scriptName) {
				t.Error("a fantasy was shown although fantasies were not compared")
			}
			continue
		}
		if got := labels(c.result.fantasy); !slices.Contains(got, scriptName) {
			t.Errorf("the fantasy section shows %q", got)
		}
		if r := c.result.saved; !r.FantasiesCompared || len(r.Fantasy) != 1 || r.Fantasy[0].ActivityID != "role-play.scripted" {
			t.Errorf("the saved result holds fantasies %+v", r.Fantasy)
		}
		if kittest.Contains(labels(c.result.both), scriptName) {
			t.Error("a fantasy is listed as something both want to do")
		}
	}
}

// With three or four people the two choices say "any of us", not "one or
// both of us", and go back to it with two again.
func TestTheChoicesSpeakToAGroup(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Sam", samsAnswers)
	addPerson(t, a, "Alex", alexsAnswers)
	addPerson(t, a, "Robin", robinsAnswers)
	c := openCompare(t, a)
	if !strings.Contains(c.bothMaybes.Text, "one or both of us") || !strings.Contains(c.fantasies2.Text, "one or both of us") {
		t.Errorf("two people: %q / %q", c.bothMaybes.Text, c.fantasies2.Text)
	}
	tap(c.addBtn)
	if !strings.Contains(c.bothMaybes.Text, "any of us") || !strings.Contains(c.fantasies2.Text, "any of us") {
		t.Errorf("three people: %q / %q", c.bothMaybes.Text, c.fantasies2.Text)
	}
	tap(c.removeBtn)
	if !strings.Contains(c.bothMaybes.Text, "one or both of us") {
		t.Errorf("back to two: %q", c.bothMaybes.Text)
	}
}
