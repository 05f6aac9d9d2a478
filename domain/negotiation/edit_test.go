package negotiation

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// scribble changes every string, bool and int reachable through v's
// slices, so a test can see whether a copy shares any of them.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scribble(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.String:
		v.SetString(v.String() + "!")
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int:
		v.SetInt(v.Int() + 1)
	}
}

func fullDoc() Document {
	d := goodDoc()
	d.Template = KindPlayParty
	d.Extraction = Extraction{Signal: "pineapple juice", HandledBy: []string{"p1", "p2"}, Plan: "Kim at the door"}
	d.Participants[0].NewFactors = NewFactors{Medication: "none", Health: "fine", Events: "a hard week"}
	d.Participants[1].Emotional = Emotional{Topics: "work", Words: "brat", Notes: "tired"}
	return d
}

func TestCloneSharesNothing(t *testing.T) {
	for _, d := range []Document{fullDoc(), goodAgreement()} {
		cloneSharesNothing(t, d)
	}
}

func cloneSharesNothing(t *testing.T, d Document) {
	t.Helper()
	before, _ := json.Marshal(d)
	c := d.Clone()
	if !reflect.DeepEqual(c, d) {
		t.Fatal("a clone must equal the original")
	}
	scribble(reflect.ValueOf(&c).Elem())
	after, _ := json.Marshal(d)
	if string(before) != string(after) {
		t.Errorf("changing the clone changed the original:\n%s\n%s", before, after)
	}
	// The same scribble through a plain copy does reach the original, so
	// the check above has teeth.
	shallow := d
	scribble(reflect.ValueOf(&shallow).Elem())
	if touched, _ := json.Marshal(d); string(touched) == string(before) {
		t.Error("scribble did not reach into the slices")
	}
}

// roundTrip is d written as JSON and read back.
func roundTrip(t *testing.T, d Document) (data []byte, back Document) {
	t.Helper()
	data, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	return data, back
}

