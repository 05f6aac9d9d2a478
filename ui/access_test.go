package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Every control on the shell's screens (welcome, unlock, Settings, the
// sidebar wide and narrow) has an accessible name, beyond Fyne 2.8's gaps.
func TestShellScreensNameEveryControl(t *testing.T) {
	a := newTestApp(t, t.TempDir(), newMemKeyring())
	report(t, "welcome", kittest.Unnamed(a.win.Canvas(), false))
	tap(a.welcome.start)
	report(t, "welcome, setting up", kittest.Unnamed(a.win.Canvas(), false))
	a.closeVault()

	a = setUp(t, t.TempDir(), newMemKeyring(), true, "correct horse battery staple")
	a.shell.open("settings")
	report(t, "settings", kittest.Unnamed(a.win.Canvas(), false))
	a.win.Resize(fyne.NewSize(800, 600)) // the sidebar shows icons only
	report(t, "settings at 800×600", kittest.Unnamed(a.win.Canvas(), false))
	a.Lock()
	report(t, "unlock", kittest.Unnamed(a.win.Canvas(), false))
}

func report(t *testing.T, screen string, problems []kittest.Problem) {
	t.Helper()
	for _, p := range kittest.Unexplained(problems) {
		t.Errorf("%s: %s", screen, p)
	}
}

// The harness itself: a Fyne widget without a name is found, through a
// dialog too, and a button with only an icon is called out.
func TestUnnamedFindsWhatAScreenReaderCannotSay(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), true, "correct horse battery staple")
	a.win.Resize(fyne.NewSize(800, 600))
	var got []string
	for _, p := range kittest.Unnamed(a.win.Canvas(), true) {
		got = append(got, fmt.Sprint(p))
	}
	all := strings.Join(got, "\n")
	if !strings.Contains(all, "*widget.List") {
		t.Errorf("the sidebar's list (no name in Fyne 2.8) is not reported:\n%s", all)
	}
}
