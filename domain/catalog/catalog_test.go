package catalog_test

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"parleyapp.org/parley/domain/catalog"
)

// shipped parses the catalog the app embeds, as the app does.
func shipped(t *testing.T) *catalog.Catalog {
	t.Helper()
	data, err := os.ReadFile("../../assets/catalog.json")
	if err != nil {
		t.Fatalf("reading the shipped catalog: %v", err)
	}
	c, err := catalog.Parse(data)
	if err != nil {
		t.Fatalf("the shipped catalog does not parse: %v", err)
	}
	return c
}

func TestShippedCatalogParsesWithVersion(t *testing.T) {
	c := shipped(t)
	// The version goes into every comparison token, so it must have a
	// recognisable year.release shape.
	if !regexp.MustCompile(`^\d{4}\.\d+$`).MatchString(c.Version) {
		t.Errorf("version %q is not of the form YYYY.N", c.Version)
	}
}

func TestShippedCatalogIsLargeEnough(t *testing.T) {
	c := shipped(t)
	// DESIGN.md promises 150+ activities.
	if n := len(c.Activities); n < 150 {
		t.Errorf("%d activities, want at least 150", n)
	}
	if n := len(c.Categories); n < 12 {
		t.Errorf("%d categories, want at least 12", n)
	}
}

func TestShippedActivitiesHaveEveryField(t *testing.T) {
	for _, a := range shipped(t).Activities {
		missing := []string{}
		for field, v := range map[string]string{
			"id": a.ID, "name": a.Name, "description": a.Description,
			"category": a.Category, "kind": string(a.Kind), "risk": string(a.Risk),
		} {
			if strings.TrimSpace(v) == "" {
				missing = append(missing, field)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s lacks %v", a.ID, missing)
		}
		if a.Risk != catalog.RiskLow && a.RiskNote == "" {
			t.Errorf("%s is %s risk but has no risk note", a.ID, a.Risk)
		}
	}
}

// The checklist shows the name and the description on one row.
func TestShippedTextFitsARow(t *testing.T) {
	for _, a := range shipped(t).Activities {
		if n := utf8.RuneCountInString(a.Name); n > 30 {
			t.Errorf("%s: name is %d characters, want at most 30", a.ID, n)
		}
		if strings.HasSuffix(a.Name, ".") {
			t.Errorf("%s: a name is a label and takes no full stop", a.ID)
		}
		if n := utf8.RuneCountInString(a.Description); n > 100 {
			t.Errorf("%s: description is %d characters, want at most 100", a.ID, n)
		}
		for _, s := range []string{a.Description, a.RiskNote} {
			if s != "" && !strings.HasSuffix(s, ".") {
				t.Errorf("%s: %q does not end with a full stop", a.ID, s)
			}
			if strings.ContainsAny(s, "\n\t") || s != strings.TrimSpace(s) {
				t.Errorf("%s: %q is not a single clean line", a.ID, s)
			}
		}
	}
}

var idShape = regexp.MustCompile(`^([a-z0-9]+(?:-[a-z0-9]+)*)\.[a-z0-9]+(?:-[a-z0-9]+)*$`)

func TestShippedIDsAreWellFormedAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range shipped(t).Activities {
		m := idShape.FindStringSubmatch(a.ID)
		if m == nil {
			t.Errorf("ID %q is not category-slug.activity-slug", a.ID)
			continue
		}
		if m[1] != a.Category {
			t.Errorf("ID %q starts with %q but the activity is in %q", a.ID, m[1], a.Category)
		}
		if seen[a.ID] {
			t.Errorf("ID %q twice", a.ID)
		}
		seen[a.ID] = true
	}
}

