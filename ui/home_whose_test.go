package ui

import (
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

func TestHomeSaysWhoseDebriefIsStillToWrite(t *testing.T) {
	a, c := clockedApp(t)
	v := a.Vault()
	id := agreed(t, v, coupleDoc(c.now(), ""))
	c.set(sceneAt.Add(30 * time.Hour)) // the debrief is due
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
			if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: tc.writes, WhatWorked: "Feeling looked after", WrittenAt: c.now()}); err != nil {
				t.Fatal(err)
			}
		}
		a.shell.reopen() // a fresh Home
		h := a.shell.current.(*Home)
		eventually(t, "Home has read the negotiations", func() bool { return h.looked })
		shown := strings.Join(shownText(h.content), "\n")
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
		if tc.writes == "p2" { // History's page for it says the same
			d := openDetailOf(t, openHistory(t, a), "Friday at ours")
			if got := strings.Join(shownText(d.content), "\n"); !strings.Contains(got, "Agreed; the scene has happened. "+tc.says) {
				t.Errorf("History does not say whose debrief is still to write:\n%s", got)
			}
			a.shell.open("home")
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
		if got := debriefsLeft(c.written, c.waiting); got != c.want {
			t.Errorf("%v written, %v waiting: %q, want %q", c.written, c.waiting, got, c.want)
		}
	}
}
