package persistence

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

// sampleAgreement is Alex and Sam's standing agreement, as they would
// write it, with its review date on 1 August.
func sampleAgreement(now time.Time, title string) negotiation.Document {
	d := negotiation.NewAgreement([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam"}}, now)
	d.Title = title
	d.Agreement.Roles[0].Role, d.Agreement.Roles[0].Reach = "leads", negotiation.ReachTimes
	d.Agreement.Roles[1].Role, d.Agreement.Roles[1].Reach = "follows", negotiation.ReachTimes
	d.Agreement.Rules = []negotiation.Standing{{Text: "Sam asks before staying out past midnight", For: []string{"p2"}}}
	d.Agreement.Rituals = []negotiation.Standing{{Text: "A goodnight message when we are apart"}}
	d.Agreement.CheckIn = negotiation.CheckIn{Rhythm: "Every Sunday evening"}
	d.Agreement.Exit = negotiation.Exit{Pause: "Either of us says 'pause the dynamic'.", End: "Either of us can end it, no reason needed.", Then: "A calm talk within two days."}
	d.Agreement.ReviewOn = time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	d.Participants[1].Limits.Hard = []negotiation.LimitItem{{Text: "Public humiliation"}}
	d.Safewords.Word = "quince"
	return d
}

// An agreement is kept beside the scene negotiations, not among them:
// History, Home's "coming up" and "start from what you last agreed" read
// the scene lists, and an agreement opened as a scene would lose its parts.
func TestAnAgreementIsNeverListedAsASceneNegotiation(t *testing.T) {
	v, c := negotiationVault(t)
	scene := mustCreateNegotiation(t, v, sampleDoc(c.now(), "Friday at ours"))
	ag := mustCreateNegotiation(t, v, sampleAgreement(c.now(), "Our arrangement"))
	all, err := v.Negotiations()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].ID != scene {
		t.Fatalf("scene negotiations listed: %+v (the agreement is %s)", all, ag)
	}
	for _, q := range []string{"", "arrangement", "alex"} {
		found, err := v.SearchNegotiations(q, "", "")
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range found {
			if s.ID == ag {
				t.Fatalf("searching scenes for %q found the agreement", q)
			}
		}
		page, _, err := v.SearchNegotiationsPage(q, "", "", 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range page {
			if s.ID == ag {
				t.Fatalf("History's page for %q shows the agreement", q)
			}
		}
	}
}

func agreementIDs(list []AgreementSummary) []string {
	var out []string
	for _, s := range list {
		out = append(out, s.Title)
	}
	return out
}

// Home asks which agreements there are and when each is reviewed: the
// review due soonest first, and during a review (a newer draft) the date
// of the agreement that still stands.
func TestAgreementsAreListedWithTheReviewDateThatStands(t *testing.T) {
	v, c := negotiationVault(t)
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	add := func(title string, review time.Time) string {
		d := sampleAgreement(c.now(), title)
		d.Agreement.ReviewOn = review
		c.set(c.now().Add(time.Minute))
		return mustCreateNegotiation(t, v, d)
	}
	august := add("August", day(8, 1))
	add("No date", time.Time{})
	june := add("June", day(6, 1))
	mustCreateNegotiation(t, v, sampleDoc(c.now(), "A scene"))

	// June's agreement is agreed, then its review starts: a new draft
	// with a later date. Until that is agreed, 1 June stands.
	doc, _, _, err := v.LatestVersion(june)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.AgreeVersion(june, doc); err != nil {
		t.Fatal(err)
	}
	next := negotiation.Renegotiate(doc, c.now())
	next.Agreement.ReviewOn = day(12, 1)
	if _, err := v.NewVersion(june, next); err != nil {
		t.Fatal(err)
	}
	list, err := v.Agreements()
	if err != nil {
		t.Fatal(err)
	}
	if got := agreementIDs(list); !slices.Equal(got, []string{"June", "August", "No date"}) {
		t.Fatalf("agreements = %v", got)
	}
	j := list[0]
	if j.ID != june || !j.ReviewOn.Equal(day(6, 1)) || j.State != "draft" || j.Versions != 2 || j.Standing != 1 ||
		!slices.Equal(j.People, []string{"Alex", "Sam"}) {
		t.Fatalf("June's agreement during its review = %+v", j)
	}
	if a := list[1]; a.ID != august || a.Standing != 0 || a.State != "draft" || !a.ReviewOn.Equal(day(8, 1)) {
		t.Fatalf("August = %+v", a)
	}
	if !list[2].ReviewOn.IsZero() {
		t.Fatalf("no date = %+v", list[2])
	}
	// Home's question, from the listing and the clock.
	if r := negotiation.ReviewDue(j.ReviewOn, time.Date(2026, 6, 3, 9, 0, 0, 0, time.UTC)); !r.Overdue || r.Days != -2 {
		t.Fatalf("June's review on 3 June: %+v", r)
	}
	// Agreeing the review makes its date the one that stands.
	next, _, _, _ = v.LatestVersion(june)
	if err := v.AgreeVersion(june, next); err != nil {
		t.Fatal(err)
	}
	list, _ = v.Agreements()
	if got := agreementIDs(list); !slices.Equal(got, []string{"August", "June", "No date"}) || !list[1].ReviewOn.Equal(day(12, 1)) || list[1].Standing != 2 {
		t.Fatalf("after the review was agreed: %v %+v", got, list[1])
	}
}

// Versions, history and the diff work on an agreement as on a scene.
func TestAnAgreementKeepsItsVersionsAndTheirDifferences(t *testing.T) {
	v, c := negotiationVault(t)
	first := sampleAgreement(c.now(), "Our arrangement")
	id := mustCreateNegotiation(t, v, first)
	if err := v.AgreeVersion(id, first); err != nil {
		t.Fatal(err)
	}
	c.set(c.now().AddDate(0, 3, 0))
	second := negotiation.Renegotiate(first, c.now())
	second.Agreement.CheckIn.Rhythm = "Every other Sunday"
	second.Agreement.Rituals = append(second.Agreement.Rituals, negotiation.Standing{Text: "Breakfast together on Saturdays"})
	if n, err := v.NewVersion(id, second); err != nil || n != 2 {
		t.Fatalf("NewVersion = %d, %v", n, err)
	}
	vs, err := v.Versions(id)
	if err != nil || len(vs) != 2 || !vs[0].Agreed || vs[1].Agreed {
		t.Fatalf("versions = %+v, %v", vs, err)
	}
	one, err := v.Version(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !one.IsAgreement() || !reflect.DeepEqual(one.Agreement.Rules, first.Agreement.Rules) || one.Agreement.Exit != first.Agreement.Exit ||
		!one.Agreement.ReviewOn.Equal(first.Agreement.ReviewOn) {
		t.Fatalf("version 1 read back = %+v", one.Agreement)
	}
	two, _ := v.Version(id, 2)
	got := lineTexts(negotiation.Diff(one, two, nil))
	want := []string{"Negotiation date 1 May, 18:00 → 1 August, 18:00.", "No longer marked as agreed.",
		"New ritual: Breakfast together on Saturdays.", "Check-in rhythm 'Every Sunday evening' → 'Every other Sunday'."}
	if !slices.Equal(got, want) {
		t.Fatalf("diff = %q\nwant %q", got, want)
	}
	if err := v.AgreeVersion(id, two); err != nil {
		t.Fatal(err)
	}
	if err := v.SaveDraft(id, two); !errors.Is(err, ErrAlreadyAgreed) {
		t.Fatalf("an agreed agreement changed: %v", err)
	}
}

// Attack: save a scene over an agreement (or the other way round) and
// the agreement's parts are lost, or a scene turns up in Home's reviews.
func TestTheKindOfADocumentCannotChange(t *testing.T) {
	v, c := negotiationVault(t)
	ag := mustCreateNegotiation(t, v, sampleAgreement(c.now(), "Our arrangement"))
	scene := mustCreateNegotiation(t, v, sampleDoc(c.now(), "Friday"))
	if err := v.SaveDraft(ag, sampleDoc(c.now(), "Friday")); !errors.Is(err, ErrOtherKind) {
		t.Fatalf("a scene saved over an agreement: %v", err)
	}
	if err := v.SaveDraft(scene, sampleAgreement(c.now(), "Ours")); !errors.Is(err, ErrOtherKind) {
		t.Fatalf("an agreement saved over a scene: %v", err)
	}
	if doc, _, _, _ := v.LatestVersion(ag); !doc.IsAgreement() || doc.Agreement.CheckIn.Rhythm != "Every Sunday evening" {
		t.Fatalf("the agreement changed: %+v", doc)
	}
	if doc, _, _, _ := v.LatestVersion(scene); doc.IsAgreement() || len(doc.Scene.Activities) != 4 {
		t.Fatalf("the scene changed: %+v", doc)
	}
}

func TestSearchAgreements(t *testing.T) {
	v, c := negotiationVault(t)
	ours := sampleAgreement(c.now(), "Our arrangement")
	theirs := negotiation.NewAgreement([]negotiation.Participant{{Name: "Jo"}, {Name: "Kim"}}, c.now())
	theirs.Title = "Jo and Kim"
	theirs.Agreement.CheckIn.How = "A walk by the canal"
	ids := map[string]string{mustCreateNegotiation(t, v, ours): "ours", mustCreateNegotiation(t, v, theirs): "theirs"}
	mustCreateNegotiation(t, v, sampleDoc(c.now(), "Past midnight"))
	for _, tc := range []struct {
		name, query, person string
		want                []string
	}{
		{"a standing rule's words", "MIDNIGHT", "", []string{"ours"}},
		{"a ritual", "goodnight", "", []string{"ours"}},
		{"the check-in", "canal", "", []string{"theirs"}},
		{"the way out", "pause dynamic", "", []string{"ours"}},
		{"a hard limit", "humiliation", "", []string{"ours"}},
		{"a person", "", "kim", []string{"theirs"}},
		{"the safeword is never searchable", "quince", "", nil},
		{"a scene's words find no agreement", "blindfold", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found, err := v.SearchAgreements(tc.query, tc.person)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range found {
				got = append(got, ids[s.ID])
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// Attack: read the limits Sam brought into the agreement from her
// protected list without her PIN, in the document or the search column.
func TestAnAgreementsLimitsFromAProtectedListAreSealed(t *testing.T) {
	v, c := negotiationVault(t)
	sam := protectedPerson(t, v, "Sam", "blue heron 42")
	d := sampleAgreement(c.now(), "Our arrangement")
	d.Participants[1].ProfileID = sam.ID
	d.Participants[1].Limits.Hard = append(d.Participants[1].Limits.Hard, negotiation.LimitItem{ActivityID: "impact.cane", Text: "Cane", Protected: true})
	id := mustCreateNegotiation(t, v, d)
	raw := rawColumn(t, v, `SELECT doc FROM negotiation_versions WHERE negotiation_id = ?`, id)
	search := rawColumn(t, v, `SELECT search FROM negotiations WHERE id = ?`, id)
	if bytes.Contains(raw, []byte("Cane")) || bytes.Contains(search, []byte("cane")) {
		t.Fatal("Sam's protected limit is stored in the clear")
	}
	doc, _, _, _ := v.LatestVersion(id)
	if ok, why := negotiation.Printable(doc, negotiation.Facts{Now: c.now()}); ok || len(why) != 1 {
		t.Fatalf("an agreement with hidden limits prints: %v %q", ok, why)
	}
	opened, err := v.OpenPerson(sam.ID, "blue heron 42")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.RevealLimits(&doc, opened); err != nil {
		t.Fatal(err)
	}
	if h := doc.Participants[1].Limits.Hard; len(h) != 2 || h[1].Text != "Cane" {
		t.Fatalf("Sam's PIN does not show her limit: %+v", h)
	}
	// A scene started from the agreement keeps it sealed.
	locked, _, _, _ := v.LatestVersion(id)
	scene := negotiation.SceneFromAgreement(locked, negotiation.KindEstablished, c.now())
	sid := mustCreateNegotiation(t, v, scene)
	if raw := rawColumn(t, v, `SELECT doc FROM negotiation_versions WHERE negotiation_id = ?`, sid); bytes.Contains(raw, []byte("Cane")) {
		t.Fatal("the scene from the agreement holds Sam's limit in the clear")
	}
	if got, _, _, _ := v.LatestVersion(sid); len(got.Participants[1].HiddenLimits) != 1 {
		t.Fatalf("the scene lost Sam's sealed limit: %+v", got.Participants[1])
	}
}

func lineTexts(ls []negotiation.ChangeLine) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}
