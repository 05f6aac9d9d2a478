package invite

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/invite/internal/starter"
	"parleyapp.org/parley/invite/responder"
)

// englishWord is a page message's British English source text.
func englishWord(t testing.TB, name string) string {
	t.Helper()
	for _, m := range Messages {
		if m.ID == MessagePrefix+name {
			return m.Other
		}
	}
	return ""
}

// Every page message has its own translation in every shipped language,
// with the source's placeholders: a page string added in English only
// fails here by name (the page would otherwise show English in the middle
// of a German page).
func TestEveryPageMessageIsTranslated(t *testing.T) {
	for _, tag := range i18n.Shipped {
		raw, err := assets.Translations.ReadFile("translations/" + tag + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var file map[string]any
		if err := json.Unmarshal(raw, &file); err != nil {
			t.Fatal(err)
		}
		for _, m := range Messages {
			s, _ := file[m.ID].(string)
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s.json has no translation of the page's %s (%q)", tag, m.ID, m.Other)
				continue
			}
			want := fmt.Sprint(placeholder.FindAllString(m.Other, -1))
			if got := fmt.Sprint(placeholder.FindAllString(s, -1)); got != want {
				t.Errorf("%s.json's %s has placeholders %s, the source %s", tag, m.ID, got, want)
			}
		}
	}
}

// pageParts reads a page's configuration and its packed languages.
func pageParts(t *testing.T, page []byte) (config struct {
	Lang      string
	Strings   map[string]string
	Languages []struct{ Tag, HTML, Name string }
	Catalog   struct {
		Activities []struct{ ID, Name string }
	}
}, others map[string]struct {
	Words   map[string]string
	Catalog map[string]string
}) {
	t.Helper()
	element := func(id string) string {
		m := regexp.MustCompile(`<script type="[^"]+" id="` + id + `">([^<]*)</script>`).FindSubmatch(page)
		if m == nil {
			t.Fatalf("the page has no %s element", id)
		}
		return string(m[1])
	}
	if err := json.Unmarshal([]byte(element("config")), &config); err != nil {
		t.Fatal(err)
	}
	gz, err := base64.StdEncoding.DecodeString(element("languages"))
	if err != nil {
		t.Fatal(err)
	}
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(plain, &others); err != nil {
		t.Fatal(err)
	}
	return config, others
}

// A page made from a German Parley opens in German: its markup, its words
// and its catalog; the other four languages travel with it, each with every
// page message and every shipped activity's name, for the language menu.
func TestPageOpensInTheStartersLanguage(t *testing.T) {
	c := starter.Shipped(t)
	s := startWith(t, c, sheetOf(map[checklist.Key]checklist.Answer{key(nth0(c).ID, checklist.DirectionsOf(nth0(c))[0]): checklist.Yes}), true)
	page, err := Page(s.Inv, c, "de_DE.UTF-8")
	if err != nil {
		t.Fatal(err)
	}
	de, err := i18n.Load("de")
	if err != nil {
		t.Fatal(err)
	}
	heading := de.Text(MessagePrefix+"intro.heading", nil)
	if !bytes.Contains(page, []byte(`<html lang="de">`)) || !bytes.Contains(page, []byte(heading)) {
		t.Errorf("a page from a German Parley does not open in German (want lang=\"de\" and %q)", heading)
	}
	if bytes.Contains(page, []byte(englishWord(t, "intro.heading"))) {
		t.Error("the German page still carries the English heading in its markup")
	}
	config, others := pageParts(t, page)
	if config.Lang != "de" || config.Strings["reply.make"] != de.Text(MessagePrefix+"reply.make", nil) {
		t.Errorf("the page's script starts in %q with %q", config.Lang, config.Strings["reply.make"])
	}
	germanName := de.Content("catalog")["activity."+nth0(c).ID+".name"]
	if config.Catalog.Activities[0].Name != germanName || germanName == nth0(c).Name {
		t.Errorf("the page's catalog names %s %q, want the German %q", nth0(c).ID, config.Catalog.Activities[0].Name, germanName)
	}
	var menu []string
	for _, l := range config.Languages {
		menu = append(menu, l.Tag+" "+l.HTML+" "+l.Name)
	}
	if got := strings.Join(menu, ", "); got != "en en-GB English, de de Deutsch, fr fr Français, es es Español, nl nl Nederlands" {
		t.Errorf("the language menu offers %s", got)
	}
	if len(others) != 4 || others["de"].Words != nil {
		t.Errorf("the packed languages are %d (German among them: %v), want the other four", len(others), others["de"].Words != nil)
	}
	for tag, l := range others {
		own, _ := i18n.Load(tag)
		for _, m := range Messages {
			name := strings.TrimPrefix(m.ID, MessagePrefix)
			if l.Words[name] == "" {
				t.Errorf("the packed %s lacks %s", tag, name)
			}
		}
		for _, a := range c.Activities {
			if want := own.Content("catalog")["activity."+a.ID+".name"]; l.Catalog["activity."+a.ID+".name"] != want {
				t.Errorf("the packed %s names %s %q, want %q", tag, a.ID, l.Catalog["activity."+a.ID+".name"], want)
			}
		}
	}
	if others["fr"].Words["progress.overall"] != "{Done} réponses sur {Total}" {
		t.Errorf("the French progress line is %q: placeholders must reach the page as {Name}", others["fr"].Words["progress.overall"])
	}
}