func TestJSONRoundTrip(t *testing.T) {
	d := fullDoc()
	data, back := roundTrip(t, d)
	if !reflect.DeepEqual(back, d) {
		t.Errorf("round trip changed the document:\n%+v\n%+v", back, d)
	}
	for _, key := range []string{`"scene_on":"2026-05-08T20:00:00Z"`, `"first_30_minutes":{`, `"handled_by":["p1","p2"]`, `"status":"lets-try"`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	empty, _ := json.Marshal(New([]Participant{{Name: "A"}, {Name: "B"}}, time.Time{}))
	for _, key := range []string{"scene_on", "debrief_on", "agreed_on", "negotiated_on", "extraction"} {
		if strings.Contains(string(empty), key) {
			t.Errorf("an unset %s should be left out of the JSON: %s", key, empty)
		}
	}
}

func TestAddParticipant(t *testing.T) {
	d := New([]Participant{{Name: "Alex"}, {Name: "Sam"}}, time.Time{})
	id, err := d.AddParticipant(Participant{Name: "Jo"})
	if err != nil || id != "p3" || d.Participants[2].Name != "Jo" {
		t.Fatalf("AddParticipant = %q, %v", id, err)
	}
	if _, err := d.AddParticipant(Participant{ID: "p1", Name: "Kim"}); !errors.Is(err, ErrDuplicateID) {
		t.Errorf("a taken ID: err = %v", err)
	}
	if _, err := d.AddParticipant(Participant{Name: "Kim"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.AddParticipant(Participant{Name: "Lee"}); !errors.Is(err, ErrFull) || len(d.Participants) != MaxParticipants {
		t.Errorf("a fifth person: err = %v, %d people", err, len(d.Participants))
	}
	if err := d.RemoveParticipant("p1"); err != nil {
		t.Fatal(err)
	}
	if id, _ := d.AddParticipant(Participant{Name: "Lee"}); id != "p1" {
		t.Errorf("a freed ID should be reused, got %q", id)
	}
}

func TestRemoveParticipantTakesEveryMentionAway(t *testing.T) {
	d := fullDoc()
	d.Participants = append(d.Participants, Participant{ID: "p3", Name: "Jo"})
	d.Scene.Activities[0].Givers = []string{"p3", "p1"}
	d.Scene.Roles = append(d.Scene.Roles, Role{ParticipantID: "p3", Role: "watching"})
	d.Participants[1].Aftercare.Immediate.By = []string{"p3", "p1"}
	d.Extraction.HandledBy = []string{"p3"}
	old := d // shares slices with d: removal must not write through them
	oldJSON, _ := json.Marshal(old)
	if err := d.RemoveParticipant("p3"); err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(d)
	if strings.Contains(string(data), `"p3"`) {
		t.Errorf("p3 is still mentioned: %s", data)
	}
	if !slices.Equal(d.Scene.Activities[0].Givers, []string{"p1"}) || !slices.Equal(d.Participants[1].Aftercare.Immediate.By, []string{"p1"}) {
		t.Error("the others' places were lost")
	}
	if again, _ := json.Marshal(old); string(again) != string(oldJSON) {
		t.Error("removing from a copy changed the earlier value")
	}
	if err := d.RemoveParticipant("p3"); !errors.Is(err, ErrUnknownParticipant) {
		t.Errorf("removing twice: %v", err)
	}
	if err := d.RemoveParticipant("p2"); !errors.Is(err, ErrTooFew) || len(d.Participants) != 2 {
		t.Errorf("going below two people: %v", err)
	}
}

func TestActivities(t *testing.T) {
	d := New([]Participant{{Name: "Alex"}, {Name: "Sam"}}, time.Time{})
	cat := catalog.Activity{ID: "gag", Name: "Gag", Kind: catalog.GiveReceive, Marks: false, LimitsSpeech: true, NeedsSkill: true}
	a := ActivityFromCatalog(cat, StatusTry)
	if a.ID != "gag" || !a.LimitsSpeech || !a.NeedsSkill || a.Marks || a.Together || a.Status != StatusTry {
		t.Errorf("from catalog = %+v", a)
	}
	if tg := ActivityFromCatalog(catalog.Activity{ID: "kiss", Name: "Kissing", Kind: catalog.Together}, StatusYes); !tg.Together {
		t.Error("a together activity must be marked together")
	}
	a.Givers, a.Receivers = []string{"p1"}, []string{"p2"}
	i := d.AddActivity(a)
	a.Status = StatusYes
	if j := d.AddActivity(a); j != i || len(d.Scene.Activities) != 1 || d.Scene.Activities[0].Status != StatusYes {
		t.Errorf("adding the same activity again should update it, got %d rows", len(d.Scene.Activities))
	}
	a.Givers, a.Receivers = a.Receivers, a.Givers
	if j := d.AddActivity(a); j != 1 {
		t.Errorf("the same activity the other way round is a second row, got index %d", j)
	}
	c := CustomActivity("  Reading Aloud ", StatusYes)
	if c.ID != "custom:reading aloud" || c.Name != "Reading Aloud" {
		t.Errorf("custom = %+v", c)
	}
	if !d.RemoveActivity(0) || len(d.Scene.Activities) != 1 || d.RemoveActivity(5) || d.RemoveActivity(-1) {
		t.Error("RemoveActivity removes exactly the row asked for")
	}
}

func TestSetSceneOnMovesASuggestedDebrief(t *testing.T) {
	var d Document
	d.SetSceneOn(date(5, 8, 20, 0))
	if !d.DebriefOn.Equal(date(5, 10, 20, 0)) {
		t.Errorf("debrief = %v, want two days after the scene", d.DebriefOn)
	}
	if !inDebriefWindow(d.SceneOn, d.DebriefOn) {
		t.Error("the suggested debrief must fall inside the 24-72 hour window")
	}
	d.SetSceneOn(date(5, 15, 20, 0))
	if !d.DebriefOn.Equal(date(5, 17, 20, 0)) {
		t.Errorf("debrief = %v, want it to follow the new scene date", d.DebriefOn)
	}
	d.DebriefOn = date(5, 16, 19, 0)
	d.SetSceneOn(date(5, 14, 20, 0))
	if !d.DebriefOn.Equal(date(5, 16, 19, 0)) {
		t.Errorf("debrief = %v, a date the people chose must stay", d.DebriefOn)
	}
}

func TestLimitsFromSheet(t *testing.T) {
	s := checklist.NewSheet()
	now := date(5, 1, 0, 0)
	s.SetAnswer(checklist.Key{Activity: "gag", Direction: checklist.Receiving}, checklist.HardLimit, now)
	s.SetAnswer(checklist.Key{Activity: "spanking", Direction: checklist.Receiving}, checklist.No, now)
	s.SetNote(checklist.Key{Activity: "spanking", Direction: checklist.Receiving}, "light only")
	s.SetAnswer(checklist.Key{Activity: "custom:tickling", Direction: checklist.Together}, checklist.HardLimit, now)
	s.SetAnswer(checklist.Key{Activity: "blindfold", Direction: checklist.Receiving}, checklist.Yes, now)
	names := map[string]string{"gag": "Gag", "spanking": "Spanking"}
	l := LimitsFromSheet(s, func(id string) string { return names[id] })
	wantHard := []LimitItem{
		{ActivityID: "custom:tickling", Text: "tickling"},
		{ActivityID: "gag", Side: SideReceiving, Text: "Gag"},
	}
	wantSoft := []LimitItem{{ActivityID: "spanking", Side: SideReceiving, Text: "Spanking", Condition: "light only"}}
	if !slices.Equal(l.Hard, wantHard) || !slices.Equal(l.Soft, wantSoft) {
		t.Errorf("limits = %+v", l)
	}
}
