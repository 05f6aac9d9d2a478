package i18n

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"parleyapp.org/parley/domain/message"
)

// tiny is a German that knows two messages and one catalog name: enough to
// see translation, fallback and content.
func tiny() Files {
	e := Embedded()
	m := fstest.MapFS{
		"de.json": {Data: []byte(`{"section.limits": "Grenzen", "phrase.names.two": "{{.First}} und {{.Last}}",
			"phrase.minutes": {"one": "{{.Count}} Minute", "other": "{{.Count}} Minuten"}}`)},
	}
	c := fstest.MapFS{"de/catalog.json": {Data: []byte(`{"activity.impact.paddle.name": "Paddel"}`)}}
	for _, name := range []string{"en.json"} {
		data, _ := fs.ReadFile(e.Messages, name)
		m[name] = &fstest.MapFile{Data: data}
	}
	for _, name := range ContentNames {
		data, _ := fs.ReadFile(e.Content, "en/"+name+".json")
		c["en/"+name+".json"] = &fstest.MapFile{Data: data}
	}
	return Files{Messages: m, Content: c}
}

func TestALanguageTranslatesAndFallsBackToEnglish(t *testing.T) {
	de, err := tiny().Load("de_DE.UTF-8")
	if err != nil {
		t.Fatal(err)
	}
	if de.Tag != "de" {
		t.Fatalf("tag %q", de.Tag)
	}
	if got := de.Text("section.limits", nil); got != "Grenzen" {
		t.Errorf("translated: %q", got)
	}
	if got := de.Text("section.aftercare", nil); got != "Aftercare" {
		t.Errorf("a key German lacks should be English, got %q", got)
	}
	names := message.New("phrase.names.two", message.Args{"First": "Sam", "Last": "Alex"})
	sec := message.New("section.limits", nil)
	got := de.Render(message.New("review.scope-empty", message.Args{"Section": sec, "X": names}))
	if got != "Nothing is in the scene yet. Add what you are doing in Grenzen, as specifically as you can." {
		t.Errorf("nested argument not rendered in the language: %q", got)
	}
	if got := de.Render(message.Plural("phrase.minutes", 1, nil)) + "/" + de.Render(message.Plural("phrase.minutes", 5, nil)); got != "1 Minute/5 Minuten" {
		t.Errorf("plural: %q", got)
	}
	if got := de.Content("catalog")["activity.impact.paddle.name"]; got != "Paddel" {
		t.Errorf("content: %q", got)
	}
	if got := de.Content("catalog")["activity.impact.cane.name"]; got == "" {
		t.Errorf("content missing from German should be English")
	}
	sv, err := tiny().Load("sv_SE")
	if err != nil || sv.Tag != "en" || sv.Text("section.limits", nil) != "Limits" {
		t.Errorf("an unshipped language should load English: %v %+v", err, sv)
	}
}

func TestListsJoinInTheLanguage(t *testing.T) {
	en, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	list := message.Join{Sep: message.New("phrase.names.separator", nil), Items: []any{"Sam", message.New("section.limits", nil)}}
	got := en.Render(message.New("phrase.names.more", message.Args{"List": list, "Last": "Kim"}))
	if got != "Sam, Limits and Kim" {
		t.Errorf("%q", got)
	}
}

func TestSystemLanguage(t *testing.T) {
	for _, c := range []struct {
		env   map[string]string
		other string
		want  string
	}{
		{map[string]string{"LANG": "de_DE.UTF-8"}, "", "de"},
		{map[string]string{"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "", "fr"},
		{map[string]string{"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "nl_NL.UTF-8"}, "", "nl"},
		{map[string]string{"LANG": "sv_SE.UTF-8", "LANGUAGE": "sv:es"}, "", "es"},
		{map[string]string{"LANG": "sv_SE.UTF-8"}, "de-DE", "en"}, // Swedish asked for: English, not a guess
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "de"}, "", "en"},
		{map[string]string{}, "es-ES", "es"}, // no POSIX locale: what the platform says
		{map[string]string{}, "", "en"},
		{map[string]string{"LANG": "en_GB.UTF-8"}, "de", "en"},
	} {
		got := System(func(k string) string { return c.env[k] }, c.other)
		if got != c.want {
			t.Errorf("%v other %q: %q, want %q", c.env, c.other, got, c.want)
		}
	}
}
