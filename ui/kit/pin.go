package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
)

// minPINScore is the least strength a protected list's PIN must have, on
// the vault passphrase's meter (persistence.PasswordStrength, 0 to 4): 3,
// "good". Anyone who can open the vault can copy it and guess a PIN on
// their own computer at Argon2id's pace (64 MiB, 3 passes): 300-490 ms a
// guess measured on this machine, so a four-digit PIN (10,000 guesses)
// lasts under an hour even on one core. "Fair" (28 bits or more by the
// meter's estimate) would last only months against a computer with many
// cores; "good" (40 bits or more) lasts many years, so "good" is the bar:
// a protected list's PIN is a passphrase in all but name.
const minPINScore = 3

func pinStrongEnough(pin string) bool {
	score, _ := persistence.PasswordStrength(pin)
	return score >= minPINScore
}

// pinCostText says plainly, in numbers, what a short PIN is worth.
func pinCostText() string {
	return lang.L("Anyone who can open this vault could copy it and try PINs on their own computer, two or three a second on a computer like this one and more on a faster one: all 10,000 four-digit PINs in under an hour. So Parley asks for a PIN the meter calls at least “good”, which would take many years to guess that way. Three or four unrelated words are the easiest to remember; letters, numbers and spaces are all fine.")
}

// pinHint is the meter's sentence for a PIN being chosen.
func pinHint(pin string) string {
	if pin == "" {
		return ""
	}
	text := StrengthText(pin)
	if !pinStrongEnough(pin) {
		text += " " + lang.L("Not enough for a protected list yet.")
	}
	return text
}

// sealForm is the dialog that protects a list, or changes or removes its
// PIN. It stays open while Parley checks and saves, and says in itself
// what went wrong, so nothing typed is lost. What it knows of the person
// it notes when it opens (sealed): the saver goroutine rewrites the
// Person while the seal runs, so the fields' checks never read it; and
// while busy, typing leaves save and remove grey until the answer.
type sealForm struct {
	sealed              bool // the list had a PIN when the dialog opened
	busy                bool // a seal is running (UI goroutine only)
	current, pin, again *DialogEntry
	hint                *widget.Label
	why                 *widget.Label // why save (and remove) are grey
	problem             *Problem
	save, remove        *widget.Button
	dlg                 dialog.Dialog
}

// askSeal protects the open person's list, or changes or removes its PIN.
// Changing or removing asks for the current PIN first: the person at the
// keyboard may not be the list's owner.
func (pp *People) AskSeal() {
	if !pp.Live() || pp.current == nil {
		return
	}
	person := pp.current
	f := &sealForm{sealed: person.Sealed, current: NewDialogPassword(), pin: NewDialogPassword(), again: NewDialogPassword(), problem: NewProblem(), why: DisabledReason()}
	f.hint = Para("")
	f.hint.Hide()
	form := widget.NewForm()
	title := lang.L("Protect {{.Name}}'s list", map[string]any{"Name": person.Name})
	intro := lang.L("With a PIN, nobody else using this vault can read or change {{.Name}}'s answers. Parley asks for it every time the list is opened.", map[string]any{"Name": person.Name})
	win := pp.env.Window
	var saveObj fyne.CanvasObject
	f.save, saveObj = NewEscButton(win, lang.L("Protect my list"), func() { pp.sealSubmit(person, f, false) })
	var buttons []fyne.CanvasObject
	if person.Sealed {
		title = lang.L("Change or remove {{.Name}}'s PIN", map[string]any{"Name": person.Name})
		intro = lang.L("Only {{.Name}} should do this: type the current PIN first.", map[string]any{"Name": person.Name})
		form.Append(lang.L("Current PIN"), f.current)
		f.save.SetText(lang.L("Save new PIN"))
		var removeObj fyne.CanvasObject
		f.remove, removeObj = NewEscButton(win, lang.L("Remove the PIN"), func() { pp.sealSubmit(person, f, true) })
		buttons = append(buttons, removeObj)
	}
	f.save.Importance = widget.HighImportance
	form.Append(lang.L("New PIN"), f.pin)
	form.Append(lang.L("Type it again"), f.again)
	_, cancel := NewEscButton(win, lang.L("Cancel"), func() { f.dlg.Hide() })
	buttons = append([]fyne.CanvasObject{cancel}, append(buttons, saveObj)...)
	body := container.NewVBox(Para(intro), form, f.hint, f.problem, Para(pinCostText()), RightAligned(buttons...), f.why)
	f.dlg = dialog.NewCustomWithoutButtons(title, body, pp.env.Window)
	f.dlg.Resize(fyne.NewSize(560, 300)) // grows to fit
	for _, e := range []*DialogEntry{f.current, f.pin, f.again} {
		e.OnSubmitted = func(string) {
			if !f.save.Disabled() {
				pp.sealSubmit(person, f, false)
			}
		}
		e.OnChanged = func(string) {
			Say(f.hint, pinHint(f.pin.Text))
			f.ready()
		}
	}
	f.ready()
	pp.SealDialog, pp.SealProblem = f.dlg, f.problem
	f.dlg.Show()
	EscapeLeaves(pp.env.Window, f.dlg.Hide, f.current, f.pin, f.again)
	if person.Sealed {
		pp.env.Window.Canvas().Focus(f.current)
	} else {
		pp.env.Window.Canvas().Focus(f.pin)
	}
}

