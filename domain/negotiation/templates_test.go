package negotiation

import "testing"

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
