package main

// These tests run in their own process (package main's test binary), so
// Fyne's lang holds only what the start under test gave it: its bundle is
// global and never forgets a language, which is why they cannot live
// beside package ui's tests, which load every language.

import (
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/ui"
)

// systemLanguage gives the test a known system language (British English)
// and no other language variables.
func systemLanguage(t *testing.T) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		t.Setenv(name, "")
	}
	t.Setenv("LANG", "en_GB.UTF-8")
}

// rematch makes Fyne's lang choose its language again from the
// environment, as it does whenever translations are added.
func rematch(t *testing.T) {
	if err := lang.AddTranslationsForLocale([]byte("{}"), fyne.Locale("en")); err != nil {
		t.Fatal(err)
	}
}

// A start in German gives Fyne's lang German and English (the per-message
// fallback) and nothing else: the three languages not in use cost neither
// parsing time nor memory (docs/performance.md, start-up). Parley's French
// is not in Fyne's bundle afterwards, so a French environment finds only
// Fyne's own French, and Parley's words fall back to English.
func TestAGermanStartLoadsOnlyGermanAndEnglish(t *testing.T) {
	if !i18n.FromEnvironment {
		t.Skip("these starts play the system's language through the environment, read only on Linux and the BSDs")
	}
	systemLanguage(t)
	home := t.TempDir()
	if err := i18n.SaveChoice(home, "de"); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	l, err := ui.StartLanguage(home, i18n.Embedded())
	runtime.GC()
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if l.Tag != "de" || lang.L("Settings") != "Einstellungen" {
		t.Fatalf("the start should speak German: %q, %q", l.Tag, lang.L("Settings"))
	}
	// Measured (2 December 2026): 16.3 MB allocated with all five files in
	// Fyne's lang and Parley's own copy parsed at once, 9.8 MB with two
	// files in Fyne's lang, 4.4 MB with Parley's copy read when first used; 8.6 MB once each plural
	// form is registered under its own ID as well (i18n.ScreenMessages).
	got := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %.1f MB", float64(got)/(1<<20))
	if got > 10<<20 {
		t.Errorf("starting in German allocated %.1f MB; with two languages' messages and their plural forms for the screens it needs about 8.6", float64(got)/(1<<20))
	}
	t.Setenv("LANGUAGE", "fr")
	rematch(t)
	if got := lang.L("Settings"); got != "Settings" {
		t.Errorf("Parley's French is in Fyne's lang after a German start (Settings is %q)", got)
	}
}

// With only two files in Fyne's lang, the screens still fall back to
// English message by message, plural forms included: a Dutch file that
// lacks a message shows the English one ("1 minute", not the fallback
// text's "1 minutes"), and what it has is Dutch.
func TestTheScreensFallBackToEnglishMessageByMessage(t *testing.T) {
	if !i18n.FromEnvironment {
		t.Skip("these starts play the system's language through the environment, read only on Linux and the BSDs")
	}
	systemLanguage(t)
	home := t.TempDir()
	if err := i18n.SaveChoice(home, "nl"); err != nil {
		t.Fatal(err)
	}
	files := i18n.Embedded().With("nl", []byte(`{"Settings": "Instellingen"}`), nil)
	l, err := ui.StartLanguage(home, files)
	if err != nil {
		t.Fatal(err)
	}
	if l.Tag != "nl" || lang.L("Settings") != "Instellingen" {
		t.Fatalf("the start should speak Dutch: %q, %q", l.Tag, lang.L("Settings"))
	}
	if got := lang.XN("phrase.minutes", "{{.Count}} minutes", 1, map[string]any{"Count": 1}); got != "1 minute" {
		t.Errorf("a message the Dutch file lacks reads %q, want English's 1 minute", got)
	}
	if got := l.Text("phrase.minutes", nil); got == "phrase.minutes" || got == "" {
		t.Errorf("the domain's copy has no English fallback either: %q", got)
	}
}
