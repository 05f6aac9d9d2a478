package negotiate

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

// chooseTemplate ticks a template on the new negotiation page.
func chooseTemplate(s *negStarter, kind negotiation.Kind) {
	for i, k := range negotiation.Templates() {
		if k.Kind == kind {
			test.Tap(s.kindBtns[i])
		}
	}
}

// askedWhatIsNew checks that the page on screen asks each of the two
// people the three new-factor questions, answers them as given (one
// answer per person: medication for the first, recent events for the
// second) and starts the new version.
func askedWhatIsNew(t *testing.T, a *kittest.Section, n *Negotiate, beside string, answers [2]string) {
	t.Helper()
	var start *widget.Button
	a.Eventually(t, "the new-factor questions are asked", func() bool {
		start = kittest.ButtonIn(n.content, "Start the new version")
		return start != nil
	})
	if n.ed != nil {
		t.Fatal("the editor opened before anyone was asked what is new")
	}
	shown := strings.Join(kittest.ShownText(n.content), "\n")
	for _, q := range negotiation.NewFactorQuestions() {
		if strings.Count(shown, q) != 2 {
			t.Errorf("the question %q is not asked of both people", q)
		}
	}
	if !strings.Contains(shown, beside) {
		t.Errorf("what was agreed (%q) is not shown beside the questions", beside)
	}
	es := kittest.EntriesIn(n.content)
	if len(es) != 6 {
		t.Fatalf("%d answer fields, want three for each person", len(es))
	}
	test.Type(es[0], answers[0])
	test.Type(es[5], answers[1])
	test.Tap(start)
	a.Eventually(t, "the editor opens on the new draft", func() bool { return n.ed != nil })
}

func TestEstablishedPartnersStartFromWhatTheyLastAgreed(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	samProfile, err := v.AddProfile(persistence.Profile{Name: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	sam, err := v.OpenPerson(samProfile.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.SealPerson(sam, "4321 blue"); err != nil {
		t.Fatal(err)
	}
	last := kittest.CoupleDoc(c.Now(), samProfile.ID)
	last.Participants[1].Limits.Hard = []negotiation.LimitItem{{Text: "Anything at the neck", Protected: true}}
	last.Participants[1].Aftercare.Immediate = negotiation.Care{What: "The blue blanket and quiet", By: []string{"p1"}}
	last.Participants[0].Intoxication = "One glass of wine"
	last.Participants[1].Today = negotiation.SceneDay{Fine: true}
	lastID := kittest.Agreed(t, v, last)

	n := openNegotiate(t, a)
	test.Tap(n.newBtn)
	s := n.starter
	a.Eventually(t, "Sam's list is offered", func() bool { return len(s.checks) == 1 && len(s.others) > 0 })
	chooseTemplate(s, negotiation.KindEstablished)
	test.Tap(s.checks[0])
	test.Type(s.others[0], "Alex")
	a.Eventually(t, "the page says what the document starts from", func() bool {
		return s.earlier.Visible() && strings.Contains(s.earlier.Text, "Friday at ours")
	})
	test.Tap(s.start)
	askedWhatIsNew(t, a, n, "Wrist cuffs", [2]string{"Nothing new", "A hard week at work"})

	d := n.ed.doc
	if n.ed.id == lastID || d.Template != negotiation.KindEstablished || !d.AgreedOn.IsZero() || !d.SceneOn.IsZero() {
		t.Errorf("want a new established partners' draft with no scene date yet: %q, %v, %v", d.Template, d.AgreedOn, d.SceneOn)
	}
	if d.Safewords.Word != "pineapple" || len(d.Scene.Activities) != 2 || d.Participants[0].Limits.Soft[0].Text != "gag" ||
		d.Participants[1].Aftercare.Immediate.What != "The blue blanket and quiet" {
		t.Errorf("the safewords, activities, limits and aftercare did not carry over: %+v", d)
	}
	if d.Participants[0].NewFactors.Medication != "Nothing new" || d.Participants[1].NewFactors.Events != "A hard week at work" {
		t.Errorf("the answers are not in the new draft: %+v", d.Participants)
	}
	if d.Participants[0].Intoxication != "" || d.Participants[1].Today.Answered() {
		t.Error("drink and drugs and the check on the day must be asked again for the new scene")
	}
	if len(d.Participants[1].HiddenLimits) != 1 || strings.Contains(strings.Join(kittest.ShownText(n.content), "\n"), "Anything at the neck") {
		t.Error("Sam's protected limit must stay sealed until her PIN opens it")
	}
	kept, _, _, err := v.LatestVersion(n.ed.id)
	if err != nil || len(kept.Participants[1].HiddenLimits) != 1 || len(kept.Participants[1].Limits.Hard) != 0 {
		t.Errorf("the new document in the vault must keep the limit sealed: %v %+v", err, kept.Participants[1])
	}
	if vs, _ := v.Versions(lastID); len(vs) != 1 {
		t.Error("the earlier agreed document must stay as it was")
	}
}

func TestEstablishedPartnersWithNothingAgreedStartFromTheTemplateAndAreToldSo(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), "")) // Alex and Sam's, not Jo and Kim's
	n := openNegotiate(t, a)
	test.Tap(n.newBtn)
	s := n.starter
	a.Eventually(t, "the names can be typed", func() bool { return len(s.others) >= 2 })
	chooseTemplate(s, negotiation.KindEstablished)
	test.Type(s.others[0], "Jo")
	test.Type(s.others[1], "Alex")
	want := "Jo and Alex have no agreed negotiation together in Parley yet, so this one starts from the template."
	a.Eventually(t, "the page says there is nothing to start from", func() bool { return s.earlier.Visible() && s.earlier.Text == want })
	test.Tap(s.start)
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	d := n.ed.doc
	if d.Template != negotiation.KindEstablished || d.Safewords.Word != "" || len(d.Scene.Activities) != 1 || d.Scene.Activities[0].Name != "" {
		t.Errorf("want the established partners' template, empty: %+v", d)
	}
}

func TestChangeSomethingAsksWhatIsNewFirst(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	v := a.Vault()
	id := kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	n := openNegotiate(t, a)
	n.open(id)
	a.Eventually(t, "the agreed page opens", func() bool { return n.preview != nil })
	test.Tap(n.preview.change)
	askedWhatIsNew(t, a, n, "Wrist cuffs", [2]string{"A new prescription for my back", "A hard week at work"})
	vs, err := v.Versions(id)
	if err != nil || len(vs) != 2 || vs[1].Agreed {
		t.Fatalf("want a second version, a draft: %v %+v", err, vs)
	}
	v2, err := v.Version(id, 2)
	if err != nil {
		t.Fatal(err)
	}
	if v2.Participants[0].NewFactors.Medication != "A new prescription for my back" || v2.Participants[1].NewFactors.Events != "A hard week at work" {
		t.Errorf("the answers did not go into the new version: %+v", v2.Participants)
	}
	if n.ed.id != id || n.ed.doc.Participants[1].NewFactors.Events != "A hard week at work" {
		t.Error("the editor is not on the new version with the answers")
	}
}
