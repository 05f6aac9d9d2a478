package negotiate

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// newDraft goes through "New negotiation" with a template and two typed
// names, and returns the editor.
func newDraft(t *testing.T, a *kittest.Section, n *Negotiate, kind negotiation.Kind, names ...string) *negEditor {
	t.Helper()
	test.Tap(n.newBtn)
	s := n.starter
	a.Eventually(t, "the people to choose from are shown", func() bool { return len(s.others) > 0 })
	for i, k := range negotiation.Templates() {
		if k.Kind == kind {
			test.Tap(s.kindBtns[i])
		}
	}
	for len(s.others) < len(names) {
		test.Tap(s.addOther)
	}
	for i, name := range names {
		test.Type(s.others[i], name)
	}
	test.Tap(s.start)
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	return n.ed
}

// field is one of the editor's entries by its key.
func field(t *testing.T, ed *negEditor, key string) *formEntry {
	t.Helper()
	var e *formEntry
	fyne.DoAndWait(func() { e, _ = ed.fields[key].(*formEntry) })
	if e == nil {
		t.Fatalf("the editor has no entry %q", key)
	}
	return e
}

// typed is what a test types into a draft, by field key.
type typed map[string]string

// fillIn types into every field and waits for the typing to land.
func fillIn(t *testing.T, a *kittest.Section, ed *negEditor, values typed) {
	t.Helper()
	for _, key := range sortedKeys(values) {
		e := field(t, ed, key)
		// A person types into a field on screen: wait until it is laid out.
		a.Eventually(t, key+" is laid out", func() bool { return e.Size().Width > 0 })
		e.SetText("")
		test.Type(e, values[key])
	}
}

func sortedKeys(m typed) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// makeRoomFor gives a draft an activity row and a hard limit for the
// second person, so there are fields to type into.
func makeRoomFor(t *testing.T, ed *negEditor) {
	t.Helper()
	fyne.DoAndWait(func() {
		if len(ed.doc.Scene.Activities) == 0 {
			ed.addOwnActivity()
		}
		ed.addLimit(ed.doc.Participants[1].ID, true)
	})
}

func TestEveryTemplateKeepsWhatWasTypedThroughALockAndAReopen(t *testing.T) {
	a := kittest.NewSection(t, nil)
	kinds := []negotiation.Kind{negotiation.KindFirstScene, negotiation.KindEstablished, negotiation.KindPlayParty, negotiation.KindBlank}
	want := map[string]typed{}
	var last *negEditor
	for _, kind := range kinds {
		n := openNegotiate(t, a)
		if n.ed != nil { // the last draft reopens; start another from the list
			test.Tap(n.ed.back)
		}
		ed := newDraft(t, a, n, kind, "Alex", "Sam")
		if ed.doc.Template != kind {
			t.Fatalf("chose %q, the editor holds %q", kind, ed.doc.Template)
		}
		makeRoomFor(t, ed)
		values := typed{
			"title":            "Friday at ours, " + string(kind),
			"activities/0":     "Feather tickling along the arms",
			"limits/1/hard/0":  "Anything around the neck",
			"safewords/word":   "rutabaga",
			"safewords/signal": "three taps on the arm",
			"aftercare/1/" + negotiation.BandImmediate.Label(): "Water, the blue blanket and quiet",
			"duration":                "about 25 minutes",
			"dates/scene":             "8/5/2030 20:00",
			"physical/1/intoxication": "Nothing at all",
		}
		if kind == negotiation.KindPlayParty {
			values["safe-call/friend"] = "Jo, who has the address"
		}
		fillIn(t, a, ed, values)
		want[ed.id] = values
		last = ed
	}
	// The last thing typed goes in, and Parley locks before the draft's
	// autosave would have run: leaving must save it.
	test.Type(field(t, last, "safewords/word"), " juice")
	want[last.id]["safewords/word"] = "rutabaga juice"
	a.Lock()

	b := a.Reopen(t)
	n := openNegotiate(t, b)
	b.Eventually(t, "the draft open at the lock opens again", func() bool { return n.ed != nil && n.ed.id == last.id })
	b.Eventually(t, "the list shows every draft", func() bool { return len(n.summaries) == len(kinds) })
	for id, values := range want {
		// Wait for this open's own editor: when id is the draft already
		// open, an older editor must not pass for it while the load is
		// still under way (its late arrival would replace the next one).
		before := n.ed
		fyne.DoAndWait(func() { n.open(id) })
		b.Eventually(t, "the draft opens", func() bool { return n.ed != nil && n.ed != before && n.ed.id == id })
		for key, text := range values {
			if got := field(t, n.ed, key).Text; got != text {
				t.Errorf("after reopening, %s shows %q, typed %q", key, got, text)
			}
		}
		if n.ed.doc.Scene.DurationMinutes != 25 || n.ed.doc.SceneOn.Hour() != 20 {
			t.Errorf("duration or scene time not read from the typing: %d minutes, %v", n.ed.doc.Scene.DurationMinutes, n.ed.doc.SceneOn)
		}
	}
}

