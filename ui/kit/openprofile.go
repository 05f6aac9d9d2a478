package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
)

// PinPrompt is the PIN dialog OpenProfile showed for a protected list:
// its entry and the dialog (tests type into the one and submit the other).
// Both are nil when the list was not protected or Parley had locked.
type PinPrompt struct {
	Entry  *widget.Entry
	Dialog *Form
}

// OpenProfile opens a person's list, asking first for the PIN of a
// protected one, every time: Parley keeps no opened list between flows, so
// whoever sits at the keyboard next cannot walk into it. opened runs with
// the person (the caller holds it only while its flow lasts); failed runs
// when the PIN dialog is cancelled or the list cannot be opened (the
// reason is said in p). Nothing happens once Parley has locked.
func OpenProfile(env Env, prof persistence.Profile, p *Problem,
	opened func(*persistence.Person), failed func()) PinPrompt {
	v := env.Vault()
	if v == nil { // Parley locked meanwhile
		return PinPrompt{}
	}
	open := func(code string) {
		if !env.StillOpen(v) {
			return
		}
		Background(env, func() (*persistence.Person, error) { return v.OpenPerson(prof.ID, code) }, func(person *persistence.Person, err error) {
			if !env.StillOpen(v) {
				return
			}
			if err != nil {
				p.Say(PinSentence(err, prof.Name))
				failed()
				return
			}
			p.Say("")
			opened(person)
		})
	}
	if !prof.Sealed {
		open("")
		return PinPrompt{}
	}
	field := NewDialogPassword()
	entry := &field.Entry
	who := Para(lang.L("Only {{.Name}} should type this.", map[string]any{"Name": prof.Name}))
	items := []*widget.FormItem{widget.NewFormItem("", who), widget.NewFormItem(lang.L("PIN"), field)}
	d := NewForm(lang.L("{{.Name}}'s list is protected", map[string]any{"Name": prof.Name}), lang.L("Open"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			open(entry.Text)
		} else {
			failed()
		}
	}, env.Window)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(440, 220))
	d.Show()
	EscapeLeaves(env.Window, d.Hide, field)
	env.Window.Canvas().Focus(field)
	return PinPrompt{Entry: entry, Dialog: d}
}

// PinSentence says why a protected list did not open (or its PIN did not
// change): a wrong PIN in its own words, anything else as ErrorSentence.
func PinSentence(err error, name string) string {
	if err == persistence.ErrWrongPIN {
		return lang.L("That PIN does not open {{.Name}}'s list. Nothing was changed; try again.", map[string]any{"Name": name})
	}
	return ErrorSentence(err)
}
