package negotiation

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNewAgreementStartsCarefulAndCannotPrintWithoutAWayOut(t *testing.T) {
	now := time.Date(2026, 11, 30, 19, 45, 0, 0, time.UTC)
	d := NewAgreement([]Participant{{Name: " Alex "}, {Name: "Sam"}}, now)
	if !d.IsAgreement() || d.Template != KindAgreement || !d.Safewords.TrafficLight || !d.NegotiatedOn.Equal(now) {
		t.Fatalf("new agreement = %+v", d)
	}
	if len(d.Agreement.Roles) != 2 || d.Agreement.Roles[0].ParticipantID != "p1" || d.Agreement.Roles[1].ParticipantID != "p2" {
		t.Fatalf("roles = %+v", d.Agreement.Roles)
	}
	// 30 November and three months is "30 February", which is 2 March.
	if want := time.Date(2027, 3, 2, 0, 0, 0, 0, time.UTC); !d.Agreement.ReviewOn.Equal(want) {
		t.Fatalf("review on %v, want %v", d.Agreement.ReviewOn, want)
	}
	if ok, why := Printable(d, Facts{Now: now}); ok || len(why) != 1 || !strings.Contains(why[0], "pause or end") {
		t.Fatalf("a new agreement prints before anyone wrote how to stop it: %v %q", ok, why)
	}
	if slices.ContainsFunc(Templates(), func(ti TemplateInfo) bool { return ti.Kind == KindAgreement }) {
		t.Fatal("the scene editor's template picker offers the agreement")
	}
	if TemplateFor(KindAgreement).Name != AgreementTemplate().Name || AgreementTemplate().Kind != KindAgreement || len(AgreementTemplate().Guidance) == 0 {
		t.Fatalf("template info = %+v", AgreementTemplate())
	}
}

func TestAnAgreementRoundTripsAndAScenesJSONIsUnchanged(t *testing.T) {
	d := goodAgreement()
	_, back := roundTrip(t, d)
	if !reflect.DeepEqual(back, d) {
		t.Fatalf("round trip changed the agreement:\n%+v\n%+v", back.Agreement, d.Agreement)
	}
	scene, _ := json.Marshal(goodDoc())
	if strings.Contains(string(scene), `"agreement"`) {
		t.Fatalf("a scene's JSON gained an agreement part: %s", scene)
	}
}

func TestCloneAndRemoveParticipantReachTheAgreement(t *testing.T) {
	d := goodAgreement()
	d.Participants = append(d.Participants, Participant{ID: "p3", Name: "Jo"})
	d.Agreement.Roles = append(d.Agreement.Roles, DynamicRole{ParticipantID: "p3", Role: "switch"})
	d.Agreement.Rules[0].For = []string{"p2", "p3"}
	c := d.Clone()
	c.Agreement.Rules[0].For[0] = "changed"
	c.Agreement.Roles[0].Role = "changed"
	if d.Agreement.Rules[0].For[0] != "p2" || d.Agreement.Roles[0].Role != "leads" {
		t.Fatal("changing a clone changed the original agreement")
	}
	old := d // shares slices with d: removal must not write through them
	oldJSON, _ := json.Marshal(old)
	if err := d.RemoveParticipant("p3"); err != nil {
		t.Fatal(err)
	}
	if again, _ := json.Marshal(old); string(again) != string(oldJSON) {
		t.Error("removing Jo from a copy changed the earlier value")
	}
	if len(d.Agreement.Roles) != 2 || !slices.Equal(d.Agreement.Rules[0].For, []string{"p2"}) {
		t.Fatalf("Jo is still in the agreement: %+v %+v", d.Agreement.Roles, d.Agreement.Rules[0])
	}
}

