package negotiation

import (
	"slices"
	"testing"
	"time"
)

func statuses(acts []Activity) map[Status]int {
	out := map[Status]int{}
	for _, a := range acts {
		out[a.Status]++
	}
	return out
}

func TestNewGivesEveryoneAnIDAndTheTrafficLight(t *testing.T) {
	now := date(5, 1, 18, 0)
	d := New([]Participant{{Name: " Alex "}, {ID: "p1", Name: "Sam"}, {ID: "p1", Name: "Jo"}}, now)
	ids := map[string]bool{}
	for _, p := range d.Participants {
		if p.ID == "" || ids[p.ID] {
			t.Errorf("participant %q has a missing or repeated ID %q", p.Name, p.ID)
		}
		ids[p.ID] = true
	}
	if d.Participants[0].Name != "Alex" {
		t.Errorf("name = %q, want it trimmed", d.Participants[0].Name)
	}
	if !d.Safewords.TrafficLight || !d.NegotiatedOn.Equal(now) || d.Format != FormatVersion {
		t.Errorf("new document = %+v", d)
	}
	if !d.AgreedOn.IsZero() || !d.SceneOn.IsZero() {
		t.Error("a new document must start as an undated draft")
	}
}

func TestFirstScene(t *testing.T) {
	d := FirstScene([]Participant{{Name: "Alex"}, {Name: "Sam"}}, date(5, 1, 18, 0))
	if d.Template != KindFirstScene || d.Scene.Intensity != IntensityLight || d.Scene.Minutes() != 30 || !d.Safewords.TrafficLight {
		t.Errorf("first scene = %+v", d.Scene)
	}
	got := statuses(d.Scene.Activities)
	if got[StatusYes] != 3 || got[StatusTry] != 1 || got[StatusNotThisTime] < 1 {
		t.Errorf("placeholder rows = %v, want 3 yes, 1 let's try, some not this time", got)
	}
	// Filled in as the template suggests, nothing about its shape is flagged.
	fs := checkFirstScene(d, Facts{})
	if len(fs) != 0 {
		t.Errorf("the template itself breaks the first-scene rules: %v", fs)
	}
}

func TestEstablishedAndPlayParty(t *testing.T) {
	people := []Participant{{Name: "Alex"}, {Name: "Sam"}}
	e := Established(people, date(5, 1, 18, 0))
	if e.Template != KindEstablished || len(checkNewFactors(e, Facts{})) != 2 {
		t.Errorf("established partners must be asked about new factors: %+v", e)
	}
	p := PlayParty(people, date(5, 1, 18, 0))
	if p.Template != KindPlayParty || p.Extraction.Signal != ExtractionSignalExample || p.Extraction.Plan != ExtractionPlanExample {
		t.Errorf("play party extraction = %+v, want the examples to edit", p.Extraction)
	}
	if p.Scene.Intensity != IntensityLight {
		t.Errorf("play party intensity = %q, want light to begin with", p.Scene.Intensity)
	}
}

func TestTemplateDescriptions(t *testing.T) {
	kinds := map[Kind]bool{}
	for _, ti := range Templates() {
		if ti.Name == "" || ti.Description == "" || ti.TalkTime == "" || kinds[ti.Kind] {
			t.Errorf("template %q is incomplete or repeated", ti.Kind)
		}
		kinds[ti.Kind] = true
	}
	for _, k := range []Kind{KindBlank, KindFirstScene, KindEstablished, KindPlayParty} {
		if !kinds[k] || TemplateFor(k).Kind != k {
			t.Errorf("template %q is missing from the picker", k)
		}
	}
	if TemplateFor("no-such").Kind != KindBlank {
		t.Error("an unknown template should read as the blank one")
	}
	for _, b := range Bands() {
		if AftercareHint(b) == "" {
			t.Errorf("no hint for %s", b.Label())
		}
	}
}

func TestRenegotiateKeepsTheSceneAndAsksAgain(t *testing.T) {
	prev := goodDoc()
	prev.Participants[0].NewFactors.Health = "Shoulder better"
	now := date(5, 6, 19, 0)
	d := Renegotiate(prev, now)
	if !d.NegotiatedOn.Equal(now) || !d.AgreedOn.IsZero() {
		t.Errorf("renegotiation must be dated now and agreed again: %v %v", d.NegotiatedOn, d.AgreedOn)
	}
	if !d.SceneOn.Equal(prev.SceneOn) || d.Participants[0].NewFactors.Health == "" {
		t.Error("a new version of the same negotiation keeps the scene date and what was written")
	}
	d.Participants[1].Limits.Hard[0].Text = "changed"
	if prev.Participants[1].Limits.Hard[0].Text != "Gag" {
		t.Error("editing the new version changed the old one")
	}
}

