package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/persistence"
)

// personPicker chooses one person of this vault for a comparison and opens
// their list, asking for the PIN of a protected one. The opened person is
// kept only for the comparison it was chosen for: Compare drops it when
// the comparison is made, and when the person goes back or leaves
// (Compare.dropPeople), so a protected list is never left open behind.
type personPicker struct {
	app      *App
	problem  *problem
	onChange func()

	sel *widget.Select
	all []persistence.Profile
	// only: choose the one person of the vault by themselves (when their
	// list has no PIN), so nobody has to pick their own name from a list of one.
	only   bool
	person *persistence.Person // the opened person; nil until then

	// the PIN dialog, while it is open (kept for the tests)
	pin       *widget.Entry
	pinDialog *dialog.FormDialog
}

func newPersonPicker(a *App, p *problem, placeholder string, onChange func()) *personPicker {
	pk := &personPicker{app: a, problem: p, onChange: onChange}
	pk.sel = widget.NewSelect(nil, nil)
	pk.sel.PlaceHolder = placeholder
	pk.sel.OnChanged = func(string) { pk.choose(pk.sel.SelectedIndex()) }
	return pk
}

// drop forgets the opened person and the choice.
func (pk *personPicker) drop() {
	pk.person = nil
	onChanged := pk.sel.OnChanged
	pk.sel.OnChanged = nil
	pk.sel.ClearSelected()
	pk.sel.OnChanged = onChanged
}

// setPeople fills the choices, keeping the chosen person if still there.
func (pk *personPicker) setPeople(all []persistence.Profile) {
	pk.all = all
	var names []string
	for _, p := range all {
		names = append(names, profileLabel(p))
	}
	onChanged := pk.sel.OnChanged
	pk.sel.OnChanged = nil
	pk.sel.SetOptions(names)
	pk.sel.ClearSelected()
	if pk.person != nil {
		for i, p := range all {
			if p.ID == pk.person.ID {
				pk.sel.SetSelectedIndex(i)
			}
		}
	}
	pk.sel.OnChanged = onChanged
	if pk.only && pk.person == nil && len(all) == 1 && !all[0].Sealed {
		pk.sel.SetSelectedIndex(0)
	}
}

func profileLabel(p persistence.Profile) string {
	if p.Sealed {
		return lang.L("{{.Name}} (protected by a PIN)", map[string]any{"Name": p.Name})
	}
	return p.Name
}

// choose opens the i-th person, asking for their PIN if needed.
func (pk *personPicker) choose(i int) {
	pk.person = nil
	if i < 0 || i >= len(pk.all) {
		pk.onChange()
		return
	}
	prof := pk.all[i]
	openProfile(pk.app, prof, pk.problem, &pk.pin, &pk.pinDialog, func(p *persistence.Person) {
		if pk.sel.SelectedIndex() != i { // chosen again meanwhile
			return
		}
		pk.person = p
		pk.onChange()
	}, func() {
		if pk.sel.SelectedIndex() == i {
			pk.sel.ClearSelected()
		}
	})
	pk.onChange()
}

// openProfile opens a person's list in the background, asking first for
// the PIN of a protected list, every time: a protected list is never
// taken from the session's open lists (App.openPeople), nor put there, so
// the flow that asked for it holds the only copy and drops it at its end. opened runs with the person; failed runs when the PIN
// dialog is cancelled or the list cannot be opened (the reason is said in
// p). pin and dlg, if not nil, are set to the dialog's entry and the dialog.
func openProfile(a *App, prof persistence.Profile, p *problem, pin **widget.Entry, dlg **dialog.FormDialog,
	opened func(*persistence.Person), failed func()) {
	if open := a.openPeople[prof.ID]; open != nil && !prof.Sealed {
		opened(open)
		return
	}
	open := func(code string) {
		v := a.Vault()
		if v == nil { // Parley locked meanwhile
			return
		}
		background(func() (*persistence.Person, error) { return v.OpenPerson(prof.ID, code) }, func(person *persistence.Person, err error) {
			if err != nil {
				p.Say(pinSentence(err, prof.Name))
				failed()
				return
			}
			p.Say("")
			if a.openPeople != nil && !prof.Sealed {
				a.openPeople[prof.ID] = person
			}
			opened(person)
		})
	}
	if !prof.Sealed {
		open("")
		return
	}
	entry := widget.NewPasswordEntry()
	items := []*widget.FormItem{widget.NewFormItem(lang.L("PIN"), entry)}
	d := dialog.NewForm(lang.L("{{.Name}}'s list is protected", map[string]any{"Name": prof.Name}), lang.L("Open"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			open(entry.Text)
		} else {
			failed()
		}
	}, a.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(420, 160))
	d.Show()
	a.win.Canvas().Focus(entry)
	if pin != nil {
		*pin = entry
	}
	if dlg != nil {
		*dlg = d
	}
}
