package i18n

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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
// system's locale list (github.com/jeandeaual/go-locale) each time
// translations are added, and offers no call to choose one. On Linux and
// the BSDs that list is read from the environment, LANGUAGE first (the
// gettext rule). So Apply sets LANGUAGE (and the messages locale where the
// locale is C, which would make LANGUAGE count for nothing) before main
// adds Parley's translations; System then reads the same variables, so the
// screens, the catalog, the guide and the printout all follow one choice.
// Child processes (the PDF viewer Parley opens) inherit it, which is what
// a person who chose German expects. On Windows and macOS the locale list
// comes from the system's own settings, not the environment, so the
// setting is not offered there (CanChoose): a row that changed the printed
// page but not the screens would mislead.
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

// CanChoose reports whether the setting can change the screens' language
// on this platform (see above).
var CanChoose = runtime.GOOS != "windows" && runtime.GOOS != "darwin"

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
