package negotiation

import (
	"slices"
	"testing"
	"time"
)

func TestDiff(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(d *Document)
		names Names
		want  []string
	}{
		{name: "no change", edit: func(*Document) {}, want: nil},
		{name: "reordering is not a change", edit: func(d *Document) {
			slices.Reverse(d.Scene.Activities)
			slices.Reverse(d.Participants)
		}, want: nil},

		// Scalars.
		{name: "title", edit: func(d *Document) { d.Title = "Saturday" }, want: []string{"Title 'Friday' → 'Saturday'."}},
		{name: "template", edit: func(d *Document) { d.Template = KindEstablished },
			want: []string{"Template 'Start from scratch' → 'Established partners'."}},
		{name: "intensity", edit: func(d *Document) { d.Scene.Intensity = IntensityMedium }, want: []string{"Intensity light → medium."}},
		{name: "pace", edit: func(d *Document) { d.Scene.Pace = PaceVarying }, want: []string{"Pace steady → varying."}},
		{name: "intensity cleared", edit: func(d *Document) { d.Scene.Intensity = "" }, want: []string{"Intensity removed (was light)."}},
		{name: "duration", edit: func(d *Document) { d.Scene.SetDuration("45 minutes") }, want: []string{"Duration 30 → 45 minutes."}},
		{name: "duration wording only", edit: func(d *Document) { d.Scene.SetDuration("half an hour") },
			want: []string{"Duration wording 'about 30 minutes' → 'half an hour'."}},
		{name: "duration removed", edit: func(d *Document) { d.Scene.SetDuration("") }, want: []string{"Duration removed (was 30 minutes)."}},
		{name: "setting", edit: func(d *Document) {
			d.Scene.Setting.Place = "Sam's flat"
			d.Scene.Setting.Room = ""
		}, want: []string{"Place 'our flat' → 'Sam's flat'.", "Room removed (was 'bedroom')."}},
		{name: "traffic light", edit: func(d *Document) { d.Safewords.TrafficLight = false }, want: []string{"Traffic light now off."}},
		{name: "safewords, without saying them", edit: func(d *Document) {
			d.Safewords.Word = "pineapple"
			d.Safewords.Signal = ""
		}, want: []string{"New custom safeword.", "Non-verbal signal removed."}},

		// Dates.
		{name: "scene date", edit: func(d *Document) { d.SceneOn = date(5, 15, 20, 0) }, want: []string{"Scene date 8 May, 20:00 → 15 May, 20:00."}},
		{name: "scene date without times", edit: func(d *Document) {
			d.SceneOn = date(5, 10, 0, 0)
		}, want: []string{"Scene date 8 May, 20:00 → 10 May."}},
		{name: "debrief date set and removed", edit: func(d *Document) {
			d.DebriefOn = time.Time{}
			d.NegotiatedOn = time.Date(2025, 12, 30, 0, 0, 0, 0, time.UTC)
		}, want: []string{"Negotiation date 1 May 2026, 18:00 → 30 December 2025.", "Debrief date removed (was 10 May 2026, 19:00)."}},
		{name: "agreement withdrawn", edit: func(d *Document) { d.AgreedOn = time.Time{} }, want: []string{"No longer marked as agreed."}},
		{name: "agreed and dated from nothing", edit: func(d *Document) {
			d.AgreedOn = date(5, 4, 0, 0)
			d.DebriefOn = date(5, 11, 0, 0)
		}, want: []string{"Debrief date 10 May, 19:00 → 11 May.", "Agreed date 2 May, 12:00 → 4 May."}},

		// Activities: lists, statuses, sides, flags.
		{name: "added and removed", edit: func(d *Document) {
			d.Scene.Activities = slices.Delete(d.Scene.Activities, 0, 1)
			d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "tickling", Name: "tickling", Status: StatusYes})
		}, want: []string{"Added: tickling.", "Removed: blindfold."}},
		{name: "excluded activity added", edit: func(d *Document) {
			d.Scene.Activities = append(d.Scene.Activities, Activity{Name: "rope", Status: StatusNotThisTime})
		}, want: []string{"Added to 'not this time': rope."}},
		{name: "a name from Names", edit: func(d *Document) {
			d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "hood", Status: StatusYes})
		}, names: Names{"hood": "Hood"}, want: []string{"Added: Hood."}},
		{name: "status", edit: func(d *Document) { d.Scene.Activities[0].Status = StatusTry }, want: []string{"Blindfold: yes → let's try."}},
		{name: "sides", edit: func(d *Document) {
			d.Scene.Activities[0].Givers, d.Scene.Activities[0].Receivers = []string{"p2"}, []string{"p1"}
			d.Scene.Activities[1].Givers, d.Scene.Activities[1].Receivers, d.Scene.Activities[1].Together = nil, nil, true
		}, want: []string{"Blindfold: now Sam gives and Alex receives.", "Wrist cuffs: now done together."}},
		{name: "flags and note", edit: func(d *Document) {
			d.Scene.Activities[0].LimitsSpeech = true
			d.Scene.Activities[3].Marks = false
			d.Scene.Activities[1].NeedsSkill = true
			d.Scene.Activities[2].Note = "only on the arms"
		}, want: []string{
			"Blindfold: now marked as limiting speech.",
			"Wrist cuffs: now marked as needing skill.",
			"Feather: note added.",
			"Wax play: no longer marked as able to leave marks.",
		}},
		{name: "renamed", edit: func(d *Document) { d.Scene.Activities[1].Name = "leather wrist cuffs" },
			want: []string{"Renamed: wrist cuffs → leather wrist cuffs."}},

		// Limits: added, removed, moved between soft and hard.
		{name: "soft limit hardens", edit: func(d *Document) {
			p := &d.Participants[1]
			p.Limits.Hard = append(p.Limits.Hard, p.Limits.Soft[0])
			p.Limits.Soft = nil
		}, want: []string{"Sam's soft limit 'Spanking' is now a hard limit."}},
		{name: "hard limit softens", edit: func(d *Document) {
			p := &d.Participants[0]
			p.Limits.Soft = []LimitItem{{Text: "Name-Calling", Condition: "only 'brat'"}}
			p.Limits.Hard = nil
		}, want: []string{"Alex's hard limit 'Name-Calling' is now a soft limit."}},
		{name: "limits added and removed", edit: func(d *Document) {
			p := &d.Participants[1]
			p.Limits.Hard = []LimitItem{{ActivityID: "wax", Side: SideReceiving}}
			p.Limits.Soft = append(p.Limits.Soft, LimitItem{Text: "tickling"})
		}, want: []string{
			"New hard limit for Sam: wax play (when receiving).",
			"New soft limit for Sam: tickling.",
			"Sam's hard limit 'Gag' removed.",
		}},
		{name: "soft limit condition", edit: func(d *Document) { d.Participants[1].Limits.Soft[0].Condition = "not yet" },
			want: []string{"Sam's condition for 'Spanking' changed."}},

		// People and per-person text.
		{name: "people", edit: func(d *Document) {
			d.Participants[0].Name = "Alexa"
			d.Participants[0].Pronouns = "she/her"
			d.Participants = append(d.Participants, Participant{ID: "p3", Name: "Jo"})
		}, want: []string{"Alex is now called Alexa.", "Alexa's pronouns 'he/him' → 'she/her'.", "Jo joined the negotiation."}},
		{name: "someone leaves", edit: func(d *Document) {
			d.Participants = d.Participants[:1]
			d.Scene.Roles = d.Scene.Roles[:1]
		}, want: []string{"Sam is no longer part of this negotiation."}},
		{name: "roles", edit: func(d *Document) {
			d.Scene.Roles[0].Role = "guiding"
			d.Scene.Roles[0].Meaning = "sets the pace and checks in"
			d.Scene.Roles[1].SceneName = "Kitten"
		}, want: []string{"Alex's role 'leading' → 'guiding'.", "What Alex's role means changed.", "Sam's scene name set: 'Kitten'."}},
		{name: "per-person text", edit: func(d *Document) {
			d.Participants[0].Physical = ""
			d.Participants[1].Physical = "Sore wrist"
			d.Participants[1].Emotional.Words = "Nothing about my weight or age."
			d.Participants[1].Aftercare.ShortTerm.What = "A walk together"
			d.Participants[1].Aftercare.Immediate.By = []string{"p1", "p2"}
			d.Participants[0].NewFactors.Medication = "New tablets"
			d.Participants[0].Intoxication = "A glass of wine"
			d.Participants[1].Today.Unwell = true
		}, want: []string{
			"Alex's physical conditions removed.",
			"Alex's answer about drink or drugs changed.",
			"Alex's answer about medication added.",
			"Sam's physical conditions changed.",
			"Sam's check on the day added.",
			"Sam's words to avoid changed.",
			"Sam's aftercare (first 30 minutes): now provided by Alex and Sam.",
			"Sam's aftercare (first 24 hours) changed.",
		}},
		{name: "one side only, and providers cleared", edit: func(d *Document) {
			d.Scene.Activities[0].Receivers = nil
			d.Scene.Activities[1].Givers, d.Scene.Activities[1].Receivers = nil, nil
			d.Participants[0].Aftercare.Immediate.By = nil
		}, want: []string{
			"Blindfold: now Alex gives.",
			"Wrist cuffs: who gives and who receives is no longer set.",
			"Alex's aftercare (first 30 minutes): nobody is named to provide it any more.",
		}},
		{name: "extraction", edit: func(d *Document) {
			d.Extraction = Extraction{Signal: "pineapple juice", HandledBy: []string{"p2"}}
		}, want: []string{"Signal for leaving the play area added.", "Leaving is now handled by Sam."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := goodDoc()
			after := before.Clone()
			c.edit(&after)
			got := lineTexts(Diff(before, after, c.names))
			if !slices.Equal(got, c.want) {
				t.Errorf("Diff:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestDiffLinesCarrySectionAndPerson(t *testing.T) {
	before := goodDoc()
	after := before.Clone()
	after.Participants[1].Aftercare.ShortTerm.What = "A walk together"
	after.Scene.Intensity = IntensityMedium
	got := Diff(before, after, nil)
	want := []ChangeLine{
		{Section: SectionIntensity, Text: "Intensity light → medium."},
		{Section: SectionAftercare, ParticipantID: "p2", Text: "Sam's aftercare (first 24 hours) changed."},
	}
	if len(got) != len(want) {
		t.Fatalf("Diff = %+v", got)
	}
	for i := range got {
		if got[i].Section != want[i].Section || got[i].ParticipantID != want[i].ParticipantID || got[i].Text != want[i].Text {
			t.Errorf("Diff = %+v", got)
		}
	}
}

func TestDiffMatchesTheSameActivityListedTwice(t *testing.T) {
	before := goodDoc()
	before.Scene.Activities = []Activity{
		{ID: "spanking", Name: "spanking", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
		{ID: "spanking", Name: "spanking", Status: StatusYes, Givers: []string{"p2"}, Receivers: []string{"p1"}},
	}
	after := before.Clone()
	after.Scene.Activities = after.Scene.Activities[:1]
	if got := lineTexts(Diff(before, after, nil)); !slices.Equal(got, []string{"Removed: spanking."}) {
		t.Errorf("Diff = %q", got)
	}
}

func TestDiffFromAnEmptyVersion(t *testing.T) {
	before := New([]Participant{{ID: "p1", Name: "Alex"}, {ID: "p2", Name: "Sam"}}, date(5, 1, 18, 0))
	after := before.Clone()
	after.SetSceneOn(time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC))
	after.AgreedOn = date(5, 2, 0, 0)
	after.Scene.Intensity = IntensityLight
	after.Scene.SetDuration("an hour")
	want := []string{
		"Scene date set: 2 January 2027.",
		"Debrief date set: 4 January 2027.",
		"Marked as agreed on 2 May.",
		"Intensity set: light.",
		"Duration set: 60 minutes.",
	}
	if got := lineTexts(Diff(before, after, nil)); !slices.Equal(got, want) {
		t.Errorf("Diff:\n got %q\nwant %q", got, want)
	}
}