// readPDFText is the text of a PDF as a PDF viewer reads it (pdftotext).
func readPDFText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is missing: run make deps-check (package poppler-utils)")
		}
		t.Skip("pdftotext is missing (package poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext could not read the PDF: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestPrintingWaitsUntilNoHardLimitIsInTheScene(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	makeRoomFor(t, ed)
	fyne.DoAndWait(func() { ed.addLimit(ed.doc.Participants[0].ID, true) })
	fillIn(t, a, ed, typed{
		"activities/0":     "Tickling",
		"activities/1":     "Blindfold",
		"limits/1/hard/0":  "tickling",
		"limits/0/hard/0":  "Being photographed",
		"safewords/word":   "rutabaga",
		"safewords/signal": "three taps",
	})
	test.Tap(ed.preview)
	p := n.preview
	if p == nil || !p.save.Disabled() || !p.print.Disabled() {
		t.Fatal("Save as PDF and Print are offered while a hard limit is in the scene")
	}
	if len(p.reasons) != 1 || !strings.Contains(p.reasons[0], "Tickling is in the scene, but it is one of Sam's hard limits") {
		t.Errorf("the reasons shown = %q", p.reasons)
	}
	path := filepath.Join(t.TempDir(), "negotiation.pdf")
	var nr errNotReady
	if _, err := p.export(path, p.facts()); !errors.As(err, &nr) {
		t.Errorf("exporting anyway = %v, want it refused", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a PDF was written although printing was refused")
	}

	test.Tap(p.back)
	status := ed.fields["activities/0/status"].(*widget.RadioGroup)
	status.SetSelected(statusWord(negotiation.StatusNotThisTime))
	test.Tap(ed.preview)
	p = n.preview
	if p.save.Disabled() || len(p.reasons) != 0 {
		t.Fatalf("with tickling set to not this time, printing is still refused: %q", p.reasons)
	}
	if _, err := p.export(path, p.facts()); err != nil {
		t.Fatal(err)
	}
	text := readPDFText(t, path)
	for _, want := range []string{"Tickling", "Being photographed", "Alex", "Sam", "rutabaga", "Blindfold"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF does not say %q:\n%s", want, text)
		}
	}
	a.Eventually(t, "the page is measured", func() bool { return p.pageNote.Text == "This fits on one page." })

	test.Tap(p.back)
	fyne.DoAndWait(ed.agreeNow)
	a.Eventually(t, "the agreed document opens as its page", func() bool { return n.preview != nil && n.preview.agreed })
	_, _, agreed, err := a.Vault().LatestVersion(ed.id)
	if err != nil || !agreed {
		t.Errorf("after agreeing, the version is agreed = %v (%v)", agreed, err)
	}
}

