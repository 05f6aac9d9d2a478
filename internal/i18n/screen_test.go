package i18n

import (
	"encoding/json"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Form follows each language's own CLDR rule: French says 0 with the
// singular, English and German do not, Japanese has no singular.
func TestFormIsTheLanguagesOwnRule(t *testing.T) {
	for _, c := range []struct {
		tag  string
		n    int
		want string
	}{
		{"en", 0, "other"}, {"en", 1, "one"}, {"en", 2, "other"},
		{"fr", 0, "one"}, {"fr", 1, "one"}, {"fr", 2, "other"},
		{"de", 1, "one"}, {"de", 2, "other"}, {"nl", 1, "one"}, {"es", 1, "one"},
		{"ja", 1, "other"}, {PseudoTag, 0, "other"}, {PseudoTag, 1, "one"},
		{"en", -1, "one"},
	} {
		if got := Form(c.tag, c.n); got != c.want {
			t.Errorf("Form(%q, %d) = %q, want %q", c.tag, c.n, got, c.want)
		}
	}
}

// The screens' message file says its own language and has each plural
// form as a plain message, so it reads the same under any tag: German
// added as ja-JP (German chosen on a Japanese computer) still says
// "1 Version" when asked for the form German gives 1.
func TestScreenMessagesCarryTheirOwnPluralRule(t *testing.T) {
	data, err := Embedded().ScreenMessages("de")
	if err != nil {
		t.Fatal(err)
	}
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	if _, err := b.ParseMessageFileBytes(data, "ja-JP.json"); err != nil {
		t.Fatalf("the screens' German does not read as go-i18n JSON: %v", err)
	}
	loc := i18n.NewLocalizer(b, "ja-JP")
	say := func(id string, data map[string]any) string {
		s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
		if err != nil {
			t.Errorf("%q: %v", id, err)
		}
		return s
	}
	rule := say(RuleID, nil)
	if rule != "de" {
		t.Fatalf("the screens' German says its rule is %q, want de", rule)
	}
	for n, want := range map[int]string{1: "1 Version", 2: "2 Versionen"} {
		if got := say(FormID("{{.N}} versions", Form(rule, n)), map[string]any{"N": n}); got != want {
			t.Errorf("%d under ja-JP reads %q, want %q", n, got, want)
		}
	}
	if got := say("Settings", nil); got != "Einstellungen" {
		t.Errorf("a message without a count reads %q, want it as in de.json", got)
	}
}
