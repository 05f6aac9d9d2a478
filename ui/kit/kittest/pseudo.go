package kittest

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/internal/i18n"
)

// The pseudo-language test (issue 18, "no text falls through"): every
// screen is opened in i18n's pseudo-language, in which every letter of
// every message is accented ("Lock" is "Ļöçķ"), and any plain ASCII letter
// left on screen is text that did not come from the catalogue, unless it
// is something the test typed itself (names, notes) or a number.

var (
	pseudoOnce  sync.Once
	pseudoLang  *i18n.Language
	pseudoFiles []byte
	pseudoErr   error
)

// loadPseudo builds the pseudo-language once per test binary.
func loadPseudo() (*i18n.Language, []byte, error) {
	pseudoOnce.Do(func() {
		files, err := i18n.Pseudo(i18n.Embedded())
		if err != nil {
			pseudoErr = err
			return
		}
		if pseudoFiles, err = files.ScreenMessages(i18n.PseudoTag); err != nil {
			pseudoErr = err
			return
		}
		pseudoLang, pseudoErr = files.Load(i18n.PseudoTag)
	})
	return pseudoLang, pseudoFiles, pseudoErr
}

// UsePseudo switches the screens' words (Fyne's lang) to the
// pseudo-language until the test ends, and returns the pseudo Language for
// the domain's messages, the guide and the catalog. Fyne's lang is one
// per process, so the test must not run in parallel with others (t.Setenv
// refuses that).
func UsePseudo(t *testing.T) *i18n.Language {
	t.Helper()
	l, messages, err := loadPseudo()
	if err != nil {
		t.Fatal(err)
	}
	// Registered before Setenv, so it runs after the environment is back.
	// Fyne cannot forget a language, and its matcher may still pick en-XA
	// for an en-GB locale (make test sets LANG=en_GB.UTF-8): so the
	// pseudo-language's messages become the English ones again.
	english, err := i18n.Embedded().ScreenMessages(i18n.Source)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = lang.AddTranslationsForLocale(english, fyne.Locale(i18n.PseudoTag)) })
	t.Setenv("LANGUAGE", i18n.PseudoTag)
	t.Setenv("LC_ALL", "en_XA.UTF-8")
	if err := lang.AddTranslationsForLocale(messages, fyne.Locale(i18n.PseudoTag)); err != nil {
		t.Fatal(err)
	}
	if got := lang.L("Lock Parley"); !i18n.IsPseudo(got) {
		t.Fatalf("Fyne's lang did not switch to the pseudo-language: %q", got)
	}
	return l
}

// InPseudo switches the screens' words (UsePseudo), the domain's
// messages and the catalog of e to the pseudo-language.
func (e *Env) InPseudo(t *testing.T) {
	t.Helper()
	l := UsePseudo(t)
	e.Lang, e.Catalog = l, l.Catalog(e.Catalog)
}

// Untranslated lists every text shown under root, and on the window's
// overlays (dialogs, pop-ups), that still has a plain letter after what
// the test typed (typed) is taken out: text that bypassed the catalogue.
// Hidden objects are not looked at; a select's options, a radio group's
// and an entry's placeholder are, shown or not.
func Untranslated(win fyne.Window, typed ...string) []string {
	var out []string
	seen := map[string]bool{}
	check := func(where, s string) {
		rest := s
		for _, u := range typed {
			if u != "" {
				rest = strings.ReplaceAll(rest, u, "")
			}
		}
		if plainLetters(rest) && !seen[s] && !languageName(s) {
			seen[s] = true
			out = append(out, fmt.Sprintf("%s %q", where, s))
		}
	}
	var visit func(o fyne.CanvasObject)
	visit = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *canvas.Text:
			check("text", x.Text)
			return
		case *fyne.Container:
			for _, c := range x.Objects {
				visit(c)
			}
			return
		case *widget.Select:
			for _, opt := range x.Options {
				check("select option", opt)
			}
		case *widget.SelectEntry:
			check("entry placeholder", x.PlaceHolder)
		case *widget.Entry:
			check("entry placeholder", x.PlaceHolder)
		case *widget.RadioGroup:
			for _, opt := range x.Options {
				check("radio option", opt)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(w).Objects() {
				visit(c)
			}
		}
	}
	visit(win.Canvas().Content())
	for _, o := range win.Canvas().Overlays().List() {
		visit(o)
	}
	return out
}

// plainLetters reports whether s has an unaccented ASCII letter: the
// pseudo-language has none.
func plainLetters(s string) bool {
	for _, r := range s {
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// languageName reports whether s is a shipped language's own name (the
// language menus show each in its own language, in every language).
func languageName(s string) bool {
	for _, n := range i18n.Names {
		if s == n {
			return true
		}
	}
	return false
}

// Pseudo is the pseudo-language's text for an English key, to find a
// button or a heading on a screen shown in it.
func Pseudo(key string) string { return i18n.PseudoText(key) }
