package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/ui/kit/kittest"
)

// No text falls through (issue 18): the shell's screens, shown in the
// pseudo-language, have no word that did not come from the catalogue: the
// welcome with its passphrase meter, the recovery code, the unlock screen,
// and the first screen of every section (the feature packages' own
// pseudo tests go deeper). What the test types is the person's own.
func TestTheShellHasNoTextOutsideTheCatalogue(t *testing.T) {
	l := kittest.UsePseudo(t)
	home := t.TempDir()
	const pass = "maple kettle drift 42"
	a := startApp(t, Options{Home: home, Keyring: newMemKeyring(), Catalog: l.Catalog(testCatalog(t)), Lang: l})
	leaks := func(where string, typed ...string) {
		t.Helper()
		a.drain()
		for _, s := range kittest.Untranslated(a.win, typed...) {
			t.Errorf("%s: %s", where, s)
		}
	}
	w := a.welcome
	leaks("the welcome")
	tap(w.start)
	w.mode.SetSelected(modeAsk())
	leaks("the welcome's set-up")
	for _, p := range []string{"a", "12345678", "password1", pass} {
		w.pass.SetText(p)
		leaks("the passphrase meter for "+p, p)
	}
	test.Type(w.confirm, pass)
	tap(w.create)
	a.eventually(t, "the recovery code is shown", func() bool { return w.recovery != nil })
	leaks("the recovery code", strings.Split(w.recovery.code.Text, "\n")...)
	test.Tap(w.recovery.kept)
	tap(w.recovery.done)
	if a.shell == nil {
		t.Fatal("Parley did not open after setup")
	}
	for _, s := range a.shell.sections {
		a.shell.open(s.id)
		leaks("the "+s.id+" section", home) // Settings shows the vault's folder
	}
	a.shell.open("settings")
	if set, ok := a.shell.current.(*Settings); ok {
		set.askPassphrase()
		if es := entriesIn(topOverlay(a)); len(es) > 0 {
			test.Type(es[0], "password1")
		}
		leaks("the new-passphrase dialog with its meter", "password1", "•", home)
		a.closeOverlays()
	} else {
		t.Errorf("the settings section is a %T", a.shell.current)
	}
	a.Lock()
	leaks("the unlock screen")
}
