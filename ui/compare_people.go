package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
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
	// except, when set, names the profile this picker leaves out: the
	// second person on one computer is never the one chosen first.
	except func() string

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

// setPeople fills the choices, keeping the chosen person if still there;
// a person left out (except) who was chosen is dropped.
func (pk *personPicker) setPeople(all []persistence.Profile) {
	pk.all = nil
	var names []string
	for _, p := range all {
		if pk.except != nil && p.ID == pk.except() {
			continue
		}
		pk.all = append(pk.all, p)
		names = append(names, profileLabel(p))
	}
	all = pk.all
	if pk.person != nil && !slices.ContainsFunc(all, func(p persistence.Profile) bool { return p.ID == pk.person.ID }) {
		pk.person = nil
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

// chosenID is the profile chosen, its list open or its PIN being asked
// for; "" for none.
func (pk *personPicker) chosenID() string {
	if i := pk.sel.SelectedIndex(); i >= 0 && i < len(pk.all) {
		return pk.all[i].ID
	}
	return ""
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

// openProfile opens a person's list, asking first for the PIN of a
// protected one, every time: Parley keeps no opened list between flows, so
// whoever sits at the keyboard next cannot walk into it. opened runs with
// the person (the caller holds it only while its flow lasts); failed runs
// when the PIN dialog is cancelled or the list cannot be opened (the
// reason is said in p). pin and dlg, if not nil, are set to the dialog's
// entry and the dialog. Nothing happens once Parley has locked.
func openProfile(a *App, prof persistence.Profile, p *problem, pin **widget.Entry, dlg **dialog.FormDialog,
	opened func(*persistence.Person), failed func()) {
	v := a.Vault()
	if v == nil { // Parley locked meanwhile
		return
	}
	open := func(code string) {
		if !a.stillOpen(v) {
			return
		}
		background(func() (*persistence.Person, error) { return v.OpenPerson(prof.ID, code) }, func(person *persistence.Person, err error) {
			if !a.stillOpen(v) {
				return
			}
			if err != nil {
				p.Say(pinSentence(err, prof.Name))
				failed()
				return
			}
			p.Say("")
			opened(person)
		})
	}
	if !prof.Sealed {
		open("")
		return
	}
	field := newDialogPassword()
	entry := &field.Entry
	who := para(lang.L("Only {{.Name}} should type this.", map[string]any{"Name": prof.Name}))
	items := []*widget.FormItem{widget.NewFormItem("", who), widget.NewFormItem(lang.L("PIN"), field)}
	d := dialog.NewForm(lang.L("{{.Name}}'s list is protected", map[string]any{"Name": prof.Name}), lang.L("Open"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			open(entry.Text)
		} else {
			failed()
		}
	}, a.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(440, 220))
	d.Show()
	escapeLeaves(a.win, d.Hide, field)
	a.win.Canvas().Focus(field)
	if pin != nil {
		*pin = entry
	}
	if dlg != nil {
		*dlg = d
	}
}
