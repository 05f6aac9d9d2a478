package ui

import (
	"os"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/internal/i18n"
)

// StartLanguage applies the language setting kept in home (internal/i18n,
// choice.go, says where and why), loads Parley's translations into Fyne's
// lang, which then picks the same language for the screens, and returns
// that language for the domain's messages, the catalog, the guide and the
// printout. main calls it once, before Create; a test calls it again to
// play a restart.
func StartLanguage(home string) (*i18n.Language, error) {
	if i18n.CanChoose {
		i18n.Apply(i18n.ReadChoice(home), os.Getenv, os.Setenv)
	}
	// Adding translations makes Fyne's lang pick its language again, from
	// the environment Apply has just set.
	_ = lang.AddTranslationsFS(assets.Translations, "translations")
	return i18n.Load(i18n.System(os.Getenv, lang.SystemLocale().String()))
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
