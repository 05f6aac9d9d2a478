package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/jeandeaual/go-locale"

	"parleyapp.org/parley/internal/i18n"
)

// StartLanguage applies the language setting kept in home (internal/i18n,
// choice.go, says where and why, and how Fyne's lang is made to follow it
// on every platform), chooses the language the way System does when there
// is no setting, loads it from files (i18n.Embedded() in Parley) for the
// domain's messages, the catalog, the guide and the printout, and gives
// Fyne's lang the same language for the screens. main calls it once,
// before Create; a test calls it again to play a restart.
//
// Fyne's lang gets two message files: English, which the screens fall
// back to message by message (plural forms included), and the chosen
// language's own, under its tag and, when the system speaks another
// language, under the system's tag too (i18n.ScreenTags); both as
// i18n.ScreenMessages, so counts keep the chosen language's plural rule
// under any tag (kit.Plural). The other
// shipped languages are not parsed at start (about 4 MB of memory and
// 20 ms each start; docs/performance.md): the print language and the
// invitation page load theirs when asked (i18n.Load), and a new language
// setting takes effect at the next start.
func StartLanguage(home string, files i18n.Files) (*i18n.Language, error) {
	choice := i18n.ReadChoice(home)
	if i18n.FromEnvironment {
		i18n.Apply(choice, os.Getenv, os.Setenv)
	}
	want := choice
	if want == "" {
		want = i18n.System(os.Getenv, lang.SystemLocale().String())
	}
	l, err := files.Load(want)
	if err != nil {
		return nil, err
	}
	for _, tag := range screenLanguages(l.Tag) {
		if err := addScreenLanguage(files, tag, tag); err != nil {
			return nil, err
		}
	}
	// The locale list Fyne matches against, read as Fyne reads it.
	locales, _ := locale.GetLocales()
	for _, tag := range i18n.ScreenTags(l.Tag, locales) {
		if err := addScreenLanguage(files, l.Tag, tag); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// addScreenLanguage gives Fyne's lang the messages of language file (a
// shipped tag) under tag, with what counts need to follow file's plural
// rule under any tag (i18n.ScreenMessages). Adding translations makes
// Fyne's lang pick its language again, from the system's list (after
// Apply, where it applies).
func addScreenLanguage(files i18n.Files, file, tag string) error {
	data, err := files.ScreenMessages(file)
	if err != nil {
		return err
	}
	return lang.AddTranslationsForLocale(data, fyne.Locale(tag))
}

// screenLanguages are the message files Fyne's lang needs for a start in
// tag: English first, then tag's own.
func screenLanguages(tag string) []string {
	if tag == i18n.Source {
		return []string{i18n.Source}
	}
	return []string{i18n.Source, tag}
}

// languageChoice is Settings' language row: the computer's language, then
// the shipped languages by their own names. A change is saved at once and
// takes effect at the next start, which note says in the language running
// now and in the one chosen (or why it could not be saved).
func languageChoice(a *App, note *widget.Label) *widget.Select {
	tags := append([]string{""}, i18n.Menu...)
	labels := []string{lang.L("Same as my computer")}
	for _, t := range i18n.Menu {
		labels = append(labels, i18n.Names[t])
	}
	sel := widget.NewSelect(labels, nil)
	current := i18n.ReadChoice(a.store.Home)
	for i, t := range tags {
		if t == current {
			sel.SetSelected(labels[i])
		}
	}
	sel.OnChanged = func(string) {
		tag := tags[sel.SelectedIndex()]
		if err := i18n.SaveChoice(a.store.Home, tag); err != nil {
			say(note, lang.L("Parley could not save the language. Check that its folder exists and that you may write there, then choose again."))
			return
		}
		say(note, restartNote(a.env.Lang, tag))
	}
	return sel
}

// restartNote says when the new language arrives, in the language Parley
// speaks now (lang.L) and, below it, in the one chosen (the same key,
// rendered from the chosen language's file).
func restartNote(now *i18n.Language, tag string) string {
	if tag == "" {
		return lang.L("Parley will follow your computer's language after you restart it.")
	}
	args := map[string]any{"Language": i18n.Names[tag]}
	out := lang.L("Parley will speak {{.Language}} after you restart it.", args)
	if tag != now.Tag {
		if chosen, err := i18n.Load(tag); err == nil {
			out += "\n" + chosen.Text("Parley will speak {{.Language}} after you restart it.", args)
		}
	}
	return out
}