// sealSubmit checks what was typed, then (off the UI goroutine) checks the
// current PIN and seals the list again.
func (pp *People) sealSubmit(person *persistence.Person, f *sealForm, remove bool) {
	if !pp.Live() {
		return
	}
	next := f.pin.Text
	if remove {
		next = ""
	}
	if msg := sealProblemWith(f.sealed, f.current.Text, next, f.again.Text, remove); msg != "" {
		f.problem.Say(msg)
		return
	}
	f.problem.Say("")
	f.busy = true
	f.ready()
	current := f.current.Text
	pp.resealAfterCheck(person, current, next, func(err error) {
		f.busy = false
		f.ready()
		if err != nil {
			f.problem.Say(PinSentence(err, person.Name))
			return
		}
		f.dlg.Hide()
		pp.problem.Say("")
		pp.Show(person)
	})
}

// ready greys save while the fields are not yet enough and remove while
// the current PIN is missing, and says why on the line beneath them; both
// stay grey while a seal runs.
func (f *sealForm) ready() {
	if f.busy {
		f.save.Disable()
		if f.remove != nil {
			f.remove.Disable()
		}
		return
	}
	why := sealProblemWith(f.sealed, f.current.Text, f.pin.Text, f.again.Text, false)
	EnableWhy(f.save, f.why, why == "", why)
	if f.remove != nil {
		Enable(f.remove, f.current.Text != "")
	}
}

// sealProblemWith is what is wrong with the dialog's fields, or "".
func sealProblemWith(sealed bool, current, next, again string, remove bool) string {
	switch {
	case sealed && current == "":
		return lang.L("Please type the current PIN first. Only the list's owner can change or remove it.")
	case remove:
		return ""
	case next == "":
		return lang.L("Please type the new PIN twice.")
	case next != again:
		return lang.L("The two new PINs are not the same yet.")
	case !pinStrongEnough(next):
		return lang.L("This PIN would be guessed too quickly. Add a word or a few more characters.")
	}
	return ""
}

// resealAfterCheck checks the current PIN of a protected list (a wrong one
// changes nothing), then seals the list under next ("" removes the PIN).
// It runs in the save queue, after every save already asked for, and done
// runs on the UI goroutine.
func (pp *People) resealAfterCheck(person *persistence.Person, current, next string, done func(error)) {
	v := pp.vault
	pp.env.Save(func() error {
		err := func() error {
			if person.Sealed {
				check, err := v.OpenPerson(person.ID, current)
				if err != nil {
					return err
				}
				check.Forget()
			}
			return v.SealPerson(person, next)
		}()
		pp.env.Do(func() {
			if pp.env.StillOpen(v) {
				done(err)
			}
		})
		return nil
	}, nil)
}
