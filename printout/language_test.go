package printout

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/internal/i18n"
)

func catalogVersion(t *testing.T) string {
	t.Helper()
	texts, err := i18n.ReadFlat(i18n.Embedded().Content, "en/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	return texts["catalog.version"]
}

// A tiny German: a few of the page's words, the rest left to English.
const tinyGerman = `{
  "section.activities": "Was wir tun",
  "section.aftercare": "Nachsorge",
  "outline.limits.hard": "Harte Grenzen \u2014 niemals",
  "outline.safeword-rule.title": "Ein Safeword beendet die Szene immer",
  "outline.footer": "Mit Parley erstellt am {{.Date}}. Lest es vor der Szene noch einmal zusammen durch.",
  "date.long": "{{.Weekday}}, {{.Day}}. {{.Month}} {{.Year}}",
  "date.weekday.sunday": "Sonntag", "date.weekday.monday": "Montag", "date.weekday.tuesday": "Dienstag",
  "date.weekday.wednesday": "Mittwoch", "date.weekday.thursday": "Donnerstag", "date.weekday.friday": "Freitag",
  "date.weekday.saturday": "Samstag", "date.month.may": "Mai", "date.month.june": "Juni",
  "date.month.november": "November", "date.month.december": "Dezember"
}`

// The sample prints in German: the translated words are on the page and
// their English is not; what the tiny German lacks is English, not an ID.
func TestTheSamplePrintsInGerman(t *testing.T) {
	version := catalogVersion(t)
	content := map[string][]byte{"catalog": []byte(`{"catalog.version": "` + version + `",
		"activity.sensory-deprivation.blindfold.name": "Augenbinde", "activity.sensation.wax.name": "Wachsspiele"}`)}
	de, err := i18n.Embedded().With("de", []byte(tinyGerman), content).Load("de")
	if err != nil {
		t.Fatal(err)
	}
	doc := firstScene()
	doc.Scene.Activities = append(doc.Scene.Activities,
		negotiation.Activity{ID: "sensory-deprivation.blindfold", Name: "Blindfold", Together: true, Status: negotiation.StatusYes},
		negotiation.Activity{ID: "sensation.wax", Name: "Wax on the back only", Together: true, Status: negotiation.StatusTry})
	r, err := NegotiationIn(doc, printedOn, A4, de)
	if err != nil {
		t.Fatal(err)
	}
	text, pages, _, _ := readPDF(t, r.PDF)
	text = squash(text)
	// A shipped activity is named in German; one the people renamed keeps
	// their words.
	for _, want := range []string{"Was wir tun", "Nachsorge", "Harte Grenzen — niemals", "Ein Safeword beendet die Szene immer", "Mit Parley erstellt am",
		"Augenbinde", "Wax on the back only"} {
		if !strings.Contains(text, want) {
			t.Errorf("the German page lacks %q:\n%s", want, text)
		}
	}
	for _, english := range []string{"What we're doing", "Hard limits — never", "A safeword always stops the scene", "Made with Parley", "Wachsspiele"} {
		if strings.Contains(text, english) {
			t.Errorf("the German page still says %q", english)
		}
	}
	if strings.Contains(text, "outline.") || strings.Contains(text, "section.") {
		t.Errorf("a message ID is on the page:\n%s", text)
	}
	if !strings.Contains(text, "Our safeword") {
		t.Errorf("a word the tiny German lacks should be English")
	}
	if pages != 1 {
		t.Errorf("the German sample takes %d pages", pages)
	}
}

// In the pseudo-language every word Parley prints comes from the
// catalogue: a plain English word left on the page, other than the
// people's own, is a word that bypassed it. The page is 40% longer and
// still fits one page, or goes on to a second page that says so.
func TestTheSamplePrintsEntirelyFromTheCatalogue(t *testing.T) {
	files, err := i18n.Pseudo(i18n.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	pseudo, err := files.Load(i18n.PseudoTag)
	if err != nil || pseudo.Tag != i18n.PseudoTag {
		t.Fatalf("the pseudo-language did not load: %v", err)
	}
	for _, doc := range []struct {
		name string
		d    negotiation.Document
	}{{"first scene", firstScene()}, {"unwell today", unwellToday()}, {"party", partyGagAlone()}, {"high risk", firstSceneHighRisk()},
		{"agreement", standingAgreement()}, {"new agreement", newAgreement()}, {"agreement for three", agreementForThree()},
		{"limits with a side", limitsWithASide()}} {
		r, err := NegotiationIn(doc.d, printedOn, A4, pseudo)
		if err != nil {
			t.Fatal(err)
		}
		if r.Missing != "" {
			t.Errorf("%s: the font lacks %q", doc.name, r.Missing)
		}
		text, pages, _, _ := readPDF(t, r.PDF)
		theirs := peoplesWords(doc.d)
		var leaks []string
		for _, w := range regexp.MustCompile(`[\p{L}']{2,}`).FindAllString(text, -1) {
			if ascii.MatchString(w) && !theirs[strings.ToLower(w)] && !allowed[w] {
				leaks = append(leaks, w)
			}
		}
		if len(leaks) > 0 {
			t.Errorf("%s: English words not from the catalogue: %q\n%s", doc.name, leaks, text)
		}
		if pages > 1 && !strings.Contains(text, "]") {
			t.Errorf("%s: %d pages without the continued header", doc.name, pages)
		}
		t.Logf("%s: %d page(s), scale %.2f", doc.name, pages, r.Scale)
	}
}

// limitsWithASide is firstScene where a hard limit is about receiving
// and a soft one, named by its activity, about giving (issue 18: the side
// was added in English).
func limitsWithASide() negotiation.Document {
	d := firstScene()
	p := &d.Participants[1]
	p.Limits.Hard = append(p.Limits.Hard, negotiation.LimitItem{Text: "Spanking", Side: negotiation.SideReceiving})
	p.Limits.Soft = append(p.Limits.Soft, negotiation.LimitItem{ActivityID: d.Scene.Activities[1].ID, Side: negotiation.SideGiving, Condition: "only after we have talked"})
	return d
}

// ascii matches a word of plain English letters (a pseudo word has
// accents).
var ascii = regexp.MustCompile(`^[A-Za-z']+$`)

// allowed are words on the page that are not language: the app's name.
var allowed = map[string]bool{"Parley": true}

// peoplesWords are the words the people typed into the document (names,
// activities, limits, notes), lower case: those stay as written.
func peoplesWords(d negotiation.Document) map[string]bool {
	out := map[string]bool{}
	add := func(v string) {
		for _, w := range strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			out[strings.ToLower(w)] = true
		}
	}
	add(d.Title)
	for _, p := range d.Participants {
		for _, s := range []string{p.Name, p.Pronouns, p.Physical, p.Intoxication, p.Emotional.Topics, p.Emotional.Words, p.Emotional.Notes,
			p.NewFactors.Medication, p.NewFactors.Health, p.NewFactors.Events, p.Today.Note,
			p.Aftercare.Immediate.What, p.Aftercare.ShortTerm.What, p.Aftercare.LongerTerm.What} {
			add(s)
		}
		for _, l := range append(p.Limits.Hard, p.Limits.Soft...) {
			add(l.Text)
			add(l.Condition)
		}
	}
	for _, a := range d.Scene.Activities {
		add(a.Label())
		add(a.Note)
	}
	for _, r := range d.Scene.Roles {
		add(r.Role + " " + r.Meaning + " " + r.SceneName)
	}
	add(d.Scene.DurationText + " " + d.Scene.Setting.Place + " " + d.Scene.Setting.Room + " " + d.Scene.Setting.Around)
	add(d.Safewords.Word + " " + d.Safewords.Signal)
	add(d.Extraction.Signal + " " + d.Extraction.Plan + " " + d.SafeCall.Friend + " " + d.SafeCall.Arrangement)
	a := d.Agreement
	for _, r := range a.Roles {
		add(r.Role + " " + r.Bounds)
	}
	for _, s := range append(a.Rules, a.Rituals...) {
		add(s.Text + " " + s.Note)
	}
	add(a.CheckIn.Rhythm + " " + a.CheckIn.How + " " + a.Exit.Pause + " " + a.Exit.End + " " + a.Exit.Then)
	return out
}
