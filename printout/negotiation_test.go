package printout

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

// readRaw is the PDF's text in the order it is drawn (pdftotext -raw),
// squashed: a column's lines stay together even where the page has two
// columns side by side, so a wrapped line can be searched for whole.
func readRaw(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is missing: run make deps-check (package poppler-utils)")
		}
		t.Skip("pdftotext is missing (package poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "page.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext could not read the PDF: %v", err)
	}
	return squash(string(out))
}

func printDoc(t *testing.T, d negotiation.Document, size PageSize) Result {
	t.Helper()
	r, err := Negotiation(d, printedOn, size)
	if err != nil {
		t.Fatalf("Negotiation: %v", err)
	}
	return r
}

// hardLimitsOf is the text of one person's hard limits: from their name
// over "Hard limits — never" to their "Soft limits".
func hardLimitsOf(text, name string) string {
	k := strings.Index(text, limitsMarker(name))
	if k < 0 {
		return ""
	}
	rest := text[k+len(limitsMarker(name)):]
	if end := strings.Index(rest, "Soft limits \u2014"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// limitsMarker is how a person's column in the limits part begins.
func limitsMarker(name string) string { return name + " Hard limits \u2014 never" }

func TestEveryHardLimitIsPrintedUnderItsPerson(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	multi := 0
	for n := range 100 {
		d := randomDoc(r)
		res := printDoc(t, d, []PageSize{A4, Letter}[n%2])
		text := readRaw(t, res.PDF)
		if res.Pages > 1 {
			multi++
		}
		if res.Missing != "" {
			t.Fatalf("document %d: the font lacks %q; accented Latin letters must all print", n, res.Missing)
		}
		for _, l := range d.HardLimitLines() {
			if res.Pages > 1 {
				// A person's column may go on over the page: the limit
				// must be in the limits part, at least.
				if k := strings.Index(text, "Hard limits \u2014 never"); k < 0 || !strings.Contains(text[k:], l.Text) {
					t.Fatalf("document %d: %s's hard limit %q is missing:\n%s", n, l.Participant, l.Text, text)
				}
				continue
			}
			if !strings.Contains(hardLimitsOf(text, l.Participant), l.Text) {
				t.Fatalf("document %d: %s's hard limit %q is not under their name:\n%s", n, l.Participant, l.Text, text)
			}
		}
	}
	t.Logf("%d of 100 documents took more than one page", multi)
	if multi > 20 {
		t.Errorf("%d of 100 random documents took more than one page; the test means to check most on one", multi)
	}
}

func TestARealisticFirstSceneFitsOnOnePage(t *testing.T) {
	d := firstScene()
	for _, size := range []PageSize{A4, Letter} {
		res := printDoc(t, d, size)
		_, pages, w, h := readPDF(t, res.PDF)
		if pages != 1 || res.Pages != 1 {
			t.Errorf("%s: %d pages (Result says %d), want 1", size, pages, res.Pages)
		}
		wantW, wantH := 595.0, 842.0
		if size == Letter {
			wantW, wantH = 612, 792
		}
		if w != wantW || h != wantH {
			t.Errorf("%s: page is %.0f x %.0f pt, want %.0f x %.0f", size, w, h, wantW, wantH)
		}
		// A4 holds it at the usual size; Letter is 50 pt shorter and may
		// take two steps smaller (the line for the check on the day, added
		// in issue 13, cost the second step), no more.
		if size == A4 && (res.Shrunk || res.Scale != 1) {
			t.Errorf("A4: shrunk to %.2f, want the usual size", res.Scale)
		}
		if res.Scale < 0.9-1e-9 || res.Shrunk != (res.Scale < 1) {
			t.Errorf("%s: scale %.2f, shrunk %v", size, res.Scale, res.Shrunk)
		}
		text := readRaw(t, res.PDF)
		for _, want := range everythingIn(d) {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the page does not show %q:\n%s", size, want, text)
			}
		}
	}
}

// everythingIn lists what a printout of firstScene must show, written
// out here from the document rather than from the printout.
func everythingIn(d negotiation.Document) []string {
	want := []string{
		"Our negotiation", "Zoë (she/her) and Renée (she/they)",
		"Friday 20 November 2026", "Saturday 28 November 2026, 20:00", "Monday 30 November 2026, 19:00",
		"Agreed on Saturday 21 November 2026",
		"Blindfold \u2014 Renée gives, Zoë receives", "Wrist cuffs \u2014 Renée gives, Zoë receives",
		"Feather and ice \u2014 Renée gives, Zoë receives",
		"Light flogging with the suede flogger \u2014 Renée gives, Zoë receives",
		"Yes", "Let's try", "Not this time Rope bondage, Gags", "Can leave marks.",
		"Light and steady", "About 30 minutes, then we stop either way",
		"Our flat, the bedroom", "Nobody else home; phones on silent",
		"Renée: leading. Sets the pace and checks in often.", "Zoë: following.",
		"Pineapple", "Dropping the little bell, or three firm taps on Renée's arm",
		"Green \u2014", "Amber \u2014", "Red \u2014",
		negotiation.SafewordRuleTitle, negotiation.SafewordRule,
		"First 30 minutes", "First 24 hours", "Up to 72 hours",
		"Made with Parley on Sunday 22 November 2026",
		"Drink or drugs", "Nothing; we stay sober",
		"On the day, ask each other: how are you today? " + negotiation.SceneDayReminder,
		// the conditions on Zoë's own list (issue 17)
		"Zoë's list: only with Renée, and gently.", "Zoë's list: only after talking it over first.",
	}
	for _, a := range d.Scene.Activities {
		if a.Note != "" {
			want = append(want, a.Note)
		}
	}
	for _, l := range append(d.HardLimitLines(), d.SoftLimitLines()...) {
		want = append(want, l.Text)
		if l.Condition != "" {
			want = append(want, l.Text+" \u2014 "+l.Condition)
		}
	}
	for _, p := range d.Participants {
		want = append(want, p.Physical, p.Emotional.Words, p.Emotional.Notes, limitsMarker(p.Name))
		if p.Emotional.Topics != "" {
			want = append(want, p.Emotional.Topics)
		}
		for _, b := range negotiation.Bands() {
			want = append(want, p.Aftercare.Band(b).What)
		}
	}
	return want
}

func TestAHugeDocumentGoesOnToMorePages(t *testing.T) {
	d := hugeDoc()
	for _, size := range []PageSize{A4, Letter} {
		res := printDoc(t, d, size)
		_, pages, _, _ := readPDF(t, res.PDF)
		if res.Pages < 2 || pages != res.Pages {
			t.Errorf("%s: Result says %d pages, the PDF has %d; want 2 or more", size, res.Pages, pages)
		}
		if !res.Shrunk || res.Scale*bodySize < minBodySize {
			t.Errorf("%s: shrunk %v to scale %.2f; want the smallest readable size (body %.1f pt)", size, res.Shrunk, res.Scale, minBodySize)
		}
		text := readRaw(t, res.PDF)
		for _, l := range d.HardLimitLines() {
			if !strings.Contains(text, l.Text) {
				t.Errorf("%s: hard limit %q is missing", size, l.Text)
			}
		}
		for _, want := range []string{"Our negotiation \u2014 Zoë and Renée (continued)", "Page 2 of", negotiation.SafewordRule, "Activity number 40"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the printout does not show %q", size, want)
			}
		}
	}
}

