package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// Welcome is the first-run flow: what Parley is, how it should open, an
// optional (or required) passphrase, and the recovery code.
type Welcome struct {
	app     *App
	content *fyne.Container

	start    *widget.Button
	restore  *widget.Button
	language *widget.Select // nil where the platform cannot choose

	mode      *widget.RadioGroup
	pass      *widget.Entry
	confirm   *widget.Entry
	strength  *widget.Label
	passNote  *widget.Label
	create    *widget.Button
	why       *widget.Label // why create is grey, while it is
	problem   *problem
	needsPass bool // set when the keyring cannot be used

	recovery   *RecoveryView
	vault      *persistence.Vault
	fromBackup *backupChoice // set when restoring a backup on first run
}

func newWelcome(a *App) *Welcome {
	w := &Welcome{app: a, content: container.NewStack()}
	// zxcvbn unpacks its word lists on first use (third_party/README.md):
	// do that now, off the UI goroutine, not at the first key press.
	go persistence.PasswordStrength("warm up")
	w.showIntro()
	return w
}

// modeAuto() and modeAsk() are the two choices of how the vault opens. They are
// functions, not package variables, so the words are looked up after main
// has loaded the translations, never while the package initialises.
func modeAuto() string { return lang.L("Open automatically on this computer") }
func modeAsk() string  { return lang.L("Always ask for my passphrase") }

func (w *Welcome) showIntro() {
	w.start = widget.NewButton(lang.L("Get started"), w.showSetup)
	w.start.Importance = widget.HighImportance
	w.restore = widget.NewButton(lang.L("Restore from a backup…"), func() { showRestoreFirstRun(w.app) })
	w.restore.Importance = widget.LowImportance
	objs := []fyne.CanvasObject{
		heading(lang.L("Welcome to Parley")),
		para(lang.L("Parley helps consenting adults talk through a scene before it happens: what you both want, what is off the table, how to stop, and how to look after each other afterwards.")),
		para(lang.L("Everything you write stays on this computer, locked in an encrypted vault. Nothing is sent anywhere.")),
		para(lang.L("Parley is a tool for a conversation, not a replacement for one.")),
		spacer(12),
		rightAligned(w.restore, w.start),
	}
	// The language can be chosen before there is a vault (ui/language.go):
	// someone whose computer speaks another language need not set Parley
	// up in it.
	note := widget.NewLabel("")
	note.Wrapping = fyne.TextWrapWord
	note.Hide()
	w.language = languageChoice(w.app, note)
	objs = append(objs, spacer(12), container.NewGridWithColumns(2, widget.NewLabel(lang.L("Language")), w.language), note)
	w.set(column(560, objs...))
}

func (w *Welcome) showSetup() {
	w.mode = widget.NewRadioGroup([]string{modeAuto(), modeAsk()}, nil)
	w.mode.SetSelected(modeAuto())
	w.mode.OnChanged = func(string) { w.update() }
	w.pass = widget.NewPasswordEntry()
	w.pass.SetPlaceHolder(lang.L("Passphrase"))
	w.confirm = widget.NewPasswordEntry()
	w.confirm.SetPlaceHolder(lang.L("Type it again"))
	w.strength = widget.NewLabel("")
	w.strength.Wrapping = fyne.TextWrapWord
	w.passNote = para("")
	w.problem = newProblem()
	w.pass.OnChanged = func(string) { w.update() }
	w.confirm.OnChanged = func(string) { w.update() }
	w.confirm.OnSubmitted = func(string) { w.submit() }
	w.create = widget.NewButton(lang.L("Create my vault"), w.submit)
	w.create.Importance = widget.HighImportance
	w.why = disabledReason()
	from := para(lang.L("Your backup will be checked and restored into the new vault."))
	from.Hidden = w.fromBackup == nil
	w.set(column(560,
		heading(lang.L("How should Parley open?")),
		from,
		w.mode,
		para(lang.L("Automatically: the vault's key is kept in your computer's keyring, so Parley opens when you are logged in. Always ask: nothing is kept in the keyring; choose this if other people use your login.")),
		subheading(lang.L("Passphrase")),
		w.passNote,
		w.pass, w.confirm, w.strength,
		w.problem,
		rightAligned(w.create),
		w.why,
	))
	w.update()
}

// passRequired: in "always ask" mode, or where the keyring cannot be used.
func (w *Welcome) passRequired() bool { return w.needsPass || w.mode.Selected == modeAsk() }

func (w *Welcome) update() {
	if w.passRequired() {
		w.passNote.SetText(lang.L("Choose a passphrase you will remember. It opens your vault each time."))
	} else {
		w.passNote.SetText(lang.L("Optional, but wise: a passphrase lets you open your vault if the keyring is ever lost or you move to a new computer."))
	}
	w.strength.SetText(strengthText(w.pass.Text))
	w.strength.Hidden = w.pass.Text == ""
	why := w.notReady()
	enableWhy(w.create, w.why, why == "", why)
}

// notReady says why the vault can't be created yet ("" once it can).
func (w *Welcome) notReady() string {
	p, c := w.pass.Text, w.confirm.Text
	switch {
	case w.passRequired() && p == "":
		return lang.L("Choose a passphrase above to create your vault.")
	case p == "" && c == "":
		return "" // keyring mode: a passphrase is optional
	}
	return samePassphrases(p, c)
}

// samePassphrases says why a new passphrase and its repeat can't be saved
// yet ("" once they can).
func (w *Welcome) submit() {
	if w.create.Disabled() {
		if w.pass.Text != w.confirm.Text {
			w.problem.Say(lang.L("The two passphrases are not the same yet."))
		}
		return
	}
	mode := persistence.ModeKeyring
	if w.mode.Selected == modeAsk() {
		mode = persistence.ModeAsk
	}
	w.create.Disable()
	w.create.SetText(lang.L("Creating your vault…"))
	w.problem.Say("")
	pass := w.pass.Text
	type created struct {
		v    *persistence.Vault
		code persistence.RecoveryCode
	}
	kit.Background(w.app.env, func() (created, error) {
		v, code, err := w.createVault(mode, pass)
		return created{v, code}, err
	}, func(c created, err error) {
		w.create.SetText(lang.L("Create my vault"))
		if err != nil {
			w.failed(err)
			return
		}
		w.vault = c.v
		w.showRecovery(c.code)
	})
}

// failed keeps everything typed; a keyring failure turns the passphrase into
// the way in.
func (w *Welcome) failed(err error) {
	if isKeyringError(err) {
		w.needsPass = true
	}
	w.problem.Say(errorSentence(err))
	w.update()
}

func (w *Welcome) showRecovery(code persistence.RecoveryCode) {
	w.recovery = newRecoveryView(w.app, code, nil, recoveryNew, lang.L("Continue to Parley"), func() { w.app.opened(w.vault) })
	w.set(w.recovery.content)
}

func (w *Welcome) set(c fyne.CanvasObject) {
	w.content.Objects = []fyne.CanvasObject{c}
	w.content.Refresh()
}
