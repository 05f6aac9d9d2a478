package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// askBackupPassphrase asks for the passphrase that will lock a new backup.
func askBackupPassphrase(w fyne.Window, then func(pass string)) {
	hint := widget.NewLabel(lang.L("You will need it to restore this backup. It can differ from your vault's passphrase."))
	hint.Wrapping = fyne.TextWrapWord
	pass, confirm, why := newPassphrasePair(hint)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Backup passphrase"), pass),
		widget.NewFormItem(lang.L("Type it again"), confirm),
		widget.NewFormItem("", hint),
		widget.NewFormItem("", why),
	}
	d := kit.NewForm(lang.L("Lock the backup"), lang.L("Choose where to save…"), lang.L("Cancel"), items, func(ok bool) {
		if ok && pass.Text != "" && pass.Text == confirm.Text {
			then(pass.Text)
		} else if ok {
			kit.ShowInformation(lang.L("Backup"), lang.L("The two passphrases were not the same, so no backup was made."), w)
		}
	}, w)
	d.Resize(fyne.NewSize(480, 300))
	d.Show()
	say(why, samePassphrases("", ""))
	kit.SubmitFormOnEnter(d, &pass.Entry, &confirm.Entry)
	escapeLeaves(w, d.Hide, pass, confirm)
	w.Canvas().Focus(pass)
}

// askExistingPassphrase asks for the passphrase of a backup being restored.
func askExistingPassphrase(w fyne.Window, then func(pass string)) {
	pass := newDialogPassword()
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Backup passphrase"), pass)}
	d := kit.NewForm(lang.L("Open the backup"), lang.L("Continue"), lang.L("Cancel"), items, func(ok bool) {
		if ok && pass.Text != "" {
			then(pass.Text)
		}
	}, w)
	d.Resize(fyne.NewSize(440, 160))
	d.Show()
	kit.SubmitFormOnEnter(d, &pass.Entry)
	escapeLeaves(w, d.Hide, pass)
	w.Canvas().Focus(pass)
}

func (s *Settings) makeBackup() {
	a := s.app
	askBackupPassphrase(a.win, func(pass string) {
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			path := w.URI().Path()
			_ = w.Close()
			v := a.Vault()
			done := s.busy(lang.L("Making the backup…"))
			kit.Background(s.app.env, func() (struct{}, error) { return struct{}{}, v.Backup(path, pass) }, func(_ struct{}, err error) {
				done()
				if err != nil {
					s.tell(lang.L("The backup could not be saved there. Check that you may write to that folder and that the disk is not full; your vault is unchanged."))
					return
				}
				s.tell(lang.L("Backup saved. Keep it, and its passphrase, somewhere safe."))
			})
		}, a.win)
		d.SetFileName("parley-backup-" + a.now().Format("2006-01-02") + ".parleybackup")
		d.Show()
	})
}

func (s *Settings) askRestore() {
	a := s.app
	pickBackup(a.win, func(path, pass string) {
		kit.ShowConfirm(lang.L("Restore this backup?"),
			lang.L("Everything in Parley will be replaced by the backup's contents. The backup is checked completely first; if anything is wrong, nothing changes."),
			func(ok bool) {
				if ok {
					s.restoreFrom(path, pass)
				}
			}, a.win)
	})
}

// restoreFrom replaces the open vault's contents by the backup's, then opens
// the shell afresh on them.
func (s *Settings) restoreFrom(path, pass string) {
	a := s.app
	v := a.Vault()
	done := s.busy(lang.L("Checking and restoring the backup…"))
	kit.Background(a.env, func() (struct{}, error) { return struct{}{}, a.restoreBackup(v, path, pass) }, func(_ struct{}, err error) {
		done()
		if err != nil {
			s.tell(errorSentence(err))
			return
		}
		a.shell.leave()
		a.opened(v)
		kit.ShowInformation(lang.L("Restored"), lang.L("Your backup is restored."), a.win)
	})
}

// restoreBackup restores the backup into v and takes back the reminders
// v's old contents had handed to Fyne's scheduler: the restore replaces
// the record of them (reminders.go) by the backup's, so nothing else would
// ever cancel them. The restored contents are scheduled afresh when the
// shell opens on them (opened, watchDebriefs). A failed restore changes
// nothing, reminders included.
func (a *App) restoreBackup(v *persistence.Vault, path, pass string) error {
	a.reminding.Lock() // no sync may record reminders of the old contents meanwhile
	defer a.reminding.Unlock()
	old := readScheduled(v)
	if err := v.Restore(path, pass); err != nil {
		return err
	}
	cancelScheduled(a.fyne, old)
	return nil
}

// pickBackup asks for a backup file, then its passphrase.
func pickBackup(w fyne.Window, then func(path, pass string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		askExistingPassphrase(w, func(pass string) { then(path, pass) })
	}, w)
	d.Show()
}

// showRestoreFirstRun: on the welcome screen, restore a backup into a new
// vault; the person then chooses how the new vault opens.
func showRestoreFirstRun(a *App) {
	w := a.welcome
	pickBackup(a.win, func(path, pass string) {
		w.fromBackup = &backupChoice{path: path, pass: pass}
		w.showSetup()
	})
}

type backupChoice struct{ path, pass string }

// createVault makes the new vault, from a backup when one was chosen.
func (w *Welcome) createVault(mode persistence.Mode, pass string) (*persistence.Vault, persistence.RecoveryCode, error) {
	if w.fromBackup != nil {
		return w.app.store.CreateFromBackup(mode, pass, w.fromBackup.path, w.fromBackup.pass)
	}
	return w.app.store.Create(mode, pass)
}