// variety is a set of documents unlike each other, for the promises every
// printout keeps.
func variety() map[string]negotiation.Document {
	two := []negotiation.Participant{{Name: "Zoë"}, {Name: "Renée"}}
	four := []negotiation.Participant{{Name: "Zoë"}, {Name: "Renée"}, {Name: "José"}, {Name: "Siân"}}
	when := time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC)
	blank := negotiation.New(two, when)
	blank.Safewords.TrafficLight = false
	return map[string]negotiation.Document{
		"blank":       blank,
		"first scene": firstScene(),
		"huge":        hugeDoc(),
		"play party":  negotiation.PlayParty(two, when),
		"four people": negotiation.Established(four, when),
	}
}

func TestEveryPrintoutShowsTheSafewordRuleNamesAndDates(t *testing.T) {
	for name, d := range variety() {
		for _, size := range []PageSize{A4, Letter} {
			res := printDoc(t, d, size)
			_, _, w, h := readPDF(t, res.PDF)
			if (size == A4 && (w != 595 || h != 842)) || (size == Letter && (w != 612 || h != 792)) {
				t.Errorf("%s on %s: page is %.0f x %.0f pt", name, size, w, h)
			}
			text := readRaw(t, res.PDF)
			want := []string{negotiation.SafewordRuleTitle, negotiation.SafewordRule, "Negotiated on " + d.NegotiatedOn.Format("Monday 2 January 2006")}
			for i := range d.Participants {
				want = append(want, d.Participants[i].Name)
			}
			for _, s := range want {
				if !strings.Contains(text, s) {
					t.Errorf("%s on %s: the printout does not show %q", name, size, s)
				}
			}
		}
	}
}

