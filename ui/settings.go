package ui

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/printout"
	"parleyapp.org/parley/ui/kit"
)

const (
	prefTheme          = "theme" // Fyne preferences: not personal
	settingAutoLock    = "autolock_minutes"
	defaultAutoLockMin = 10
)

// Settings: how Parley opens, the passphrase, auto-lock, backups, the look,
// and where the data lives.
type Settings struct {
	app     *App
	content fyne.CanvasObject

	mode      *widget.RadioGroup
	modeNote  *widget.Label
	passBtn   *widget.Button
	showCode  *widget.Button
	changeKey *widget.Button
	autoLock  *widget.Select
	backup    *widget.Button
	restore   *widget.Button
	theme     *widget.Select
	language  *widget.Select // nil where the platform cannot choose (internal/i18n, choice.go)
	langNote  *widget.Label  // when a new language arrives
	pageSize  *widget.Select
	reminders *widget.RadioGroup
	status    *widget.Label
	problem   *problem
}

var autoLockChoices = []int{0, 5, 10, 15, 30, 60}

func autoLockLabel(m int) string {
	if m == 0 {
		return lang.L("Never")
	}
	return kit.Plural(m, "After {{.N}} idle minute", "After {{.N}} idle minutes", map[string]any{"N": m})
}

// autoLockMinutes reads the idle-lock setting (0 = never).
func autoLockMinutes(v *persistence.Vault) int {
	s, ok, err := v.Setting(settingAutoLock)
	if err != nil || !ok {
		return defaultAutoLockMin
	}
	m, err := strconv.Atoi(s)
	if err != nil {
		return defaultAutoLockMin
	}
	return m
}

func newSettings(a *App) *Settings {
	s := &Settings{app: a, status: widget.NewLabel(""), problem: newProblem()}
	s.status.Hide()
	v := a.Vault()
	s.mode = widget.NewRadioGroup([]string{modeAuto(), modeAsk()}, nil)
	if v.Mode() == persistence.ModeAsk {
		s.mode.SetSelected(modeAsk())
	} else {
		s.mode.SetSelected(modeAuto())
	}
	s.mode.OnChanged = s.changeMode
	s.modeNote = para(lang.L("In “open automatically” mode anyone using your computer login can open Parley. If you share your login, choose “always ask”."))
	s.passBtn = widget.NewButton(s.passLabel(), s.askPassphrase)
	s.showCode = widget.NewButton(lang.L("Show my recovery code"), s.showRecovery)
	s.changeKey = widget.NewButton(lang.L("Change the key…"), s.askChangeKey)

	labels := make([]string, len(autoLockChoices))
	for i, m := range autoLockChoices {
		labels[i] = autoLockLabel(m)
	}
	s.autoLock = widget.NewSelect(labels, nil)
	s.autoLock.SetSelected(autoLockLabel(autoLockMinutes(v)))
	s.autoLock.OnChanged = func(string) {
		m := autoLockChoices[s.autoLock.SelectedIndex()]
		s.save(settingAutoLock, strconv.Itoa(m))
	}

	s.backup = widget.NewButton(lang.L("Make a backup…"), s.makeBackup)
	s.restore = widget.NewButton(lang.L("Restore from a backup…"), s.askRestore)

	themes := []string{lang.L("Same as my computer"), lang.X("theme.light", "Light"), lang.L("Dark")}
	choices := []ThemeChoice{ThemeSystem, ThemeLight, ThemeDark}
	s.theme = widget.NewSelect(themes, nil)
	current := ThemeChoice(a.fyne.Preferences().StringWithFallback(prefTheme, string(ThemeSystem)))
	for i, c := range choices {
		if c == current {
			s.theme.SetSelected(themes[i])
		}
	}
	s.theme.OnChanged = func(string) {
		c := choices[s.theme.SelectedIndex()]
		a.fyne.Preferences().SetString(prefTheme, string(c))
		a.fyne.Settings().SetTheme(newTheme(c))
	}
	sizes := []printout.PageSize{printout.A4, printout.Letter}
	s.pageSize = widget.NewSelect([]string{lang.L("A4"), lang.L("Letter")}, nil)
	s.pageSize.SetSelectedIndex(slices.Index(sizes, kit.PageSize(a.env)))
	s.pageSize.OnChanged = func(string) { s.save(kit.SettingPageSize, string(sizes[s.pageSize.SelectedIndex()])) }

	s.reminders = newReminderChoice(a, v, s.problem)

	s.langNote = widget.NewLabel("")
	s.langNote.Wrapping = fyne.TextWrapWord
	s.langNote.Hide()
	s.language = languageChoice(a, s.langNote)

	folder := widget.NewLabel(a.store.Home)
	folder.Wrapping = fyne.TextWrapBreak
	copyFolder := widget.NewButton(lang.L("Copy the folder's path"), func() { a.fyne.Clipboard().SetContent(a.store.Home) })

	objs := []fyne.CanvasObject{
		heading(lang.L("Settings")),
		subheading(lang.L("Opening Parley")),
		s.mode, s.modeNote, s.problem, s.status,
		container.NewHBox(s.passBtn, s.showCode, s.changeKey),
		subheading(lang.L("Locking")),
		container.NewGridWithColumns(2, widget.NewLabel(lang.L("Lock Parley")), s.autoLock),
		para(lang.L("Ctrl+L locks Parley now. Ctrl+H hides the window at once.")),
		subheading(lang.L("Debrief reminders")),
		para(lang.L("A day after a scene, when its debrief is due, Parley can remind you with a notification, which anyone near your screen may see.")),
		s.reminders,
		subheading(lang.L("Backups")),
		para(lang.L("A backup is one encrypted file, locked with a passphrase you choose for it. Keep it somewhere other than this computer.")),
		container.NewHBox(s.backup, s.restore),
		subheading(lang.L("Appearance")),
		container.NewGridWithColumns(2, widget.NewLabel(lang.L("Language")), s.language), s.langNote,
		container.NewGridWithColumns(2, widget.NewLabel(lang.L("Colours")), s.theme),
		container.NewGridWithColumns(2, widget.NewLabel(lang.L("Paper for printouts")), s.pageSize),
		subheading(lang.L("Your data")),
		para(lang.L("Parley keeps everything in this folder, encrypted:")),
		folder, copyFolder,
	}
	s.content = column(640, objs...)
	return s
}

