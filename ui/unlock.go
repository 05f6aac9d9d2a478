package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// Unlock is shown when a vault exists and is not open. The passphrase and
// recovery-code fields are there at once; in "open automatically" mode the
// keyring is asked in the background at the same time, and if it does not
// answer the screen says why.
type Unlock struct {
	app     *App
	content fyne.CanvasObject

	reason   *widget.Label
	asking   *widget.ProgressBarInfinite
	keyring  *widget.Button // "Unlock" with the keyring, after a lock
	pass     *widget.Entry
	openPass *widget.Button
	passWhy  *widget.Label // why Unlock with passphrase is grey
	useCode  *widget.Button
	code     *widget.Entry
	openCode *widget.Button
	codeBox  *fyne.Container
	problem  *problem
	busy     bool
}

// newUnlock builds the screen. With auto set (start-up), a keyring vault is
// opened straight away; after a lock the person clicks Unlock.
func newUnlock(a *App, auto bool) *Unlock {
	u := &Unlock{app: a}
	u.reason = para("")
	u.asking = widget.NewProgressBarInfinite()
	u.asking.Hide()
	u.problem = newProblem()
	u.pass = widget.NewPasswordEntry()
	u.pass.SetPlaceHolder(lang.L("Passphrase"))
	u.pass.OnSubmitted = func(string) { u.withPassphrase() }
	u.openPass = widget.NewButton(lang.L("Unlock with passphrase"), u.withPassphrase)
	u.passWhy = disabledReason()
	u.pass.OnChanged = func(string) { u.passReady() }
	u.passReady()
	u.code = widget.NewEntry()
	u.code.SetPlaceHolder(lang.L("Recovery code, with or without the dashes"))
	u.code.OnSubmitted = func(string) { u.withCode() }
	u.openCode = widget.NewButton(lang.L("Open with recovery code"), u.withCode)
	u.codeBox = container.NewVBox(u.code, rightAligned(u.openCode))
	u.codeBox.Hide()
	u.useCode = widget.NewButton(lang.L("Use my recovery code instead"), func() {
		u.useCode.Hide()
		u.codeBox.Show()
		a.win.Canvas().Focus(u.code)
	})
	u.useCode.Importance = widget.LowImportance
	u.keyring = widget.NewButton(lang.L("Unlock"), u.withKeyring)
	u.keyring.Importance = widget.HighImportance
	u.keyring.Hide()

	title := lang.L("Welcome back")
	if !auto {
		title = lang.L("Parley is locked")
	}
	u.content = column(520,
		heading(title),
		u.reason,
		u.asking,
		rightAligned(u.keyring),
		u.pass,
		rightAligned(u.openPass),
		u.passWhy,
		u.problem,
		u.useCode,
		u.codeBox,
	)
	u.begin(auto)
	return u
}

// takeKeyboard puts the cursor where the hands are, once the screen is in
// the window: the passphrase field, or the Unlock button where there is no
// passphrase.
func (u *Unlock) takeKeyboard() {
	c := u.app.win.Canvas()
	switch {
	case u.pass.Visible():
		c.Focus(u.pass)
	case u.keyring.Visible():
		c.Focus(u.keyring)
	}
}

func (u *Unlock) begin(auto bool) {
	mode, err := u.app.store.Mode()
	if err != nil || mode == persistence.ModeAsk {
		u.reason.SetText(reasonSentence(persistence.ReasonAskMode))
		if err != nil {
			u.reason.SetText(errorSentence(err))
		}
		return
	}
	u.keyring.Show()
	if !u.app.store.HasPassphrase() {
		u.pass.Hide()
		u.openPass.Hide()
		u.passWhy.Hide()
	}
	if auto {
		u.withKeyring()
	} else {
		u.reason.SetText(lang.L("Your vault is closed. Unlock opens it with the key kept on this computer."))
	}
}

// withKeyring asks the keyring in the background. The fields stay usable
// meanwhile; a first sentence appears after two seconds and the reason as
// soon as the keyring gives up.
func (u *Unlock) withKeyring() {
	u.keyring.Disable()
	u.asking.Show()
	u.reason.SetText(lang.L("Opening your vault with the key kept on this computer…"))
	slow := time.AfterFunc(2*time.Second, func() {
		u.app.env.Do(func() {
			if !u.keyring.Disabled() {
				return
			}
			u.reason.SetText(lang.L("Still waiting for your system keyring. If it is asking for a password in another window, answer it there, or use your passphrase below."))
		})
	})
	type result struct {
		v      *persistence.Vault
		reason persistence.Reason
	}
	kit.Background(u.app.env, func() (result, error) {
		ctx, cancel := keyringContext()
		defer cancel()
		v, r, err := u.app.store.OpenWithKeyring(ctx)
		return result{v, r}, err
	}, func(r result, err error) {
		slow.Stop()
		u.asking.Hide()
		u.keyring.Enable()
		if u.busy && r.v != nil {
			_ = r.v.Close() // the person already opened it another way
			return
		}
		if err == nil && r.v != nil {
			u.app.opened(r.v)
			return
		}
		u.reason.SetText(reasonSentence(r.reason))
		if r.reason == persistence.ReasonNone {
			u.reason.SetText(errorSentence(err))
		}
	})
}

// passReady greys "Unlock with passphrase" while the field is empty and
// says why; while Parley is opening the vault it is only busy.
func (u *Unlock) passReady() {
	if u.busy || !u.pass.Visible() {
		return
	}
	enableWhy(u.openPass, u.passWhy, u.pass.Text != "", lang.L("Type your passphrase above first."))
}

func (u *Unlock) withPassphrase() {
	if u.pass.Text == "" || u.busy {
		return
	}
	pass := u.pass.Text // read here, on the UI goroutine, not in the background
	u.open(u.openPass, func() (*persistence.Vault, error) {
		return u.app.store.OpenWithPassphrase(pass)
	})
}

func (u *Unlock) withCode() {
	if u.code.Text == "" || u.busy {
		return
	}
	code := u.code.Text
	u.open(u.openCode, func() (*persistence.Vault, error) {
		return u.app.store.OpenWithRecoveryCode(code)
	})
}

func (u *Unlock) open(btn *widget.Button, open func() (*persistence.Vault, error)) {
	u.busy = true
	btn.Disable()
	u.problem.Say("")
	kit.Background(u.app.env, open, func(v *persistence.Vault, err error) {
		u.busy = false
		btn.Enable()
		u.passReady()
		if err != nil {
			u.problem.Say(errorSentence(err))
			return
		}
		u.busy = true // a late keyring answer must not open a second copy
		u.app.opened(v)
	})
}