func TestTheSafewordRuleSaysItIsUnconditional(t *testing.T) {
	// The facts the rule must carry, whatever its wording.
	for _, fact := range []string{"always stops", "straight away", "are you sure?", "finishes what they were doing", "check in", "aftercare"} {
		if !strings.Contains(negotiation.SafewordRuleTitle+" "+negotiation.SafewordRule, fact) {
			t.Errorf("the safeword rule does not say %q", fact)
		}
	}
}

func TestTheSameInputGivesTheSameBytes(t *testing.T) {
	d := firstScene()
	a, b := printDoc(t, d, A4), printDoc(t, d, A4)
	if !bytes.Equal(a.PDF, b.PDF) {
		t.Error("the same document printed twice gave two different PDFs")
	}
	later, err := Negotiation(d, printedOn.Add(24*time.Hour), A4)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.PDF, later.PDF) {
		t.Error("printing on another day gave the same bytes: the creation date is not the one passed in")
	}
}

func TestGapsAreShownWhereTheyMatter(t *testing.T) {
	cases := []struct {
		name       string
		edit       func(d *negotiation.Document)
		want, none []string
	}{
		{
			name: "no aftercare for one person",
			edit: func(d *negotiation.Document) { d.Participants[1].Aftercare = negotiation.Aftercare{} },
			want: []string{"Renée Not written yet"},
		},
		{
			name: "one band left empty",
			edit: func(d *negotiation.Document) { d.Participants[1].Aftercare.ShortTerm = negotiation.Care{} },
			want: []string{"holding Zoë \u2014 from Zoë \u2014 Time at the debrief"},
			none: []string{"Renée Not written yet"},
		},
		{
			name: "no custom word or signal",
			edit: func(d *negotiation.Document) { d.Safewords.Word, d.Safewords.Signal = "", "" },
			want: []string{"Our safeword Not written yet", "A signal without words Not written yet"},
			none: []string{"Pineapple"},
		},
		{
			name: "no scene or debrief date, not agreed",
			edit: func(d *negotiation.Document) {
				d.SceneOn, d.DebriefOn, d.AgreedOn = time.Time{}, time.Time{}, time.Time{}
			},
			want: []string{"Scene on Not set yet", "Debrief on Not set yet", "Not yet marked as agreed"},
		},
		{
			name: "no setting, roles or intensity: the lines are left out",
			edit: func(d *negotiation.Document) {
				d.Scene.Setting, d.Scene.Roles = negotiation.Setting{}, nil
				d.Scene.Intensity, d.Scene.Pace = "", ""
			},
			none: []string{"Setting", "Roles", "Intensity"},
		},
		{
			name: "no hard limits for one person",
			edit: func(d *negotiation.Document) { d.Participants[0].Limits.Hard = nil },
			want: []string{"Zoë Hard limits \u2014 never None written"},
		},
		{
			name: "traffic light off",
			edit: func(d *negotiation.Document) { d.Safewords.TrafficLight = false },
			none: []string{"Traffic light", "Amber"},
		},
		{
			name: "nothing physical or emotional for one person",
			edit: func(d *negotiation.Document) {
				d.Participants[1].Physical, d.Participants[1].Emotional = "", negotiation.Emotional{}
				d.Participants[1].Intoxication = ""
			},
			want: []string{"Renée Nothing noted"},
		},
		{
			name: "new factors written",
			edit: func(d *negotiation.Document) { d.Participants[0].NewFactors.Medication = "Started hay fever tablets" },
			want: []string{negotiation.SectionNewFactors.Label(), "Medication Started hay fever tablets", "Renée Nothing new"},
		},
		{
			name: "no new factors: the part is left out",
			edit: func(d *negotiation.Document) {},
			none: []string{negotiation.SectionNewFactors.Label(), negotiation.SectionExtraction.Label()},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := firstScene()
			c.edit(&d)
			text := readRaw(t, printDoc(t, d, A4).PDF)
			for _, s := range c.want {
				if !strings.Contains(text, s) {
					t.Errorf("the printout does not show %q:\n%s", s, text)
				}
			}
			for _, s := range c.none {
				if strings.Contains(text, s) {
					t.Errorf("the printout shows %q, which should be left out:\n%s", s, text)
				}
			}
		})
	}
}