func TestShippedNamesAndDescriptionsDiffer(t *testing.T) {
	names, descs, openings := map[string]string{}, map[string]string{}, map[string]string{}
	for _, a := range shipped(t).Activities {
		n := strings.ToLower(a.Name)
		if other, ok := names[n]; ok {
			t.Errorf("%s and %s share the name %q", other, a.ID, a.Name)
		}
		names[n] = a.ID
		d := strings.ToLower(a.Description)
		if other, ok := descs[d]; ok {
			t.Errorf("%s and %s share a description", other, a.ID)
		}
		descs[d] = a.ID
		// Descriptions written from a template start the same way.
		words := strings.Fields(d)
		if len(words) > 4 {
			words = words[:4]
		}
		o := strings.Join(words, " ")
		if other, ok := openings[o]; ok {
			t.Errorf("%s and %s both open with %q", other, a.ID, o)
		}
		openings[o] = a.ID
	}
}

func TestShippedCategoriesAreAllUsed(t *testing.T) {
	c := shipped(t)
	for _, k := range c.Categories {
		if k.Description == "" {
			t.Errorf("category %s has no description", k.ID)
		}
		if len(c.InCategory(k.ID)) == 0 {
			t.Errorf("category %s has no activities", k.ID)
		}
	}
}

// A person who cannot speak cannot say a safeword: DOMAIN.md makes a
// non-verbal signal essential, so the note must say so.
func TestShippedSpeechLimitingActivitiesWarn(t *testing.T) {
	found := 0
	for _, a := range shipped(t).Activities {
		if !a.LimitsSpeech {
			continue
		}
		found++
		if a.Risk == catalog.RiskLow {
			t.Errorf("%s limits speech but is marked low risk", a.ID)
		}
		if !strings.Contains(strings.ToLower(a.RiskNote), "signal") {
			t.Errorf("%s limits speech but its note does not mention a signal: %q", a.ID, a.RiskNote)
		}
	}
	if found == 0 {
		t.Error("no activity limits speech; gags at least should")
	}
}

func TestShippedSkilledActivitiesAreNotLowRisk(t *testing.T) {
	for _, a := range shipped(t).Activities {
		if a.NeedsSkill && a.Risk == catalog.RiskLow {
			t.Errorf("%s needs skill but is marked low risk", a.ID)
		}
	}
}

func TestShippedTextIsBritishEnglish(t *testing.T) {
	american := regexp.MustCompile(`(?i)\b(colou?r(?:ed|s)?|favou?r\w*|behaviou?r\w*|center\w*|gray|\w+(?:iz)(?:e|es|ed|ing|ation))\b`)
	c := shipped(t)
	check := func(where, s string) {
		for _, w := range american.FindAllString(s, -1) {
			lw := strings.ToLower(w)
			switch {
			case strings.Contains(lw, "colour"), strings.Contains(lw, "favour"), strings.Contains(lw, "behaviour"):
			case lw == "size" || lw == "sizes" || lw == "prize" || lw == "seize":
			default:
				t.Errorf("%s: %q is American spelling", where, w)
			}
		}
	}
	for _, k := range c.Categories {
		check(k.ID, k.Name+" "+k.Description)
	}
	for _, a := range c.Activities {
		check(a.ID, a.Name+" "+a.Description+" "+a.RiskNote)
	}
}

// Answers, tokens and documents refer to activity IDs, so an ID that has
// been released must stay resolvable for ever.
func TestReleasedIDsNeverDisappear(t *testing.T) {
	c := shipped(t)
	data, err := os.ReadFile("testdata/released-ids.txt")
	if err != nil {
		t.Fatal(err)
	}
	live := map[string]bool{}
	for _, a := range c.Activities {
		live[a.ID] = true
	}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		id := strings.TrimSpace(sc.Text())
		if id == "" || strings.HasPrefix(id, "#") {
			continue
		}
		n++
		if live[id] {
			continue
		}
		to, ok := c.Retired[id]
		switch {
		case !ok:
			t.Errorf("released ID %q is neither in the catalog nor retired", id)
		case !live[to]:
			t.Errorf("released ID %q is retired to %q, which is not in the catalog", id, to)
		default:
			if a, ok := c.Activity(id); !ok || a.ID != to {
				t.Errorf("Activity(%q) does not lead to its successor %q", id, to)
			}
		}
	}
	if n < 150 {
		t.Errorf("released-ids.txt lists only %d IDs", n)
	}
}
