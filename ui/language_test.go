package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	msg "parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/printout"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// localeEnv gives the test a known system language and puts the
// environment and Fyne's lang back afterwards (Apply sets the
// environment; Fyne's lang keeps what it picked until told again).
func localeEnv(t *testing.T, langVar string) {
	t.Cleanup(func() { addShippedLanguages(t) }) // runs after the variables are restored
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		t.Setenv(name, "")
	}
	t.Setenv("LANG", langVar)
}

// addShippedLanguages gives Fyne's lang every shipped language under its
// own tag, as Parley gives them (i18n.ScreenMessages): a language left
// under a tag by an earlier test is replaced, its plural rule included.
func addShippedLanguages(t *testing.T) {
	for _, tag := range i18n.Shipped {
		data, err := i18n.Embedded().ScreenMessages(tag)
		if err == nil {
			err = lang.AddTranslationsForLocale(data, fyne.Locale(tag))
		}
		if err != nil {
			t.Error(err)
		}
	}
}

// The language chosen in Settings is kept in a file beside the vault and
// used at the next start: the screens (Fyne's lang), the catalog and the
// guide all speak it, the unlock screen included. "Same as my computer"
// goes back to the system's language.
func TestTheLanguageChoiceOutlivesARestart(t *testing.T) {
	localeEnv(t, "en_GB.UTF-8")
	home := t.TempDir()
	a := setUp(t, home, newMemKeyring(), false, "")
	s := newSettings(a.App)
	if s.language == nil || s.language.Selected != "Same as my computer" {
		t.Fatalf("the language row should start at the computer's language: %+v", s.language)
	}
	s.language.SetSelected("Deutsch")
	if got, _ := os.ReadFile(filepath.Join(home, i18n.ChoiceFile)); strings.TrimSpace(string(got)) != "de" {
		t.Fatalf("the setting file says %q, want de", got)
	}
	for _, want := range []string{"Parley will speak Deutsch after you restart it.", "Nach einem Neustart spricht Parley Deutsch."} {
		if !strings.Contains(s.langNote.Text, want) || !s.langNote.Visible() {
			t.Errorf("the note should say %q; it says %q", want, s.langNote.Text)
		}
	}
	a.closeVault()

	// The restart, the way main starts Parley.
	l, err := StartLanguage(home, i18n.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	de, _ := i18n.Load("de")
	if l.Tag != "de" {
		t.Fatalf("after the restart Parley speaks %q, want de", l.Tag)
	}
	if got := lang.L("Settings"); got != "Einstellungen" {
		t.Errorf("the screens' words are not German after the restart: %q", got)
	}
	if got := lang.X("theme.light", "Light"); got != "Hell" {
		t.Errorf("the theme's Light is %q in German, want Hell (not the intensity's Leicht)", got)
	}
	cat := l.Catalog(testCatalog(t))
	act, _ := cat.Activity("impact.hand-spanking")
	if want := de.Content("catalog")["activity.impact.hand-spanking.name"]; act.Name != want || want == "" {
		t.Errorf("the catalog after the restart says %q, want the German %q", act.Name, want)
	}
	term, _ := l.Guide().Term("hard-limit")
	if term.Name != "Harte Grenze" {
		t.Errorf("the guide after the restart says %q, want German", term.Name)
	}
	b := startApp(t, Options{Home: home, Keyring: newMemKeyring(), Catalog: cat, Lang: l})
	if b.unlock == nil || b.unlock.openPass.Text != "Mit Passphrase entsperren" {
		t.Errorf("the unlock screen is not German after the restart: %+v", b.unlock)
	}
}

// "Same as my computer" removes the setting, and the next start follows
// the system's language again (French here); Settings shows what the
// file says.
func TestTheComputersLanguageIsTheDefault(t *testing.T) {
	if !i18n.FromEnvironment {
		t.Skip("the system's language comes from the environment only on Linux and the BSDs")
	}
	localeEnv(t, "fr_FR.UTF-8")
	home := t.TempDir()
	a := setUp(t, home, newMemKeyring(), false, "")
	if err := i18n.SaveChoice(home, "de"); err != nil {
		t.Fatal(err)
	}
	s := newSettings(a.App)
	if s.language.Selected != "Deutsch" {
		t.Fatalf("Settings shows %q while the file says de", s.language.Selected)
	}
	s.language.SetSelected("Same as my computer")
	if _, err := os.Stat(filepath.Join(home, i18n.ChoiceFile)); !os.IsNotExist(err) {
		t.Errorf("choosing the computer's language should remove the setting file: %v", err)
	}
	if want := "Parley will follow your computer's language after you restart it."; s.langNote.Text != want {
		t.Errorf("the note says %q, want %q", s.langNote.Text, want)
	}
	l, err := StartLanguage(home, i18n.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if l.Tag != "fr" || lang.L("Settings") != "Réglages" {
		t.Errorf("with no setting Parley should follow the computer (French): %q, %q", l.Tag, lang.L("Settings"))
	}
}

// inLanguage switches Fyne's lang to tag for one test (Parley started
// with LANGUAGE=tag) and back afterwards.
func inLanguage(t *testing.T, tag string) {
	localeEnv(t, "en_GB.UTF-8")
	t.Setenv("LANGUAGE", tag)
	addShippedLanguages(t)
	l, _ := i18n.Load(tag)
	if want := l.Text("Settings", nil); lang.L("Settings") != want {
		t.Skipf("Fyne's lang did not switch to %s here (%q)", tag, lang.L("Settings"))
	}
}

// In every shipped language a draft opens in the editor, with its safety
// review, without forcing the window past 800 px, in Parley's own theme
// (its padding is wider than the test driver's). Before: German 1158 px,
// Dutch 955, French 985, Spanish 875, English 805 under Xvfb
// (docs/screens/README.md).
func TestTheEditorFitsEightHundredPixelsInEveryLanguage(t *testing.T) {
	for _, tag := range i18n.Shipped {
		t.Run(tag, func(t *testing.T) {
			inLanguage(t, tag)
			a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
			id, err := a.Vault().CreateNegotiation(kittest.CoupleDoc(time.Now(), ""))
			if err != nil {
				t.Fatal(err)
			}
			a.win.Resize(fyne.NewSize(800, 600))
			a.navigate(kit.NegotiateOpen{NegotiationID: id})
			l, _ := i18n.Load(tag)
			review := l.Text("Safety review", nil)
			a.eventually(t, "the editor with its review opens", func() bool {
				found := false
				kittest.Walk(a.win.Canvas().Content(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
					if r, ok := o.(*widget.RichText); ok && strings.Contains(r.String(), review) {
						found = true
					}
					if lb, ok := o.(*widget.Label); ok && lb.Text == review {
						found = true
					}
				})
				return found
			})
			if w := a.win.Canvas().Content().MinSize().Width; w > 800 {
				t.Errorf("the editor makes the window at least %.0f px wide", w)
			}
		})
	}
}

// The first-run welcome offers the language too, before any vault exists:
// the choice is written beside where the vault will be, and creating the
// vault afterwards is not disturbed by it.
func TestTheWelcomeOffersTheLanguage(t *testing.T) {
	localeEnv(t, "en_GB.UTF-8")
	home := filepath.Join(t.TempDir(), "not-yet")
	a := newTestApp(t, home, newMemKeyring())
	w := a.welcome
	if w == nil || w.language == nil {
		t.Fatal("the welcome has no language choice")
	}
	w.language.SetSelected("Español")
	if got := i18n.ReadChoice(home); got != "es" {
		t.Fatalf("the welcome's choice reads back as %q, want es", got)
	}
	tap(w.start)
	test.Type(w.pass, "")
	tap(w.create)
	a.eventually(t, "the vault is made beside the language file", func() bool { return w.recovery != nil })
}

// Choosing a language does not move the paper: on a US system (Letter)
// with Deutsch chosen, the printout stays Letter unless Settings says A4.
// (Apply puts "de" first in LANGUAGE, which Fyne's SystemLocale reads
// first, and "de" names no region.)
func TestTheLanguageChoiceKeepsTheRegionsPaper(t *testing.T) {
	if !i18n.FromEnvironment {
		t.Skip("the system's language comes from the environment only on Linux and the BSDs")
	}
	localeEnv(t, "en_US.UTF-8")
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	i18n.Apply("de", os.Getenv, os.Setenv)
	if got := kit.PageSize(a.env); got != printout.Letter {
		t.Errorf("with Deutsch chosen on a US system the paper is %s, want Letter", got)
	}
}

// asOnWindows plays a platform whose language list does not come from the
// environment (Windows, macOS): the setting must not rely on LANGUAGE.
// On Linux Fyne still reads LANG, which plays the system's own language.
func asOnWindows(t *testing.T) {
	old := i18n.FromEnvironment
	i18n.FromEnvironment = false
	t.Cleanup(func() { i18n.FromEnvironment = old })
}

// The setting works where Fyne asks the system, not the environment, for
// the language: on a French computer with Deutsch chosen the screens,
// the catalog and the guide speak German; on a German one with English
// chosen, English. (Before: French and German, the setting unheard.)
func TestTheLanguageChoiceWorksWhereTheEnvironmentIsNotRead(t *testing.T) {
	for _, c := range []struct{ system, choice, settings, unlock, cut, versions string }{
		{"fr_FR.UTF-8", "de", "Einstellungen", "Mit Passphrase entsperren", "Ausschneiden", "1 Version, 2 Versionen"},
		{"de_DE.UTF-8", "en", "Settings", "Unlock with passphrase", "Cut", "1 version, 2 versions"},
	} {
		t.Run(c.choice, func(t *testing.T) {
			localeEnv(t, c.system)
			asOnWindows(t)
			home := t.TempDir()
			if err := i18n.SaveChoice(home, c.choice); err != nil {
				t.Fatal(err)
			}
			l, err := StartLanguage(home, i18n.Embedded())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { forgetScreenLanguage(t, c.system) })
			if l.Tag != c.choice {
				t.Errorf("on a %s computer with %s chosen Parley loads %q", c.system, c.choice, l.Tag)
			}
			if got := lang.L("Settings"); got != c.settings {
				t.Errorf("on a %s computer with %s chosen the screens say %q, want %q", c.system, c.choice, got, c.settings)
			}
			// Fyne's own words (a text field's menu) and counts too.
			if got := lang.L("Cut"); got != c.cut {
				t.Errorf("on a %s computer with %s chosen a text field's Cut is %q, want %q", c.system, c.choice, got, c.cut)
			}
			versions := func(n int) string {
				return kit.Plural(n, "{{.N}} version", "{{.N}} versions", map[string]any{"N": n})
			}
			if got := versions(1) + ", " + versions(2); got != c.versions {
				t.Errorf("on a %s computer with %s chosen counts read %q, want %q", c.system, c.choice, got, c.versions)
			}
			if os.Getenv("LANGUAGE") != "" {
				t.Errorf("the environment was used: LANGUAGE=%q", os.Getenv("LANGUAGE"))
			}
			a := setUp(t, home, newMemKeyring(), false, "")
			a.closeVault()
			b := startApp(t, Options{Home: home, Keyring: newMemKeyring(), Catalog: l.Catalog(testCatalog(t)), Lang: l})
			if b.unlock == nil || b.unlock.openPass.Text != c.unlock {
				t.Errorf("the unlock screen's button is not in the chosen language: %+v", b.unlock)
			}
		})
	}
}

// Counts take the chosen language's plural rule, not the rule of the tag
// Fyne matched from the system (issue 18): English chosen on a French
// computer says "0 answers" (French puts 0 with the singular), German
// chosen on a Japanese one says "1 Version" (Japanese has no singular).
// Both of Parley's ways of saying a count are asked: kit.Plural and a
// domain message with a count (kit.SayMsg).
func TestCountsTakeTheChosenLanguagesPluralRule(t *testing.T) {
	minutes := func(n int) string { return kit.SayMsg(msg.Plural("phrase.minutes", n, nil)) }
	for _, c := range []struct {
		system, choice, what string
		counts               []int
		say                  func(n int) string
		want                 []string
	}{
		{"fr_FR.UTF-8", "en", "answers", []int{0, 1, 2}, func(n int) string {
			return kit.Plural(n, "{{.Count}} answer would come in. Nothing is saved until you choose “Bring these in”.", "{{.Count}} answers would come in. Nothing is saved until you choose “Bring these in”.", map[string]any{"Count": n})
		}, []string{
			"0 answers would come in. Nothing is saved until you choose “Bring these in”.",
			"1 answer would come in. Nothing is saved until you choose “Bring these in”.",
			"2 answers would come in. Nothing is saved until you choose “Bring these in”.",
		}},
		{"fr_FR.UTF-8", "en", "minutes", []int{0, 1, 2}, minutes, []string{"0 minutes", "1 minute", "2 minutes"}},
		{"ja_JP.UTF-8", "de", "versions", []int{1, 2}, func(n int) string {
			return kit.Plural(n, "{{.N}} version", "{{.N}} versions", map[string]any{"N": n})
		}, []string{"1 Version", "2 Versionen"}},
		{"ja_JP.UTF-8", "de", "minutes", []int{1, 2}, minutes, []string{"1 Minute", "2 Minuten"}},
	} {
		t.Run(c.choice+" on "+c.system+" "+c.what, func(t *testing.T) {
			localeEnv(t, c.system)
			asOnWindows(t)
			home := t.TempDir()
			if err := i18n.SaveChoice(home, c.choice); err != nil {
				t.Fatal(err)
			}
			if _, err := StartLanguage(home, i18n.Embedded()); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { forgetScreenLanguage(t, c.system) })
			for i, n := range c.counts {
				if got := c.say(n); got != c.want[i] {
					t.Errorf("on a %s computer with %s chosen, %d reads %q, want %q", c.system, c.choice, n, got, c.want[i])
				}
			}
		})
	}
}

// forgetScreenLanguage gives the system's language (locale, e.g.
// fr_FR.UTF-8) its own messages back in Fyne's lang, which cannot forget
// the chosen language registered under the system's tag; a language
// Parley does not ship (ja_JP) gets English, as Parley would show it.
func forgetScreenLanguage(t *testing.T, locale string) {
	tag := strings.ReplaceAll(strings.SplitN(locale, ".", 2)[0], "_", "-")
	file := i18n.Base(locale)
	if l, _ := i18n.Load(file); l == nil || l.Tag != file {
		file = i18n.Source
	}
	data, err := i18n.Embedded().ScreenMessages(file)
	if err != nil {
		t.Fatal(err)
	}
	_ = lang.AddTranslationsForLocale(data, fyne.Locale(tag))
}