func TestAPlayPartyShowsHowToLeave(t *testing.T) {
	people := []negotiation.Participant{{ID: "a", Name: "Zoë"}, {ID: "b", Name: "Renée"}}
	d := negotiation.PlayParty(people, time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC))
	text := readRaw(t, printDoc(t, d, A4).PDF)
	// The template's examples are prompts, not an agreement.
	if strings.Contains(text, squash(negotiation.ExtractionSignalExample)) {
		t.Error("the template's example signal is printed as if it were agreed")
	}
	for _, want := range []string{negotiation.SectionExtraction.Label(), "The signal to leave Not agreed yet", "Who looks after it Not agreed yet"} {
		if !strings.Contains(text, want) {
			t.Errorf("untouched play party: the printout does not show %q:\n%s", want, text)
		}
	}
	d.Extraction = negotiation.Extraction{Signal: "Two squeezes of the hand", HandledBy: []string{"b"}, Plan: "Renée tells the host; we sit in the quiet room."}
	text = readRaw(t, printDoc(t, d, A4).PDF)
	for _, want := range []string{"Two squeezes of the hand", "Who looks after it Renée", "Renée tells the host; we sit in the quiet room."} {
		if !strings.Contains(text, want) {
			t.Errorf("agreed play party: the printout does not show %q:\n%s", want, text)
		}
	}
}

func TestReceivingPeoplesLimitsComeFirst(t *testing.T) {
	d := firstScene() // Zoë (listed first) receives
	d.Participants[0], d.Participants[1] = d.Participants[1], d.Participants[0]
	text := readRaw(t, printDoc(t, d, A4).PDF)
	zoe, renee := strings.Index(text, limitsMarker("Zoë")), strings.Index(text, limitsMarker("Renée"))
	if zoe < 0 || renee < 0 || zoe > renee {
		t.Errorf("Zoë receives, so her limits come first; found Zoë at %d, Renée at %d", zoe, renee)
	}
}

