package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// No text falls through on the way to restoring a backup from the first
// screen (issue 18): the file dialog (Fyne's, with the words Parley
// carries for it), the backup's passphrase, the set-up that says the
// backup comes in, the sentence for a wrong backup passphrase, and the
// recovery code of the restored vault. What is not Parley's to translate
// is left out by name: the backup's own file and folder names (and the file icon's cut-short
// extension), and the
// places Fyne's file dialog writes without its lang ("Home", "Computer").
func TestRestoringFromTheWelcomeHasNoTextOutsideTheCatalogue(t *testing.T) {
	folder := t.TempDir()
	backup := filepath.Join(folder, "friday.parleybackup")
	const backupPass = "a backup passphrase"
	old := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	if err := old.Vault().Backup(backup, backupPass); err != nil {
		t.Fatal(err)
	}
	old.closeVault()

	l := kittest.UsePseudo(t)
	t.Setenv("HOME", folder) // the file dialog opens in the home folder
	a := startApp(t, Options{Home: t.TempDir(), Keyring: newMemKeyring(), Catalog: l.Catalog(testCatalog(t)), Lang: l})
	own := append(strings.Split(filepath.ToSlash(folder), "/"), "friday", "parleybackup", "parl", "Home", "Computer")
	leaks := func(where string, typed ...string) {
		t.Helper()
		a.drain()
		for _, s := range kittest.Untranslated(a.win, append(own, typed...)...) {
			t.Errorf("%s: %s", where, s)
		}
	}
	a.win.Resize(fyne.NewSize(1000, 800)) // room for the file dialog's words
	w := a.welcome
	restoreWith := func(pass string, start func()) {
		t.Helper()
		start()
		leaks("the file dialog")
		pickFile(t, topOverlay(a), "friday")
		open := buttonIn(topOverlay(a), kittest.Pseudo("Open"))
		if open == nil {
			t.Fatal("the file dialog has no Open button in the pseudo-language")
		}
		tap(open)
		leaks("the backup's passphrase")
		es := entriesIn(topOverlay(a))
		if len(es) == 0 {
			t.Fatal("the backup's passphrase dialog has no entry")
		}
		test.Type(es[0], pass)
		leaks("the backup's passphrase, typed", pass, "•")
		tap(buttonIn(topOverlay(a), kittest.Pseudo("Continue")))
		leaks("the set-up from a backup")
		if w.fromBackup == nil {
			t.Fatal("the backup was not taken up")
		}
	}
	restoreWith("not the passphrase", func() { tap(w.restore) })
	tap(w.create)
	a.eventually(t, "the wrong backup passphrase is said", func() bool { return w.problem.Visible() && w.problem.Text != "" })
	leaks("a wrong backup passphrase")
	restoreWith(backupPass, func() { showRestoreFirstRun(a.App) }) // the intro's button again

	tap(w.create)
	a.eventually(t, "the restored vault's recovery code is shown", func() bool { return w.recovery != nil })
	leaks("the restored vault's recovery code", strings.Split(w.recovery.code.Text, "\n")...)
}

// pickFile taps the file dialog's item whose name shows name.
func pickFile(t *testing.T, o fyne.CanvasObject, name string) {
	t.Helper()
	var item fyne.Tappable
	kittest.Walk(o, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		text := ""
		switch x := o.(type) {
		case *canvas.Text:
			text = x.Text
		case *widget.Label:
			text = x.Text
		}
		if item != nil || !strings.Contains(text, name) {
			return
		}
		for i := len(parents) - 1; i >= 0; i-- {
			if tp, ok := parents[i].(fyne.Tappable); ok {
				item = tp
				return
			}
		}
	})
	if item == nil {
		t.Fatalf("the file dialog does not show %s", name)
	}
	test.Tap(item)
}