func TestASceneStartsFromTheAgreementsLimitsSafewordsAndAftercare(t *testing.T) {
	ag := goodAgreement()
	ag.Participants[1].ProfileID = "sam1"
	ag.Participants[1].HiddenLimits = []Sealed{{ProfileID: "sam1", Box: []byte{7, 7}}}
	ag.Participants[1].Limits.Hard = append(ag.Participants[1].Limits.Hard, LimitItem{ActivityID: "impact.caning", Side: SideReceiving, Text: "Caning", Protected: true})
	before := ag.Clone()
	now := date(6, 1, 9, 0)
	d := SceneFromAgreement(ag, KindEstablished, now)
	if d.IsAgreement() || d.Template != KindEstablished || !d.NegotiatedOn.Equal(now) || !d.AgreedOn.IsZero() {
		t.Fatalf("scene = %+v", d)
	}
	if !reflect.DeepEqual(d.Agreement, Agreement{}) || len(d.Scene.Activities) != 1 || !d.Scene.Activities[0].Blank() {
		t.Fatalf("the scene carries agreement parts or activities: %+v %+v", d.Agreement, d.Scene.Activities)
	}
	if d.Safewords != ag.Safewords {
		t.Fatalf("safewords %+v, want %+v", d.Safewords, ag.Safewords)
	}
	for i, p := range d.Participants {
		a := ag.Participants[i]
		if p.ID != a.ID || p.Name != a.Name || p.ProfileID != a.ProfileID ||
			!reflect.DeepEqual(p.Limits, a.Limits) || !reflect.DeepEqual(p.HiddenLimits, a.HiddenLimits) || !reflect.DeepEqual(p.Aftercare, a.Aftercare) {
			t.Fatalf("person %d = %+v, want the agreement's %+v", i, p, a)
		}
		if p.Physical != "" || !p.NewFactors.Empty() || p.Intoxication != "" {
			t.Fatalf("person %d brings answers that belong to a scene: %+v", i, p)
		}
	}
	// The new scene is its own: changing it leaves the agreement alone.
	d.Participants[1].Limits.Hard[0].Text = "changed"
	d.Participants[0].Aftercare.Immediate.By[0] = "changed"
	if !reflect.DeepEqual(ag, before) {
		t.Fatal("changing the new scene changed the agreement")
	}
	// And the scene's review sees the limits: Sam's caning in scope blocks.
	d = SceneFromAgreement(ag, KindFirstScene, now)
	d.Participants[1].HiddenLimits = nil
	d.Scene.Activities = []Activity{{ID: "impact.caning", Name: "Caning", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}}}
	if ok, _ := Printable(d, Facts{Now: now}); ok || d.Template != KindFirstScene {
		t.Fatal("a hard limit brought from the agreement did not block the scene")
	}
	if got := SceneFromAgreement(ag, KindAgreement, now).Template; got != KindEstablished {
		t.Fatalf("a scene from an agreement under the agreement template: %q", got)
	}
}

func TestReviewDue(t *testing.T) {
	now := time.Date(2026, 5, 3, 21, 30, 0, 0, time.UTC)
	for _, c := range []struct {
		name   string
		review time.Time
		want   ReviewTiming
		when   string
	}{
		{"no review date", time.Time{}, ReviewTiming{}, ""},
		{"weeks away", date(6, 1, 0, 0), ReviewTiming{Set: true, Days: 29}, "in 29 days"},
		{"two weeks away is due", date(5, 17, 0, 0), ReviewTiming{Set: true, Due: true, Days: 14}, "in 14 days"},
		{"tomorrow", date(5, 4, 0, 0), ReviewTiming{Set: true, Due: true, Days: 1}, "tomorrow"},
		{"today, earlier in the day", date(5, 3, 9, 0), ReviewTiming{Set: true, Due: true, Days: 0}, "today"},
		{"yesterday", date(5, 2, 0, 0), ReviewTiming{Set: true, Due: true, Overdue: true, Days: -1}, "yesterday"},
		{"a month ago", date(4, 3, 0, 0), ReviewTiming{Set: true, Due: true, Overdue: true, Days: -30}, "30 days ago"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ReviewDue(c.review, now)
			if got != c.want || got.When() != c.when {
				t.Fatalf("ReviewDue = %+v %q, want %+v %q", got, got.When(), c.want, c.when)
			}
		})
	}
	// Days are counted where the person is: 23:30 in Auckland on 3 May is
	// already 4 May there, the day of the review.
	nz := time.FixedZone("NZST", 12*3600)
	if got := ReviewDue(time.Date(2026, 5, 4, 0, 0, 0, 0, nz), time.Date(2026, 5, 3, 12, 0, 0, 0, time.UTC)); got.Days != 0 {
		t.Fatalf("in Auckland: %+v", got)
	}
}
