package i18n

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Apply makes the chosen language the one System (and Fyne's locale
// reader, which follows the same gettext rule) finds first, also where the
// locale is C, which would make LANGUAGE alone count for nothing.
func TestApplyPutsTheChoiceFirst(t *testing.T) {
	for _, env := range []map[string]string{
		{"LANG": "en_GB.UTF-8"},
		{"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:en"},
		{"LANG": "C.UTF-8"},
		{"LC_ALL": "C", "LANG": "en_GB.UTF-8"},
		{},
	} {
		get := func(k string) string { return env[k] }
		set := func(k, v string) error { env[k] = v; return nil }
		Apply("nl", get, set)
		if got := System(get, "en-GB"); got != "nl" {
			t.Errorf("after Apply(nl) with %v, System chooses %q", env, got)
		}
	}
	env := map[string]string{"LANG": "es_ES.UTF-8"}
	Apply("", func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
	if len(env) != 1 || System(func(k string) string { return env[k] }, "") != "es" {
		t.Errorf("Apply with no choice changed the environment: %v", env)
	}
}

// The setting file holds a shipped tag or nothing; anything else reads as
// "the computer's language", and "" removes the file.
func TestTheChoiceFile(t *testing.T) {
	home := filepath.Join(t.TempDir(), "not-yet")
	if got := ReadChoice(home); got != "" {
		t.Fatalf("no file reads %q", got)
	}
	if err := SaveChoice(home, "fr"); err != nil {
		t.Fatal(err)
	}
	if got := ReadChoice(home); got != "fr" {
		t.Errorf("saved fr, read %q", got)
	}
	os.WriteFile(filepath.Join(home, ChoiceFile), []byte("sv\n"), 0o600)
	if got := ReadChoice(home); got != "" {
		t.Errorf("an unshipped language reads as %q, want the computer's", got)
	}
	if err := SaveChoice(home, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(home, ChoiceFile)); !os.IsNotExist(err) {
		t.Errorf("the computer's language should leave no file: %v", err)
	}
	if err := SaveChoice(home, ""); err != nil {
		t.Errorf("removing an absent setting: %v", err)
	}
}

// The chosen language goes under the tag Fyne will match from the
// system's list: its first language that parses, unless that is already
// the choice; Fyne's fallback when the system says nothing.
func TestScreenTagsFollowTheSystemsList(t *testing.T) {
	for _, c := range []struct {
		choice  string
		locales []string
		want    string
	}{
		{"de", []string{"fr-FR", "en-US"}, "fr-FR"},
		{"en", []string{"de-DE"}, "de-DE"},
		{"fr", []string{"fr"}, ""},
		{"de", []string{"de-AT", "en-GB"}, ""},
		{"nl", []string{"C", "zh-Hans-CN"}, "zh-Hans-CN"},
		{"es", nil, "en"},
		{"en", nil, ""},
		{"", []string{"fr-FR"}, ""},
	} {
		got := strings.Join(ScreenTags(c.choice, c.locales), ",")
		if got != c.want {
			t.Errorf("ScreenTags(%q, %v) = %q, want %q", c.choice, c.locales, got, c.want)
		}
	}
}