func TestUnusualDocumentsStillPrint(t *testing.T) {
	when := time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC)
	outside := firstScene()
	outside.Participants[0].Name = "Zoë 🌙\ufe0f"
	outside.Participants[0].Limits.Hard = append(outside.Participants[0].Limits.Hard, negotiation.LimitItem{Text: "No photos 写真 at all"})
	unnamed := negotiation.New([]negotiation.Participant{{}, {}}, when)
	unnamed.Scene.Activities = []negotiation.Activity{{Name: "Blindfold", Givers: []string{"p1", "gone"}, Receivers: []string{"p2"}}}
	cases := []struct {
		name    string
		doc     negotiation.Document
		want    []string
		missing string
	}{
		{"nobody yet", negotiation.Document{}, []string{negotiation.Untitled, negotiation.SafewordRule}, ""},
		{"one person", negotiation.New([]negotiation.Participant{{Name: "Renée"}}, when), []string{"Renée", negotiation.SafewordRule}, ""},
		// Letters the font lacks show as a visible mark and are reported,
		// and do not stop the rest.
		{"letters outside the font", outside, []string{"Zoë \ufffd (she/her)", "No photos \ufffd\ufffd at all", "Anything around the neck", negotiation.SafewordRule}, "🌙写真"},
		{"no names yet", unnamed, []string{"Person 1 and Person 2", "Undecided", "Blindfold \u2014 Person 1 and Someone give, Person 2 receives"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := printDoc(t, c.doc, A4)
			if res.Missing != c.missing {
				t.Errorf("Missing = %q, want %q", res.Missing, c.missing)
			}
			text := readRaw(t, res.PDF)
			for _, s := range c.want {
				if !strings.Contains(text, s) {
					t.Errorf("the printout does not show %q:\n%s", s, text)
				}
			}
		})
	}
}

func TestTheDayCheckDrinkAndTheSafeCallArePrinted(t *testing.T) {
	text := readRaw(t, printDoc(t, unwellToday(), A4).PDF)
	for _, want := range []string{
		"On the day Zoë: all well \u00b7 Renée: unwell and exhausted (a cold since Tuesday)", negotiation.SceneDayReminder,
		"Drink or drugs", "Nothing; we stay sober",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("someone unwell today: the printout does not show %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "how are you today?") {
		t.Error("the question for the day is printed although both have answered it")
	}

	party := partyGagAlone()
	text = readRaw(t, printDoc(t, party, A4).PDF)
	for _, want := range []string{"A friend who knows Nobody named yet", "Higher risk: agree what you would do if it goes wrong.", "A couple of drinks at the party"} {
		if !strings.Contains(text, want) {
			t.Errorf("party: the printout does not show %q:\n%s", want, text)
		}
	}
	party.SafeCall = negotiation.SafeCall{Friend: "Jo", Arrangement: "Has the address; Kit texts by 23:00"}
	text = readRaw(t, printDoc(t, party, A4).PDF)
	if !strings.Contains(text, "A friend who knows Jo \u2014 Has the address; Kit texts by 23:00") {
		t.Errorf("party with a safe-call: %s", text)
	}

	d := firstScene()
	d.SafeCall = negotiation.SafeCall{Friend: "Jo"}
	text = readRaw(t, printDoc(t, d, A4).PDF)
	if !strings.Contains(text, negotiation.SectionSafeCall.Label()+" A friend who knows Jo") {
		t.Errorf("a safe-call outside a party is not printed under its own heading: %s", text)
	}
	if text = readRaw(t, printDoc(t, firstScene(), A4).PDF); strings.Contains(text, "A friend who knows") {
		t.Error("a first scene with no safe-call prints an empty one")
	}
}

// Issue 17: a group scene brings in what only a pair wants, and the page
// says so: the ones still to choose under "Only some of you", and every
// one of them with who wants it, read back from the PDF.
func TestWhatOnlySomeOfAGroupWantIsPrintedWithWho(t *testing.T) {
	for _, n := range []int{3, 4} {
		text := readRaw(t, printDoc(t, groupScene(n), A4).PDF)
		for _, want := range []string{
			"Only some of you",
			"Spanking with the hand \u2014 Renée gives, José receives \u2014 only Renée and José want this",
			"Massage \u2014 José gives, Zoë receives \u2014 only Zoë and José want this",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%d people: the page does not show %q:\n%s", n, want, text)
			}
		}
		if i, j := strings.Index(text, "Not this time"), strings.Index(text, "Spanking with the hand"); i >= 0 && j >= 0 && strings.Contains(text[i:j], "Rope bondage, Gags, Spanking") {
			t.Errorf("%d people: the pair's activity is among what nobody chose: %s", n, text)
		}
	}
}