func TestAComparisonAndASealedListFlowIntoANewDocument(t *testing.T) {
	a := kittest.NewSection(t, nil)
	v := a.Vault()
	alex, err := v.AddProfile(persistence.Profile{Name: "Alex"})
	if err != nil {
		t.Fatal(err)
	}
	samProfile, err := v.AddProfile(persistence.Profile{Name: "Sam", Pronouns: "she/her"})
	if err != nil {
		t.Fatal(err)
	}
	sam, err := v.OpenPerson(samProfile.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	gag := checklist.Key{Activity: "sensory-deprivation.ball-gag", Direction: checklist.Receiving}
	spank := checklist.Key{Activity: "impact.hand-spanking", Direction: checklist.Receiving}
	for _, ans := range []struct {
		k    checklist.Key
		a    checklist.Answer
		note string
	}{{gag, checklist.HardLimit, ""}, {spank, checklist.No, "over clothes only"}} {
		if err := v.SaveAnswer(sam, ans.k, checklist.Entry{Answer: ans.a, Note: ans.note, Changed: now}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := v.SealPerson(sam, "4321 blue"); err != nil {
		t.Fatal(err)
	}
	cmp, err := v.SaveComparison(persistence.SavedComparison{
		StarterName: "Alex", ResponderName: "Sam",
		BothYes: []persistence.SavedMatch{
			{ActivityID: "sensory-deprivation.blindfold", Name: "Blindfold", Slot: "starter-gives", GiverName: "Alex", ReceiverName: "Sam"},
			{ActivityID: "touch.massage", Name: "Massage", Slot: "responder-gives", GiverName: "Sam", ReceiverName: "Alex"},
		},
		WorthTalking:   []persistence.SavedMatch{{ActivityID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Slot: "starter-gives", GiverName: "Alex", ReceiverName: "Sam"}},
		MaybesCompared: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	n := openNegotiate(t, a)
	n.Open(kit.NegotiateFrom{ComparisonID: cmp.ID}) // by its ID: read from the vault
	a.Eventually(t, "the new page starts from the comparison", func() bool {
		return n.starter != nil && n.starter.from != nil && len(n.starter.checks) == 2
	})
	s := n.starter
	if !s.checks[0].Checked || !s.checks[1].Checked || s.start.Disabled() {
		t.Fatal("Alex and Sam, the two people compared, are not chosen")
	}
	test.Tap(s.start)
	a.Eventually(t, "the editor opens", func() bool { return n.ed != nil })
	ed := n.ed
	byName := map[string]int{}
	for i, p := range ed.doc.Participants {
		byName[p.Name] = i
	}
	ai, si := byName["Alex"], byName["Sam"]
	alexID, samID := ed.doc.Participants[ai].ID, ed.doc.Participants[si].ID
	if len(byName) != 2 || ed.doc.Participants[ai].ProfileID != alex.ID || ed.doc.Participants[si].Pronouns != "she/her" {
		t.Errorf("the people are not linked to their lists: %+v", ed.doc.Participants)
	}
	wantActs := []negotiation.Activity{
		{ID: "sensory-deprivation.blindfold", Name: "Blindfold", Status: negotiation.StatusYes, Givers: []string{alexID}, Receivers: []string{samID}},
		{ID: "touch.massage", Name: "Massage", Status: negotiation.StatusYes, Givers: []string{samID}, Receivers: []string{alexID}},
		{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: negotiation.StatusNotThisTime, Givers: []string{alexID}, Receivers: []string{samID}},
	}
	if len(ed.doc.Scene.Activities) != len(wantActs) {
		t.Fatalf("activities = %+v", ed.doc.Scene.Activities)
	}
	for i, w := range wantActs {
		got := ed.doc.Scene.Activities[i]
		if got.ID != w.ID || got.Status != w.Status || !slices.Equal(got.Givers, w.Givers) || !slices.Equal(got.Receivers, w.Receivers) {
			t.Errorf("activity %d = %+v, want %+v", i, got, w)
		}
	}
	if !strings.Contains(ed.doc.Scene.Activities[2].Note, "worth talking about") {
		t.Errorf("the worth-talking activity has no note saying so: %q", ed.doc.Scene.Activities[2].Note)
	}

	bring := ed.fields["limits/"+strconv.Itoa(si)+"/bring"].(*widget.Button)
	test.Tap(bring)
	a.Eventually(t, "Sam's PIN is asked for", func() bool { return ed.pinAsk != nil })
	ask := ed.pinAsk
	test.Type(ask.pin, "1234")
	test.Tap(ask.open)
	a.Eventually(t, "a wrong PIN is refused", func() bool { return ask.problem.Visible() })
	if ed.chooser != nil {
		t.Fatal("the limits were offered after a wrong PIN")
	}
	ask.pin.SetText("4321 blue")
	test.Tap(ask.open)
	a.Eventually(t, "Sam chooses which limits to bring in", func() bool { return ed.chooser != nil })
	c := ed.chooser
	if len(c.checks) != 2 {
		t.Fatalf("offered %d limits, want Sam's hard limit and soft limit", len(c.checks))
	}
	for i, ch := range c.checks {
		if ch.Checked {
			t.Errorf("limit %d was ticked for Sam", i)
		}
	}
	for i, it := range c.items {
		if c.hard[i] {
			if it.ActivityID != gag.Activity || it.Side != negotiation.SideReceiving || it.Text != "Ball gag" {
				t.Errorf("the hard limit offered = %+v", it)
			}
			test.Tap(c.checks[i])
		}
	}
	test.Tap(c.bring)
	hard, soft := ed.doc.Participants[si].Limits.Hard, ed.doc.Participants[si].Limits.Soft
	if len(hard) != 1 || hard[0].ActivityID != gag.Activity || len(soft) != 0 {
		t.Errorf("brought in hard %+v, soft %+v; want only the ball gag", hard, soft)
	}
	if _, ok := ed.fields["limits/"+strconv.Itoa(si)+"/hard/0"]; !ok {
		t.Error("the limit brought in is not shown in the form")
	}
	if !hard[0].Protected {
		t.Error("a limit from Sam's protected list is not marked to be kept sealed")
	}
}

// oldNavigationRow is the settings key through which an older Compare told
// Negotiate where to start (the shell removes it at unlock: ui/app.go).
const oldNavigationRow = "negotiate_from_comparison"

// An older Parley handed the comparison to start from through the vault's
// settings. Such a row must not start a negotiation (removing it is the
// shell's, at unlock).
func TestAnOldNavigationRowInTheVaultIsIgnoredAndRemoved(t *testing.T) {
	a := kittest.NewSection(t, nil)
	v := a.Vault()
	cmp, err := v.SaveComparison(persistence.SavedComparison{
		StarterName: "Alex", ResponderName: "Sam",
		BothYes: []persistence.SavedMatch{{ActivityID: "touch.massage", Name: "Massage", Slot: "responder-gives", GiverName: "Sam", ReceiverName: "Alex"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.SetSetting(oldNavigationRow, cmp.ID); err != nil {
		t.Fatal(err)
	}
	a.Lock()

	b := a.Reopen(t)
	n := openNegotiate(t, b)
	b.Drain()
	if n.starter != nil && n.starter.from != nil {
		t.Error("an old settings row started a negotiation from a comparison")
	}
}

func TestTappingAFindingTakesYouToItsField(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	find := func(rule negotiation.RuleID, person int) *findingCard {
		for _, c := range ed.review.cards {
			if c.finding.Rule == rule && (person < 0 || c.finding.Field.Participant == person) {
				return c
			}
		}
		t.Fatalf("the review shows no %s finding", rule)
		return nil
	}
	cases := []struct {
		rule   negotiation.RuleID
		person int
		key    string
	}{
		{negotiation.RuleNoCustomWord, -1, "safewords/word"},
		{negotiation.RuleAftercareMissing, 1, "aftercare/1/" + negotiation.BandImmediate.Label()},
		{negotiation.RuleDebriefMissing, -1, "dates/debrief"},
		{negotiation.RuleIntoxUnasked, 0, "physical/0/intoxication"},
		{negotiation.RulePhysicalBlank, 0, "physical/0"},
	}
	for _, tc := range cases {
		ed.scroll.Offset = fyne.NewPos(0, 0)
		test.Tap(find(tc.rule, tc.person))
		if got, _ := a.Window.Canvas().Focused().(fyne.CanvasObject); got != ed.fields[tc.key] {
			t.Errorf("tapping the %s finding focused %T, want the field %s", tc.rule, got, tc.key)
		}
		if ed.scroll.Offset.Y <= 0 {
			t.Errorf("tapping the %s finding did not scroll the form to its field", tc.rule)
		}
	}
	a.Window.Canvas().Unfocus()
	test.Tap(find(negotiation.RuleNoCustomWord, -1).show)
	if got, _ := a.Window.Canvas().Focused().(fyne.CanvasObject); got != ed.fields["safewords/word"] {
		t.Error("the Show me button does not go to the field")
	}

	// Reaching a field with the keyboard brings it into view too.
	ed.scroll.Offset = fyne.NewPos(0, 0)
	a.Window.Canvas().Focus(field(t, ed, "dates/negotiated"))
	if ed.scroll.Offset.Y <= 0 {
		t.Error("a field reached with the keyboard stays out of view")
	}
	// The parts bar goes to each part, in order down the form.
	test.Tap(ed.partBtns[1])
	limits := ed.scroll.Offset.Y
	test.Tap(ed.partBtns[3])
	if aftercare := ed.scroll.Offset.Y; limits <= 0 || aftercare <= limits {
		t.Errorf("the parts bar scrolled to %v for Limits and %v for Aftercare", limits, aftercare)
	}

	test.Type(field(t, ed, "safewords/word"), "rutabaga")
	a.Eventually(t, "the review catches up with the typing", func() bool {
		for _, c := range ed.review.cards {
			if c.finding.Rule == negotiation.RuleNoCustomWord {
				return false
			}
		}
		return true
	})
}

func TestPickingFromParleysListFillsTheFirstEmptyYesRow(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	rows := len(ed.doc.Scene.Activities)
	test.Tap(ed.fields["activities/add"].(*widget.Button))
	p := ed.picker
	if p == nil {
		t.Fatal("Add from the list did not open the list")
	}
	test.Type(p.search, "ball gag")
	if len(p.shown) != 1 {
		t.Fatalf("searching for a ball gag shows %d activities", len(p.shown))
	}
	p.search.OnSubmitted(p.search.Text)
	got := ed.doc.Scene.Activities[0]
	if len(ed.doc.Scene.Activities) != rows || got.ID != "sensory-deprivation.ball-gag" || got.Status != negotiation.StatusYes || !got.LimitsSpeech {
		t.Errorf("after choosing, the rows are %d and the first is %+v", len(ed.doc.Scene.Activities), got)
	}
	// A gag with no signal without words blocks printing, and says why.
	blocked := false
	for _, f := range ed.findings() {
		blocked = blocked || f.Rule == negotiation.RuleSpeechNoSignal
	}
	if !blocked {
		t.Error("a gag without a non-verbal signal is not pointed out")
	}
}

// findingOf is the review card for a rule, or nil.
func findingOf(ed *negEditor, rule negotiation.RuleID) *findingCard {
	for _, c := range ed.review.cards {
		if c.finding.Rule == rule {
			return c
		}
	}
	return nil
}

// Done when (b) and (c) of issue 13, through the editor: a party with a
// gag and nobody staying cannot be printed and points to the guide; the
// safe-call and the check on the day are fields the findings go to.
func TestTheEditorsReviewSeesAGagWithNobodyStayingAndSomeoneUnwell(t *testing.T) {
	a := kittest.NewSection(t, nil)
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindPlayParty, "Ash", "Kit")
	fyne.DoAndWait(func() {
		for _, id := range []string{"sensory-deprivation.ball-gag", "restraint.left-alone"} {
			c, ok := a.Catalog.Activity(id)
			if !ok {
				t.Fatalf("the catalog has no %s", id)
			}
			ed.addFromCatalog(c)
		}
	})
	test.Type(field(t, ed, "safewords/signal"), "three grunts")
	a.Eventually(t, "the review sees the gag and nobody staying", func() bool { return findingOf(ed, negotiation.RuleNeverAlone) != nil })
	alone := findingOf(ed, negotiation.RuleNeverAlone)
	if alone.finding.Severity != negotiation.BlocksPrinting || !strings.Contains(alone.finding.Message, "ball gag") {
		t.Errorf("never alone = %+v", alone.finding)
	}
	if ok, _ := negotiation.CanPrint(ed.findings()); ok {
		t.Error("a party with a gag and nobody staying can be printed")
	}
	if findingOf(ed, negotiation.RuleHighRiskParty) == nil {
		t.Error("being left alone at a party is not called higher risk")
	}
	if _, has := guideArticle(negotiation.GuideNeverAlone); has != (len(alone.body.(*fyne.Container).Objects) == 4) {
		t.Errorf("the guide link is shown %v, the guide has the article %v", !has, has)
	}

	ed.scroll.Offset = fyne.NewPos(0, 0)
	test.Tap(findingOf(ed, negotiation.RuleSafeCallMissing))
	if got, _ := a.Window.Canvas().Focused().(fyne.CanvasObject); got != ed.fields["safe-call/friend"] {
		t.Errorf("the safe-call finding focused %T, want the friend's field", got)
	}
	test.Type(field(t, ed, "safe-call/friend"), "Jo")

	var unwell *widget.Check
	fyne.DoAndWait(func() { unwell, _ = ed.fields["scene-day/1/unwell"].(*widget.Check) })
	if unwell == nil {
		t.Fatal("there is no tick for feeling unwell on the day")
	}
	test.Tap(unwell)
	a.Eventually(t, "the review hears that Kit is unwell", func() bool { return findingOf(ed, negotiation.RuleSceneDayConcern) != nil })
	day := findingOf(ed, negotiation.RuleSceneDayConcern)
	if !strings.Contains(day.finding.Message, "Kit said today: unwell") || !strings.Contains(day.finding.Message, "postpone") {
		t.Errorf("scene-day finding = %q", day.finding.Message)
	}
	if findingOf(ed, negotiation.RuleSafeCallMissing) != nil {
		t.Error("the safe-call finding stays after a friend is named")
	}
	ed.scroll.Offset = fyne.NewPos(0, 0)
	test.Tap(day)
	if got, _ := a.Window.Canvas().Focused().(fyne.CanvasObject); got != ed.fields["scene-day/1"] {
		t.Errorf("the scene-day finding focused %T, want Kit's check", got)
	}
	if !ed.doc.Participants[1].Today.Unwell || ed.doc.SafeCall.Friend != "Jo" {
		t.Errorf("the document holds %+v and %+v", ed.doc.Participants[1].Today, ed.doc.SafeCall)
	}
}

// In any template, the review reads from each person's checklist whether
// the giver has given a skilled activity before; having received it does
// not count.
func TestTheReviewReadsWhetherTheGiverHasDoneItBefore(t *testing.T) {
	a := kittest.NewSection(t, nil)
	v := a.Vault()
	var ids []string
	for _, name := range []string{"Alex", "Sam"} {
		p, err := v.AddProfile(persistence.Profile{Name: name})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	alex, err := v.OpenPerson(ids[0], "")
	if err != nil {
		t.Fatal(err)
	}
	harness := "restraint.rope-harness"
	tried := func(dir checklist.Direction) {
		k := checklist.Key{Activity: harness, Direction: dir}
		if err := v.SaveAnswer(alex, k, checklist.Entry{Answer: checklist.Yes, Tried: true, Changed: time.Now()}, nil); err != nil {
			t.Fatal(err)
		}
	}
	tried(checklist.Receiving) // Alex has had it done, never done it
	c, _ := a.Catalog.Activity(harness)
	rope := negotiation.ActivityFromCatalog(c, negotiation.StatusYes)
	rope.Givers, rope.Receivers = []string{"p1"}, []string{"p2"}
	doc := negotiation.Established([]negotiation.Participant{{ID: "p1", Name: "Alex", ProfileID: ids[0]}, {ID: "p2", Name: "Sam", ProfileID: ids[1]}}, time.Now())
	doc.Scene.Activities = []negotiation.Activity{rope}
	id, err := v.CreateNegotiation(doc)
	if err != nil {
		t.Fatal(err)
	}
	n := openNegotiate(t, a)
	open := func() *negEditor {
		before := n.ed
		fyne.DoAndWait(func() { n.open(id) })
		a.Eventually(t, "the draft opens", func() bool { return n.ed != nil && n.ed != before })
		return n.ed
	}
	ed := open()
	a.Eventually(t, "the review says Alex has not given it before", func() bool { return findingOf(ed, negotiation.RuleGiverUntried) != nil })
	if m := findingOf(ed, negotiation.RuleGiverUntried).finding.Message; !strings.HasPrefix(m, "Alex's checklist doesn't show rope harness") {
		t.Errorf("finding = %q", m)
	}
	tried(checklist.Giving)
	ed = open()
	a.Eventually(t, "the review has read Alex's list again", func() bool { return ed.gave != nil })
	if findingOf(ed, negotiation.RuleGiverUntried) != nil {
		t.Error("the review still says Alex has not given it, after Alex's list says so")
	}
}
