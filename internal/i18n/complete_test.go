package i18n

import (
	"io/fs"
	"strings"
	"testing"
)

// Every shipped language whose message file exists is complete: every
// message and every catalog, guide and quiz text, with the source's
// arguments and every plural form the language needs. Languages whose
// translators have not delivered yet are skipped (and said so).
func TestShippedLanguagesAreComplete(t *testing.T) {
	for _, tag := range Shipped[1:] {
		problems, present := Embedded().Check(tag)
		if !present {
			t.Logf("%s: no translation shipped yet; not checked", tag)
			continue
		}
		for _, p := range problems {
			t.Error(p)
		}
	}
}

// The checker finds what a translator can get wrong: each broken German
// below is refused with the key named.
func TestTheCheckerFindsEveryKindOfGap(t *testing.T) {
	pseudo, err := Pseudo(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if problems, present := pseudo.Check(PseudoTag); !present || len(problems) > 0 {
		t.Fatalf("the pseudo-language is complete by construction, but: %v", problems)
	}
	good := map[string][]byte{}
	for _, name := range ContentNames {
		data, _ := readFile(pseudo.Content, PseudoTag+"/"+name+".json")
		good[name] = data
	}
	msgs, _ := readFile(pseudo.Messages, PseudoTag+".json")
	for _, c := range []struct {
		name     string
		messages string
		content  map[string]string
		want     string
	}{
		{"a message missing", strings.Replace(string(msgs), `"section.limits":`, `"section.limitz":`, 1), nil, `"section.limits" is missing`},
		{"an argument renamed", strings.Replace(string(msgs), `{{.Section}}`, `{{.Abschnitt}}`, 1), nil, "has arguments"},
		{"a plural form missing", strings.Replace(string(msgs), `"one":`, `"zero":`, 1), nil, "plural"},
		{"a catalog entry missing", string(msgs), map[string]string{"catalog": `{"catalog.version": "2026.3"}`}, `"activity.impact.paddle.name" is missing`},
		{"the catalog version translated", string(msgs), map[string]string{"catalog": strings.Replace(string(good["catalog"]), `"catalog.version":"`, `"catalog.version":"v`, 1)}, "catalog.version"},
	} {
		t.Run(c.name, func(t *testing.T) {
			content := map[string][]byte{}
			for k, v := range good {
				content[k] = v
			}
			for k, v := range c.content {
				content[k] = []byte(v)
			}
			problems, _ := Embedded().With("de", []byte(c.messages), content).Check("de")
			if !strings.Contains(strings.Join(problems, "\n"), c.want) {
				t.Errorf("want a problem with %q, got %d problems, first %q", c.want, len(problems), problems[:min(3, len(problems))])
			}
		})
	}
}

func readFile(fsys fs.FS, name string) ([]byte, error) { return fs.ReadFile(fsys, name) }