// A language Parley does not ship opens the page in British English.
func TestPageInAnUnshippedLanguageIsEnglish(t *testing.T) {
	c := starter.Shipped(t)
	s := startWith(t, c, sheetOf(map[checklist.Key]checklist.Answer{key(nth0(c).ID, checklist.DirectionsOf(nth0(c))[0]): checklist.Yes}), true)
	page, err := Page(s.Inv, c, "pt-BR")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte(`<html lang="en-GB">`)) || !bytes.Contains(page, []byte(englishWord(t, "intro.heading"))) {
		t.Error("a page for an unshipped language is not in British English")
	}
}

// Every message name the page's script, markup and engine ask for is a
// page message, so no page ever shows a bare name.
func TestPageMessageNamesAllExist(t *testing.T) {
	names := map[string]bool{}
	find := func(file, pattern string) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(pattern).FindAllSubmatch(b, -1) {
			names[string(m[1])] = true
		}
	}
	find("page.js", `\bt\("([a-z0-9.-]+[a-z0-9])"`)
	find("page.js", `"((?:reply|save|open|error)\.[a-z0-9.-]+[a-z0-9])"`)
	find("page.html", `\{\{t:([a-z0-9.-]+)\}\}`)
	find("page.html", `data-t="([a-z0-9.-]+)"`)
	find("responder/engine.go", `"((?:result|roles|error)\.[a-z0-9.-]+[a-z0-9])"`)
	find("responder/session.go", `"((?:result|roles|error)\.[a-z0-9.-]+[a-z0-9])"`)
	for _, id := range []string{"both-yes", "worth-talking", "fantasy"} {
		names["result."+id], names["result."+id+".empty"] = true, true
	}
	for _, r := range []string{"together", "you-give", "they-give"} {
		names["roles."+r] = true
	}
	for name := range names {
		if englishWord(t, name) == "" {
			t.Errorf("the page asks for message %s, which Messages does not have", name)
		}
	}
}

// Every problem domain/match can report has the page's own sentence: none
// falls through to "something went wrong", and none is Parley's English
// sentence in the middle of a page in another language.
func TestEveryMatchProblemHasAPageSentence(t *testing.T) {
	for p := match.NotParley; p <= match.OldState; p++ {
		name := responder.Sentence(&match.Error{Problem: p})
		if name == "error.unknown" || englishWord(t, name) == "" {
			t.Errorf("match problem %d shows %q on the page", p, name)
		}
	}
}

// The keys line names the answers in the order the keys choose them
// (checklist.Answers), in every language.
func TestKeysLineFollowsTheAnswers(t *testing.T) {
	langs, err := pageLanguages(shippedPart(starter.Shipped(t)))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range langs {
		line := l.Words["checklist.keys"]
		at := 0
		for i, a := range checklist.Answers {
			want := fmt.Sprintf("%d %s", i+1, l.Words["answer."+a.String()])
			j := strings.Index(line[at:], want)
			if j < 0 {
				t.Errorf("%s: the keys line %q does not say %q in its place", l.Tag, line, want)
				break
			}
			at += j + len(want)
		}
	}
}

// A result code that does not fit this page's reply is most often, and
// innocently, the answer to a reply made in another copy of the page (the
// partner closed it and opened the file again): the page's sentence says
// so in every language before it speaks of tampering, and says where to go.
func TestFreshCopySentenceNamesTheOtherCopy(t *testing.T) {
	want := map[string]string{"en": "another copy of this page", "de": "anderen Kopie dieser Seite", "fr": "une autre copie de cette page",
		"es": "otra copia de esta página", "nl": "een andere kopie van deze pagina"}
	langs, err := pageLanguages(shippedPart(starter.Shipped(t)))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range langs {
		s := l.Words[responder.Sentence(&match.Error{Problem: match.NotProven})]
		if !strings.Contains(s, want[l.Tag]) {
			t.Errorf("%s: a result code for another copy's reply says %q", l.Tag, s)
		}
	}
}
