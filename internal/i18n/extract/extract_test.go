package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"parleyapp.org/parley/assets"
)

// The committed English sources are exactly what the extractor writes:
// a visible text changed without running i18n-sources fails here, before
// a translator starts from an out-of-date list.
func TestCommittedSourcesAreCurrent(t *testing.T) {
	files, err := Files("../../..")
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range files {
		got, err := os.ReadFile(filepath.Join("../../..", path))
		if err != nil {
			t.Fatalf("%s is missing: run go run ./internal/i18n/cmd/i18n-sources (%v)", path, err)
		}
		if string(got) != string(want) {
			t.Errorf("%s is out of date: run go run ./internal/i18n/cmd/i18n-sources", path)
		}
	}
}

// A key written over several lines, joined with +, or as a raw string is
// one key; a computed key is listed by place; calls outside lang are not
// keys; tests are not read.
func TestExtractorReadsGoNotText(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ui")
	os.MkdirAll(dir, 0o755)
	src := "package ui\nimport \"fyne.io/fyne/v2/lang\"\nfunc f(s string) {\n" +
		"\t_ = lang.L(\"Hello, \" +\n\t\t\"{{.Name}}\", map[string]any{\"Name\": s})\n" +
		"\t_ = lang.L(`raw key`)\n" +
		"\t_ = lang.L(s)\n" +
		"\t_ = other.L(\"not a key\")\n}\n"
	os.WriteFile(filepath.Join(dir, "a.go"), []byte(src), 0o644)
	os.WriteFile(filepath.Join(dir, "a_test.go"), []byte("package ui\nfunc g() { lang.L(\"test only\") }\n"), 0o644)
	keys, variable, err := UI(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 || keys[0].Text != "Hello, {{.Name}}" || keys[1].Text != "raw key" || keys[0].Pos != "ui/a.go:4" {
		t.Fatalf("keys = %+v", keys)
	}
	if len(variable) != 1 || variable[0].Expr != "s" || variable[0].Pos != "ui/a.go:7" {
		t.Fatalf("variable = %+v", variable)
	}
}

// en.json reads as go-i18n JSON (the format Fyne's lang reads), every
// message is there with its English text, and plural messages choose
// their form by count. The UI's key "Description" would make a plain
// "Description": "…" file unreadable; it is written so that it reads.
func TestEnglishCatalogueReads(t *testing.T) {
	data, err := os.ReadFile("../../../assets/translations/en.json")
	if err != nil {
		t.Fatal(err)
	}
	b := i18n.NewBundle(language.BritishEnglish)
	if _, err := b.ParseMessageFileBytes(data, "en.json"); err != nil {
		t.Fatalf("en.json does not read as go-i18n JSON: %v", err)
	}
	l := i18n.NewLocalizer(b, "en")
	for id, want := range map[string]string{
		"Description":     "Description",
		"section.limits":  "Limits",
		"recovery.title":  "Parley recovery code",
		"outline.page-of": "Page 2 of 3",
	} {
		got, err := l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: map[string]any{"Page": 2, "Pages": 3}})
		if err != nil || got != want {
			t.Errorf("%s = %q, %v; want %q", id, got, err, want)
		}
	}
	for n, want := range map[int]string{1: "There is 1 empty row in Activities. Fill it in or remove it.", 3: "There are 3 empty rows in Activities. Fill them in or remove them."} {
		got, _ := l.Localize(&i18n.LocalizeConfig{MessageID: "review.activity-unnamed", PluralCount: n, TemplateData: map[string]any{"Count": n, "Section": "Activities"}})
		if got != want {
			t.Errorf("count %d: %q, want %q", n, got, want)
		}
	}
}

// Fyne's lang, which the screens use, reads the same file: the UI's keys
// come back as their English, the "Description" key included.
func TestFyneReadsTheCatalogue(t *testing.T) {
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		t.Fatalf("Fyne's lang refused the translations: %v", err)
	}
	for _, key := range []string{"Description", "Lock Parley"} {
		if got := lang.L(key); got != key {
			t.Errorf("lang.L(%q) = %q", key, got)
		}
	}
}

// A key with its context, lang.X("theme.light", "Light"), is written to
// en.json with its English text, not with the key as the text: the theme's
// "Light" and the intensity's "Light" are two messages a translator can
// translate differently.
func TestAKeyWithContextKeepsItsEnglishText(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ui")
	os.MkdirAll(dir, 0o755)
	src := "package ui\nimport \"fyne.io/fyne/v2/lang\"\nfunc f() {\n" +
		"\t_ = lang.X(\"theme.light\", \"Light\")\n\t_ = lang.L(\"Light\")\n}\n"
	os.WriteFile(filepath.Join(dir, "a.go"), []byte(src), 0o644)
	keys, _, err := UI(dir)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := Merge(keys)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range entries {
		got[e.ID] = e.Other
	}
	if len(got) != 2 || got["theme.light"] != "Light" || got["Light"] != "Light" {
		t.Fatalf("entries = %v, want theme.light and Light, both \"Light\" in English", got)
	}
}

// A count said with kit.Plural is one message with both forms, keyed by
// its other text, and the English file carries both.
func TestAPluralCallGivesBothForms(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ui")
	os.MkdirAll(dir, 0o755)
	src := "package history\nfunc f(n int) {\n" +
		"\t_ = kit.Plural(n, \"{{.N}} version\", \"{{.N}} versions\", map[string]any{\"N\": n})\n}\n"
	os.WriteFile(filepath.Join(dir, "a.go"), []byte(src), 0o644)
	keys, _, err := UI(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || keys[0].Text != "{{.N}} versions" || keys[0].One != "{{.N}} version" {
		t.Fatalf("keys = %+v", keys)
	}
	entries, err := Merge(keys)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := EnglishJSON(entries)
	if want := `"one": "{{.N}} version"`; !strings.Contains(string(data), want) {
		t.Errorf("en.json lacks %s:\n%s", want, data)
	}
}
