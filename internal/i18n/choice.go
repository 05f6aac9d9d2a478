package i18n

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/text/language"
)

// The language setting.
//
// Where it lives: a one-line file named "language" beside the vault, in
// Parley's data folder, holding a shipped tag ("de") or nothing. Decision:
// not inside the vault, because the welcome and unlock screens need the
// language before any vault is open; not in Fyne's preferences, because
// those live in Fyne's own folder, which PARLEY_HOME (portable installs,
// tests) does not move, and a portable Parley should carry its language
// with its data. Nothing personal goes there: only one of five language
// tags, the same kind of thing as the colour theme.
//
// How it is applied: Fyne 2.8.1's lang picks its language from the
// system's locale list (github.com/jeandeaual/go-locale's GetLocales) each
// time translations are added, matching it against the tags translations
// were added under (an exact tag wins), and offers no call to choose one.
// On Linux and the BSDs that list is read from the environment, LANGUAGE
// first (the gettext rule); on Windows and macOS from the system's own
// settings, which ignore the environment. So the setting works in two
// steps, both on every platform where they apply:
//
//   - Where the list comes from the environment (FromEnvironment), Apply
//     sets LANGUAGE (and the messages locale where the locale is C, which
//     would make LANGUAGE count for nothing) before the translations are
//     added. Fyne then matches the chosen language itself, so its own
//     words (a text field's Cut and Paste, the file dialog's folder
//     words) come in that language too where Fyne has it, and child
//     processes (the PDF viewer Parley opens) inherit it.
//   - The chosen language's messages are also added under the tag Fyne
//     will match from the system's list (ScreenTags): chosen "de" on a
//     "fr-FR" system, the German messages are added as "fr-FR" as well,
//     so whatever the system says, Parley's words are the chosen
//     language's. After Apply the list starts with the choice and there
//     is nothing more to add.
//
// Decision, Fyne's own words on Windows and macOS when the chosen language
// is not the system's: go-i18n's localizer looks in the one tag Fyne
// matched and then in English, so Fyne's own German (say) is out of reach
// under the system's tag. Parley therefore carries, in its own catalogue
// and five languages, the words of Fyne's widgets its screens show
// (ToolkitWords: the file dialog's, a text field's Cut and Paste menu, the
// date picker's weekdays; Open, Save, Cancel and Copy were Parley's words
// already), so they are in the chosen language on every platform, and in
// Dutch, which Fyne lacks. What Fyne writes without its lang stays as
// Fyne writes it everywhere: the file dialog's places ("Home",
// "Computer") and the date picker's month names. Counts take the chosen
// language's plural rule, not the rule of the tag Fyne matched (which
// would make English on a French system say "0 answer", German on a
// Japanese one "1 Versionen"): the messages Fyne gets say their own
// language and carry each plural form under its own ID (screen.go).
//
// When it takes effect: at the next start. Fyne's widgets and Parley's
// screens read their words when they are built, and some screens hold what
// a person is typing; rebuilding every screen in place would risk that
// text, so Settings says plainly that the language changes after a restart,
// in the language chosen as well as the current one.

// ChoiceFile is the setting's file name inside Parley's data folder.
const ChoiceFile = "language"

// Names are the shipped languages, each named in its own language, the
// way a person looks for their own language in a list.
var Names = map[string]string{
	"de": "Deutsch",
	"en": "English (UK)",
	"es": "Español",
	"fr": "Français",
	"nl": "Nederlands",
}

// Menu is the order the languages are offered in: alphabetical by their
// own names, as language menus usually are.
var Menu = []string{"de", "en", "es", "fr", "nl"}

// FromEnvironment reports whether Fyne reads the system's languages from
// the environment on this platform, so that Apply reaches it (see above).
// Tests set it false to play Windows and macOS.
var FromEnvironment = runtime.GOOS != "windows" && runtime.GOOS != "darwin"

// ScreenTags are the tags the chosen language's messages must also be
// added under for Fyne's lang to show them, given the system's locale
// list as Fyne reads it (go-locale's GetLocales: "fr-FR", "en-US"...):
// Fyne matches the list's first language it can parse, and an exact tag
// wins. Nothing when there is no choice or the system already says the
// chosen language (Fyne then matches the choice's own tag, its own words
// included); Fyne's fallback "en" when the system says nothing.
func ScreenTags(choice string, locales []string) []string {
	if choice == "" {
		return nil
	}
	for _, loc := range locales {
		tag, err := language.Parse(loc)
		if err != nil || tag == language.Und {
			continue
		}
		if Base(loc) == choice {
			return nil
		}
		return []string{tag.String()}
	}
	if choice == Source {
		return nil
	}
	return []string{Source}
}

// ReadChoice is the language chosen in home's setting file, or "" for the
// computer's own language (no file, an empty or unreadable one, or a tag
// Parley does not ship).
func ReadChoice(home string) string {
	data, err := os.ReadFile(filepath.Join(home, ChoiceFile))
	if err != nil {
		return ""
	}
	tag := strings.TrimSpace(string(data))
	if !shipped(tag) {
		return ""
	}
	return tag
}

// SaveChoice writes the setting; "" (the computer's language) removes the
// file. The folder is made if it is not there yet (the choice can be made
// before the first vault exists).
func SaveChoice(home, tag string) error {
	path := filepath.Join(home, ChoiceFile)
	if tag == "" {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(tag+"\n"), 0o600)
}

// posixLocale is a locale name for each shipped language, for a system
// whose locale is C (see Apply).
var posixLocale = map[string]string{
	"de": "de_DE.UTF-8", "en": "en_GB.UTF-8", "es": "es_ES.UTF-8", "fr": "fr_FR.UTF-8", "nl": "nl_NL.UTF-8",
}

// Apply makes tag the first language in the environment, for Fyne's lang
// and System alike; "" leaves the computer's language. Call it before the
// first translations are added (main does).
func Apply(tag string, getenv func(string) string, setenv func(string, string) error) {
	if tag == "" || !shipped(tag) {
		return
	}
	_ = setenv("LANGUAGE", tag)
	// LANGUAGE counts only when the locale is not C or POSIX (gettext's
	// rule, which Fyne's locale reader and System follow).
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			locale = v
			break
		}
	}
	if Base(locale) == "" {
		name := "LC_MESSAGES"
		if getenv("LC_ALL") != "" {
			name = "LC_ALL"
		}
		_ = setenv(name, posixLocale[tag])
	}
}
