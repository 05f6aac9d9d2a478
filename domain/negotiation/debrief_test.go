package negotiation

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

func TestDebriefQuestionsAreInOnePlace(t *testing.T) {
	q := DebriefQuestions()
	d := Debrief{WhatWorked: "a", WhatToChange: "b", HowFeltSince: "c"}
	a := d.Answers()
	for i, text := range q {
		if !strings.HasSuffix(text, "?") || a[i] != string(rune('a'+i)) {
			t.Errorf("question %d %q pairs with answer %q", i, text, a[i])
		}
	}
}

func TestDebriefDue(t *testing.T) {
	scene := date(5, 8, 20, 0)
	cases := []struct {
		name string
		now  time.Time
		due  bool
	}{
		{"the morning after", date(5, 9, 10, 0), false},
		{"a minute before 24 hours", date(5, 9, 19, 59), false},
		{"24 hours after", date(5, 9, 20, 0), true},
		{"two days after", date(5, 10, 12, 0), true},
		{"72 hours after", date(5, 11, 20, 0), true},
		{"a minute after 72 hours", date(5, 11, 20, 1), false},
		{"before the scene", date(5, 7, 20, 0), false},
	}
	for _, c := range cases {
		due, from, until := DebriefDue(scene, c.now)
		if due != c.due || !from.Equal(date(5, 9, 20, 0)) || !until.Equal(date(5, 11, 20, 0)) {
			t.Errorf("%s: due %v from %v until %v", c.name, due, from, until)
		}
	}
	if due, from, until := DebriefDue(time.Time{}, date(5, 9, 0, 0)); due || !from.IsZero() || !until.IsZero() {
		t.Error("with no scene date the debrief is never due")
	}
}

func TestStateOf(t *testing.T) {
	written := func(id string) Debrief {
		return Debrief{ParticipantID: id, WhatWorked: "the pace", WrittenAt: date(5, 10, 9, 0)}
	}
	draft := func(d *Document) { d.AgreedOn = time.Time{} }
	cases := []struct {
		name     string
		edit     func(*Document)
		debriefs []Debrief
		now      time.Time
		want     State
	}{
		{"not agreed yet", draft, nil, date(5, 3, 0, 0), StateDraft},
		{"not agreed, even after the date", draft, nil, date(5, 20, 0, 0), StateDraft},
		{"agreed, scene ahead", nil, nil, date(5, 3, 0, 0), StateAgreed},
		{"agreed, no scene date", func(d *Document) { d.SceneOn = time.Time{} }, nil, date(5, 20, 0, 0), StateAgreed},
		{"the scene's time has come", nil, nil, date(5, 8, 20, 0), StateSceneDone},
		{"one debrief of two", nil, []Debrief{written("p1")}, date(5, 10, 12, 0), StateSceneDone},
		{"an empty debrief does not count", nil, []Debrief{written("p1"), {ParticipantID: "p2"}}, date(5, 10, 12, 0), StateSceneDone},
		{"everyone has debriefed", nil, []Debrief{written("p2"), written("p1")}, date(5, 10, 12, 0), StateDebriefed},
		{"a discovery alone counts", nil, []Debrief{written("p1"), {ParticipantID: "p2", Discoveries: []Discovery{{ActivityID: "gag"}}}}, date(5, 10, 12, 0), StateDebriefed},
		{"another negotiation's people do not count", nil, []Debrief{written("p1"), written("p9")}, date(5, 10, 12, 0), StateSceneDone},
	}
	for _, c := range cases {
		d := goodDoc()
		if c.edit != nil {
			c.edit(&d)
		}
		if got := StateOf(d, c.debriefs, c.now); got != c.want {
			t.Errorf("%s: state %q, want %q", c.name, got, c.want)
		}
	}
	d := goodDoc()
	if got := MissingDebriefs(d, []Debrief{written("p2")}); !slices.Equal(got, []string{"p1"}) {
		t.Errorf("missing debriefs = %v", got)
	}
}

func TestDiscoveryJSONUsesNames(t *testing.T) {
	in := Debrief{
		ParticipantID: "p2", WhatWorked: "the blindfold",
		Discoveries: []Discovery{
			{ActivityID: "gag", Name: "Gag", Direction: checklist.Receiving, Proposed: checklist.HardLimit, Note: "not for me"},
			{ActivityID: "custom:feather", Name: "feather", Direction: checklist.Together, Proposed: checklist.Yes},
		},
		WrittenAt: date(5, 10, 9, 0),
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"direction":"receiving"`, `"proposed":"hard-limit"`, `"proposed":"yes"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON lacks %s: %s", want, data)
		}
	}
	var out Debrief
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip: %+v", out)
	}
	if k := in.Discoveries[0].Key(); k != (checklist.Key{Activity: "gag", Direction: checklist.Receiving}) {
		t.Errorf("key = %+v", k)
	}
}
