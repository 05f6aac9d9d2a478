package home

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// (History's page says the same: history's TestHistorySaysWhoseDebriefIsStillToWrite.)
func TestHomeSaysWhoseDebriefIsStillToWrite(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	id := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	c.Set(kittest.SceneAt.Add(30 * time.Hour)) // the debrief is due
	cases := []struct {
		writes string // who writes theirs now (a participant ID), "" for nobody
		says   string // what Home adds to that line, "" for nothing
		listed bool
	}{
		{"", "", true},
		{"p2", "Written so far: Sam. Still to write: Alex.", true},
		{"p1", "", false}, // all have written: nothing is still to write
	}
	for _, tc := range cases {
		if tc.writes != "" {
			if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: tc.writes, WhatWorked: "Feeling looked after", WrittenAt: c.Now()}); err != nil {
				t.Fatal(err)
			}
		}
		h := openHome(t, a)
		a.Eventually(t, "Home has read the negotiations", func() bool { return h.looked })
		shown := strings.Join(kittest.ShownText(h.content), "\n")
		if got := len(homeKinds(h, id)) > 0; got != tc.listed {
			t.Errorf("after %q wrote: listed %v, want %v:\n%s", tc.writes, got, tc.listed, shown)
		}
		if tc.says != "" && !strings.Contains(shown, "Debrief due for Friday at ours, until Monday 11 May 2026, 20:00. "+tc.says) {
			t.Errorf("after %q wrote, Home does not say %q:\n%s", tc.writes, tc.says, shown)
		}
		if tc.says == "" && strings.Contains(shown, "Still to write") && tc.writes == "" {
			t.Errorf("with nobody written yet the line names nobody:\n%s", shown)
		}
		if strings.Contains(shown, "Feeling looked after") {
			t.Error("Home must show names only, never what anyone wrote")
		}
	}
}

func TestDebriefsLeftNamesOnlyWhoIsStillToWrite(t *testing.T) {
	cases := []struct {
		written, waiting []string
		want             string
	}{
		{nil, []string{"Alex", "Sam"}, ""},
		{[]string{"Sam"}, []string{"Alex"}, "Written so far: Sam. Still to write: Alex."},
		{[]string{"Sam", "Jo"}, []string{"Alex", "Kim"}, "Written so far: Sam and Jo. Still to write: Alex and Kim."},
		{[]string{"Alex", "Sam"}, nil, ""},
	}
	for _, c := range cases {
		if got := kit.DebriefsLeft(c.written, c.waiting); got != c.want {
			t.Errorf("%v written, %v waiting: %q, want %q", c.written, c.waiting, got, c.want)
		}
	}
}

// homeKinds is what Home lists about this negotiation.
func homeKinds(h *Home, id string) []soonKind {
	var out []soonKind
	for _, it := range h.items {
		if it.id == id {
			out = append(out, it.kind)
		}
	}
	return out
}

func TestADebriefIsDueOnHomeFrom24To72HoursAfterTheScene(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	cases := []struct {
		after time.Duration
		kind  soonKind
		says  string
	}{
		{-48 * time.Hour, soonScene, "Friday at ours: the scene is on Friday 8 May 2026, 20:00."},
		{12 * time.Hour, soonDebriefNext, "the debrief is best from Saturday 9 May 2026, 20:00"},
		{30 * time.Hour, soonDebriefDue, "Debrief due for Friday at ours, until Monday 11 May 2026, 20:00."},
		{80 * time.Hour, soonDebriefLate, "was due by Monday 11 May 2026, 20:00. It is still worth writing."},
		{(72 + 24*lateDays + 1) * time.Hour, -1, ""},
	}
	for _, tc := range cases {
		c.Set(kittest.SceneAt.Add(tc.after))
		h := openHome(t, a)
		a.Eventually(t, fmt.Sprintf("Home has read the negotiations at %v", tc.after), func() bool { return h.looked })
		got := homeKinds(h, id)
		if tc.kind < 0 {
			if len(got) != 0 {
				t.Errorf("%v after the scene Home still lists it: %v", tc.after, got)
			}
			continue
		}
		if !slices.Equal(got, []soonKind{tc.kind}) {
			t.Errorf("%v after the scene: Home lists %v, want %v", tc.after, got, tc.kind)
		}
		if shown := strings.Join(kittest.ShownText(h.content), "\n"); !strings.Contains(shown, tc.says) {
			t.Errorf("%v after the scene Home does not say %q:\n%s", tc.after, tc.says, shown)
		}
		// The shell's watcher tells of a debrief only when it becomes due.
		if all, err := a.Vault().Negotiations(); err != nil {
			t.Fatal(err)
		} else if _, due := Watched(all, c.Now()); (len(due) == 1) != (tc.kind == soonDebriefDue) {
			t.Errorf("%v after the scene the watcher hears of %v due", tc.after, due)
		}
	}
}

func TestHomeSaysHowToBeginWhenThereIsNothing(t *testing.T) {
	a, _ := kittest.ClockedSection(t)
	h := openHome(t, a)
	a.Eventually(t, "Home has looked", func() bool { return h.looked })
	test.Tap(h.begin)
	if len(a.Went) != 1 || a.Went[0] != (kit.Section{ID: "checklist"}) {
		t.Errorf("the first step should open the checklist, not %v", a.Went)
	}
}

func TestHomeOpensTheDueDebrief(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	c.Set(kittest.SceneAt.Add(30 * time.Hour))
	h := openHome(t, a)
	a.Eventually(t, "the debrief is listed", func() bool { return h.looked })
	if len(h.buttons) != 1 {
		t.Fatalf("Home should list only the due debrief, with one button, not %d", len(h.buttons))
	}
	test.Tap(h.buttons[0])
	if len(a.Went) != 1 || a.Went[0] != (kit.HistoryDebrief{NegotiationID: id}) {
		t.Fatalf("the button did not open the debrief: %v", a.Went)
	}
}
