package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

// Settings' "Change the key…": with the passphrase, the vault gets a new
// key and the recovery-code dialog shows the new code.
func TestChangeKeyFromSettings(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "correct horse battery staple")
	old := a.Vault().RecoveryCode()
	s := newSettings(a.App)
	tap(s.changeKey)
	form := a.win.Canvas().Overlays().Top()
	kittest.Walk(form, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if e, ok := o.(*dialogEntry); ok && e.Password {
			test.Type(&e.Entry, "correct horse battery staple")
		}
	})
	confirm := buttonIn(form, "Change the key")
	if confirm == nil {
		t.Fatal("no Change the key button in the dialog")
	}
	tap(confirm)
	a.eventually(t, "the new recovery code is shown", func() bool {
		code := a.Vault().RecoveryCode()
		if code == old {
			return false
		}
		shown := false
		kittest.Walk(a.win.Canvas().Overlays().Top(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, string(code)[:11]) {
				shown = true
			}
		})
		return shown
	})
}

// Issue 12, item 4 through the unlock screen: "ask" turned into "keyring"
// in parley.vault. The passphrase unlock says plainly that the file was
// changed and puts nothing into the keyring; the next unlock opens.
func TestUnlockSaysTheSidecarWasChanged(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, true, "correct horse battery")
	a.closeVault()
	path := filepath.Join(home, "parley.vault")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(data), `"mode": "ask"`, `"mode": "keyring"`, 1)
	if changed == string(data) {
		t.Fatalf("no mode in %s", data)
	}
	if err := os.WriteFile(path, []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	b := newTestApp(t, home, kr)
	u := b.unlock
	test.Type(u.pass, "correct horse battery")
	tap(u.openPass)
	b.eventually(t, "the unlock is refused", func() bool { return u.problem.Visible() })
	if !strings.Contains(u.problem.Text, "changed outside Parley") || kr.Count() != 0 {
		t.Fatalf("unlock after the change says %q; %d keyring entries", u.problem.Text, kr.Count())
	}
	tap(u.openPass)
	b.eventually(t, "the next unlock opens the vault", func() bool { return b.shell != nil })
	if kr.Count() != 0 {
		t.Fatal("the always-ask vault's key reached the keyring")
	}
}
