package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Settings' "Change the key…": with the passphrase, the vault gets a new
// key and the recovery-code dialog shows the new code.
func TestChangeKeyFromSettings(t *testing.T) {
	forgetUI()
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "correct horse battery staple")
	old := a.Vault().RecoveryCode()
	s := newSettings(a)
	tap(s.changeKey)
	form := a.win.Canvas().Overlays().Top()
	var confirm *widget.Button
	walk(form, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Password {
			test.Type(e, "correct horse battery staple")
		}
		if b, ok := o.(*widget.Button); ok && b.Text == "Change the key" {
			confirm = b
		}
	})
	if confirm == nil {
		t.Fatal("no Change the key button in the dialog")
	}
	tap(confirm)
	eventually(t, "the new recovery code is shown", func() bool {
		code := a.Vault().RecoveryCode()
		if code == old {
			return false
		}
		shown := false
		walk(a.win.Canvas().Overlays().Top(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, string(code)[:11]) {
				shown = true
			}
		})
		return shown
	})
}