func (s *Settings) view() fyne.CanvasObject { return s.content }
func (s *Settings) leave()                  {}

func (s *Settings) passLabel() string {
	if v := s.app.Vault(); v != nil && v.HasPassphrase() {
		return lang.L("Change my passphrase…")
	}
	return lang.L("Set a passphrase…")
}

func (s *Settings) save(key, value string) {
	v := s.app.Vault()
	s.app.touch()
	kit.Background(s.app.env, func() (struct{}, error) { return struct{}{}, v.SetSetting(key, value) },
		func(_ struct{}, err error) { s.problem.Say(errorSentence(err)) })
}

func (s *Settings) changeMode(choice string) {
	v := s.app.Vault()
	want := persistence.ModeKeyring
	if choice == modeAsk() {
		want = persistence.ModeAsk
	}
	if want == v.Mode() {
		return
	}
	if want == persistence.ModeAsk && !v.HasPassphrase() {
		s.problem.Say(lang.L("Please set a passphrase first: in “always ask” mode it is the way in."))
		s.mode.SetSelected(modeAuto())
		return
	}
	kit.Background(s.app.env, func() (struct{}, error) { return struct{}{}, v.SetMode(want) }, func(_ struct{}, err error) {
		if err != nil {
			s.problem.Say(errorSentence(err))
			if v.Mode() == persistence.ModeAsk {
				s.mode.SetSelected(modeAsk())
			} else {
				s.mode.SetSelected(modeAuto())
			}
			return
		}
		s.problem.Say("")
		say(s.status, lang.L("Saved. Parley will open this way from now on."))
	})
}

// askPassphrase sets or changes the passphrase (the vault stays open and
// its key is simply wrapped again).
func (s *Settings) askPassphrase() {
	hint := widget.NewLabel("")
	hint.Wrapping = fyne.TextWrapWord
	pass, confirm, why := newPassphrasePair(hint)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("New passphrase"), pass),
		widget.NewFormItem(lang.L("Type it again"), confirm),
		widget.NewFormItem("", hint),
		widget.NewFormItem("", why),
	}
	d := kit.NewForm(lang.L("Passphrase"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if pass.Text == "" || pass.Text != confirm.Text {
			s.tell(lang.L("The two passphrases were not the same, so nothing was changed."))
			return
		}
		v := s.app.Vault()
		p := pass.Text
		kit.Background(s.app.env, func() (struct{}, error) { return struct{}{}, v.SetPassphrase(p) }, func(_ struct{}, err error) {
			if err != nil {
				s.tell(errorSentence(err))
				return
			}
			s.tell(lang.L("Your new passphrase is saved."))
			s.passBtn.SetText(s.passLabel())
		})
	}, s.app.win)
	d.Resize(fyne.NewSize(460, 300))
	d.Show()
	say(why, samePassphrases("", ""))
	kit.SubmitFormOnEnter(d, &pass.Entry, &confirm.Entry)
	escapeLeaves(s.app.win, d.Hide, pass, confirm)
	s.app.win.Canvas().Focus(pass)
}