func TestNextScene(t *testing.T) {
	cases := []struct {
		from, want Kind
	}{
		{KindFirstScene, KindEstablished},
		{KindBlank, KindEstablished},
		{KindEstablished, KindEstablished},
		{KindPlayParty, KindPlayParty},
	}
	for _, c := range cases {
		prev := goodDoc()
		prev.Template = c.from
		prev.Participants[1].NewFactors.Medication = "New tablets"
		prev.Participants[1].Today = SceneDay{Unwell: true}
		prev.Participants[1].Intoxication = "Nothing"
		d := NextScene(prev, date(6, 1, 18, 0))
		if d.Participants[1].Today.Answered() || d.Participants[1].Intoxication != "" {
			t.Errorf("after %q: the last scene's day check and drink answer must not carry over: %+v", c.from, d.Participants[1])
		}
		if d.Template != c.want {
			t.Errorf("after %q: template %q, want %q", c.from, d.Template, c.want)
		}
		if !d.SceneOn.IsZero() || !d.DebriefOn.IsZero() || !d.AgreedOn.IsZero() || !d.Participants[1].NewFactors.Empty() {
			t.Errorf("after %q: dates and new factors must start empty", c.from)
		}
		if len(d.Participants[1].Limits.Hard) != 1 || len(d.Scene.Activities) != len(prev.Scene.Activities) || d.Safewords != prev.Safewords {
			t.Errorf("after %q: limits, activities and safewords must be kept to check", c.from)
		}
	}
}

func TestEstablishedPartnersStartFromWhatTheyLastAgreed(t *testing.T) {
	alex := Participant{Name: "Alex"}
	sam := Participant{Name: "sam ", ProfileID: "prof-sam"}
	agreedOn := func(d Document, day int) Document { d.AgreedOn = date(4, day, 21, 0); return d }
	older := agreedOn(goodDoc(), 1)
	older.Title = "Older"
	newer := agreedOn(goodDoc(), 20)
	newer.Title = "Newer"
	newer.Participants[1].ProfileID = "prof-sam"
	newer.Participants[1].HiddenLimits = []Sealed{{ProfileID: "prof-sam", Box: []byte("sealed")}}
	newer.Participants[1].Today = SceneDay{Unwell: true}
	newer.Participants[0].Intoxication = "A glass of wine"
	newer.Participants[0].NewFactors.Health = "Shoulder better"
	draft := goodDoc()
	draft.Title = "Draft, never agreed"
	draft.AgreedOn = time.Time{}
	withJo := agreedOn(goodDoc(), 28)
	withJo.Participants = append(withJo.Participants, Participant{ID: "p3", Name: "Jo"})
	otherSam := agreedOn(goodDoc(), 29)
	otherSam.Participants[1].ProfileID = "prof-another-sam"
	standing := agreedOn(goodAgreement(), 30)
	standing.Title = "Their standing agreement"

	cases := []struct {
		name   string
		docs   []Document
		people []Participant
		want   string // title of the document to start from; "" for none
	}{
		{"nothing agreed yet", nil, []Participant{alex, sam}, ""},
		{"only a draft", []Document{draft}, []Participant{alex, sam}, ""},
		{"the latest agreed, in any order", []Document{older, newer, draft}, []Participant{sam, alex}, "Newer"},
		{"an unlinked person is matched by name", []Document{older}, []Participant{{Name: " ALEX"}, {Name: "Sam"}}, "Older"},
		{"a linked person only by their own list", []Document{otherSam}, []Participant{alex, sam}, ""},
		{"a third person makes it another group", []Document{withJo}, []Participant{alex, sam}, ""},
		{"someone else instead", []Document{older}, []Participant{alex, {Name: "Kim"}}, ""},
		{"a standing agreement is not a scene to start from", []Document{older, standing}, []Participant{alex, {Name: "Sam"}}, "Older"},
	}
	for _, c := range cases {
		prev, ok := LatestTogether(c.docs, c.people)
		if got := map[bool]string{true: prev.Title}[ok]; got != c.want {
			t.Errorf("%s: started from %q, want %q", c.name, got, c.want)
		}
	}

	now := date(5, 2, 19, 0)
	d := EstablishedFrom(newer, []Participant{alex, {Name: "Sam", Pronouns: "they/them", ProfileID: "prof-sam"}}, now)
	if d.Template != KindEstablished || !d.NegotiatedOn.Equal(now) || !d.AgreedOn.IsZero() || !d.SceneOn.IsZero() {
		t.Errorf("a new established partners' draft dated now, with no scene date yet: %+v", d)
	}
	if d.Safewords != newer.Safewords || d.Participants[0].Aftercare.Immediate.What != newer.Participants[0].Aftercare.Immediate.What ||
		!slices.Equal(d.Participants[1].Limits.Soft, newer.Participants[1].Limits.Soft) || len(d.Scene.Activities) != len(newer.Scene.Activities) {
		t.Error("limits, safewords, aftercare and activities must carry over from the last agreed document")
	}
	if len(d.Participants[1].HiddenLimits) != 1 || string(d.Participants[1].HiddenLimits[0].Box) != "sealed" {
		t.Error("limits sealed to a protected list must stay sealed")
	}
	if d.Participants[1].Today.Answered() || d.Participants[0].Intoxication != "" || !d.Participants[0].NewFactors.Empty() {
		t.Error("the day's check, drink and drugs and the new factors are asked again")
	}
	if d.Participants[1].Pronouns != "they/them" || d.Participants[1].ID != newer.Participants[1].ID {
		t.Errorf("each person keeps their place and gets today's name and pronouns: %+v", d.Participants[1])
	}

	d.AnswerNewFactors([]NewFactors{{Medication: "Nothing new"}, {Events: "A hard week"}})
	if d.Participants[0].NewFactors.Medication != "Nothing new" || d.Participants[1].NewFactors.Events != "A hard week" {
		t.Errorf("answers go to each person in document order: %+v", d.Participants)
	}
	if newer.Participants[1].NewFactors.Events != "" {
		t.Error("answering changed the earlier document")
	}
}
