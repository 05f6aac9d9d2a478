package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/internal/atomicfile"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/printout"
	"parleyapp.org/parley/ui/kit"
)

// RecoveryView shows the recovery code with ways to keep it: copy (taken
// back from the clipboard after 30 seconds), save as a text file, or save a
// printable page. Its buttons do nothing once live says the vault it
// belongs to is gone (nil live: always live, as during the first run).
//
// A code that is new (the first run, or a key change, after which the old
// code no longer opens the vault) waits for "I have kept my recovery code
// somewhere safe" before its done button works, with a line saying so. A
// code shown again (Settings' "Show my recovery code") has no tick: its
// done button always works, for someone who only wanted to look.
type RecoveryView struct {
	content fyne.CanvasObject
	code    *widget.Label
	copyBtn *widget.Button
	kept    *widget.Check // nil when the code is shown again
	done    *widget.Button
	why     *widget.Label // why done is grey, while it is
	status  *widget.Label
}

// recoveryNew and recoveryAgain say whether a RecoveryView shows a code
// just made or one shown again.
const (
	recoveryNew   = true
	recoveryAgain = false
)

func newRecoveryView(a *App, code persistence.RecoveryCode, live func() bool, isNew bool, doneLabel string, onDone func()) *RecoveryView {
	r := &RecoveryView{}
	if live == nil {
		live = func() bool { return true }
	}
	r.code = widget.NewLabel(strings.Join(printout.CodeLines(string(code), 5), "\n"))
	r.code.TextStyle = fyne.TextStyle{Monospace: true, Bold: true}
	r.code.Alignment = fyne.TextAlignCenter
	r.code.SizeName = theme.SizeNameSubHeadingText
	r.status = widget.NewLabel("")
	r.status.Wrapping = fyne.TextWrapWord // it names the folder a file went to
	r.status.Hide()
	r.copyBtn = widget.NewButtonWithIcon(lang.L("Copy"), theme.ContentCopyIcon(), func() {
		if !live() {
			return
		}
		a.copySecret(string(code))
		say(r.status, lang.L("Copied. Paste it somewhere safe within 30 seconds: then Parley takes it off the clipboard."))
	})
	saveText := widget.NewButtonWithIcon(lang.L("Save as a text file…"), theme.DocumentSaveIcon(), func() {
		saveFileWhile(a, "parley-recovery-code.txt", live, func() ([]byte, error) {
			return []byte(recoveryText(code)), nil
		}, r.status)
	})
	savePDF := widget.NewButtonWithIcon(lang.L("Save a page to print…"), theme.DocumentPrintIcon(), func() {
		saveFileWhile(a, "parley-recovery-code.pdf", live, func() ([]byte, error) {
			return printout.RecoveryPage(string(code), code.Hex(), a.now(), kit.PageSize(a.env))
		}, r.status)
	})
	r.done = widget.NewButton(doneLabel, onDone)
	r.done.Importance = widget.HighImportance
	r.why = disabledReason()
	confirm := fyne.CanvasObject(spacer(0))
	if isNew {
		r.kept = widget.NewCheck(lang.L("I have kept my recovery code somewhere safe"), func(on bool) {
			enableWhy(r.done, r.why, on, lang.L("Tick the box above once your code is kept somewhere safe."))
		})
		enableWhy(r.done, r.why, false, lang.L("Tick the box above once your code is kept somewhere safe."))
		confirm = r.kept
	}
	r.content = column(600,
		heading(lang.L("Your recovery code")),
		para(lang.L("If you ever forget your passphrase and lose this computer's keyring, this code is the only way back into your vault. Nobody else has a copy, not even Parley.")),
		widget.NewCard("", "", r.code),
		container.NewHBox(r.copyBtn, saveText, savePDF),
		r.status,
		para(lang.L("Keep it away from this computer: on paper in a safe place, or in a password manager.")),
		confirm,
		rightAligned(r.done),
		r.why,
	)
	return r
}

func recoveryText(code persistence.RecoveryCode) string {
	return strings.Join([]string{
		lang.L("Parley recovery code"),
		"",
		string(code),
		"",
		lang.L("This code opens your Parley vault if your passphrase and keyring are lost. Keep it private."),
		"",
	}, "\n")
}

// saveFileWhile is saveFile for a secret: nothing is asked or written once
// live is false (the vault it belongs to has locked).
func saveFileWhile(a *App, name string, live func() bool, make func() ([]byte, error), status *widget.Label) {
	if !live() {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		if !live() {
			_ = w.Close()
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		kit.Background(a.env, func() (struct{}, error) {
			data, err := make()
			if err != nil {
				return struct{}{}, err
			}
			return struct{}{}, atomicfile.Write(path, data)
		}, func(_ struct{}, err error) {
			if err != nil {
				say(status, lang.L("That file could not be saved. Check that the folder exists, that you may write there, and that the disk is not full."))
				return
			}
			say(status, lang.L("Saved as {{.File}} in {{.Folder}}.", fileWhere(path)))
		})
	}, a.win)
	d.SetFileName(name)
	d.Show()
}