// showRecovery shows the recovery code once the person at the keyboard
// has shown it is the vault's owner: with the vault's passphrase, or, in
// "open automatically" mode with no passphrase set, by saying so plainly.
func (s *Settings) showRecovery() {
	v := s.app.Vault()
	if v == nil {
		return
	}
	pass := newDialogPassword()
	problem := newProblem()
	show, showObj := newEscButton(s.app.win, lang.L("Show the code"), nil)
	show.Importance = widget.HighImportance
	cancel, cancelObj := newEscButton(s.app.win, lang.L("Cancel"), nil)
	body := container.NewVBox(para(lang.L("Anyone who sees your recovery code can open everything in this vault, on any computer. Make sure nobody else can see the screen.")))
	if v.HasPassphrase() {
		body.Add(para(lang.L("To show it, type your passphrase.")))
		body.Add(pass)
	} else {
		body.Add(para(lang.L("Parley has no passphrase to ask you for, so show it only if you are the person who set up this vault. (With a passphrase set, Parley asks for it here.)")))
	}
	body.Add(problem)
	body.Add(rightAligned(cancelObj, showObj))
	d := dialog.NewCustomWithoutButtons(lang.L("Show my recovery code"), body, s.app.win)
	cancel.OnTapped = d.Hide
	reveal := func() {
		if !s.app.stillOpen(v) {
			return
		}
		if !v.HasPassphrase() {
			d.Hide()
			s.revealRecovery(v, v.RecoveryCode(), recoveryAgain)
			return
		}
		if pass.Text == "" {
			problem.Say(lang.L("Please type your passphrase first."))
			return
		}
		show.Disable()
		typed := pass.Text
		kit.Background(s.app.env, func() (struct{}, error) { return struct{}{}, v.CheckPassphrase(typed) }, func(_ struct{}, err error) {
			show.Enable()
			if !s.app.stillOpen(v) {
				return
			}
			if err != nil {
				problem.Say(recoveryGateSentence(err))
				return
			}
			d.Hide()
			s.revealRecovery(v, v.RecoveryCode(), recoveryAgain)
		})
	}
	show.OnTapped = reveal
	pass.OnSubmitted = func(string) { reveal() }
	d.Resize(fyne.NewSize(520, 280))
	d.Show()
	if v.HasPassphrase() {
		escapeLeaves(s.app.win, d.Hide, pass)
		s.app.win.Canvas().Focus(pass)
	} else {
		s.app.win.Canvas().Focus(show)
	}
}

// askChangeKey gives the vault a new key (Vault.ChangeKey), after saying
// what that means and, when a passphrase is set, asking for it; then it
// shows the new recovery code.
func (s *Settings) askChangeKey() {
	v := s.app.Vault()
	if v == nil {
		return
	}
	pass := newDialogPassword()
	items := []*widget.FormItem{widget.NewFormItem("", para(lang.L("Parley will lock your vault with a new key and give you a new recovery code. Your old recovery code, and any copy of the old key, will no longer open it.")))}
	if v.HasPassphrase() {
		items = append(items, widget.NewFormItem(lang.L("Your passphrase"), pass))
	}
	d := kit.NewForm(lang.L("Change the key"), lang.L("Change the key"), lang.L("Cancel"), items, func(ok bool) {
		if !ok || !s.app.stillOpen(v) {
			return
		}
		done := s.busy(lang.L("Changing the key…"))
		p := pass.Text
		kit.Background(s.app.env, func() (persistence.RecoveryCode, error) { return v.ChangeKey(p) }, func(code persistence.RecoveryCode, err error) {
			done()
			if !s.app.stillOpen(v) {
				return
			}
			if err != nil {
				s.tell(errorSentence(err))
				return
			}
			s.revealRecovery(v, code, recoveryNew)
		})
	}, s.app.win)
	d.Resize(fyne.NewSize(460, 260))
	d.Show()
	if v.HasPassphrase() {
		kit.SubmitFormOnEnter(d, &pass.Entry)
		escapeLeaves(s.app.win, d.Hide, pass)
		s.app.win.Canvas().Focus(pass)
	}
}

func recoveryGateSentence(err error) string {
	if err == persistence.ErrWrongPassphrase {
		return lang.L("That is not this vault's passphrase, so the code stays hidden. Please try again.")
	}
	return errorSentence(err)
}

// revealRecovery shows a recovery code (the vault's again, or a new one
// after a key change: isNew), with ways to keep it.
func (s *Settings) revealRecovery(v *persistence.Vault, code persistence.RecoveryCode, isNew bool) {
	var d dialog.Dialog
	live := func() bool { return s.app.stillOpen(v) }
	r := newRecoveryView(s.app, code, live, isNew, lang.L("Close"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(lang.L("Recovery code"), r.content, s.app.win)
	d.Resize(fyne.NewSize(680, 560))
	d.Show()
}

// tell reports the outcome of an action in a small dialog, where the person
// is looking (the action's button may be far down the page).
func (s *Settings) tell(text string) {
	kit.ShowInformation(lang.L("Settings"), text, s.app.win)
}

// busy shows a progress dialog while a long action runs; call the returned
// function to close it.
func (s *Settings) busy(text string) func() {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(text, bar, s.app.win)
	d.Show()
	return d.Hide
}
