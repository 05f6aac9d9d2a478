package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/persistence"
)

// People picks whose list is open, adds people, and seals or opens a
// person's list with their PIN. A sealed list, once opened, stays open
// until Parley is locked or the person closes it.
type People struct {
	app     *App
	problem *problem
	onOpen  func(*persistence.Person)

	all     []persistence.Profile
	current *persistence.Person

	list    *fyne.Container // buttons, one per person
	add     *widget.Button
	name    *widget.Label
	seal    *widget.Button
	switchP *widget.Button
	closeP  *widget.Button
	choose  fyne.CanvasObject
}

func newPeople(a *App, p *problem, onOpen func(*persistence.Person)) *People {
	pp := &People{app: a, problem: p, onOpen: onOpen, list: container.NewVBox()}
	pp.add = widget.NewButtonWithIcon(lang.L("Add a person"), theme.ContentAddIcon(), pp.askAdd)
	pp.add.Importance = widget.HighImportance
	pp.name = widget.NewLabel("")
	pp.name.TextStyle.Bold = true
	pp.name.SizeName = theme.SizeNameSubHeadingText
	pp.seal = widget.NewButtonWithIcon("", theme.VisibilityOffIcon(), pp.askSeal)
	pp.switchP = widget.NewButton(lang.L("Someone else"), pp.backToChooser)
	pp.closeP = widget.NewButton(lang.L("Close my list"), pp.closeCurrent)
	pp.choose = column(560,
		heading(lang.L("Checklist")),
		para(lang.L("Each person answers on their own: Yes, Maybe, Not now (a soft limit) or Hard limit, for each activity. Nobody else sees your answers; a comparison shows only what you both want.")),
		p,
		pp.list,
		rightAligned(pp.add),
	)
	return pp
}

func (pp *People) chooser() fyne.CanvasObject { return pp.choose }

// bar is the strip above the categories: whose list this is, and actions.
func (pp *People) bar() fyne.CanvasObject {
	return container.NewHBox(pp.name, pp.switchP, pp.seal, pp.closeP)
}

func (pp *People) refresh() {
	v := pp.app.Vault()
	background(v.Profiles, func(all []persistence.Profile, err error) {
		if !pp.app.stillOpen(v) {
			return
		}
		if err != nil {
			pp.problem.Say(errorSentence(err))
			return
		}
		pp.all = all
		pp.list.Objects = nil
		if len(all) == 0 {
			pp.list.Add(para(lang.L("Nobody is here yet. Add yourself to begin; your partner can add themselves too.")))
		}
		for _, p := range all {
			p := p
			icon := theme.AccountIcon()
			label := p.Name
			if p.Sealed {
				icon = theme.VisibilityOffIcon()
				label = lang.L("{{.Name}} (protected by a PIN)", map[string]any{"Name": p.Name})
			}
			b := widget.NewButtonWithIcon(label, icon, func() { pp.pick(p) })
			b.Alignment = widget.ButtonAlignLeading
			pp.list.Add(b)
		}
		pp.list.Refresh()
	})
}

// pick opens a person's list, asking for the PIN when it is sealed.
func (pp *People) pick(p persistence.Profile) {
	if open := pp.app.openPeople[p.ID]; open != nil {
		pp.show(open)
		return
	}
	if !p.Sealed {
		pp.open(p, "")
		return
	}
	pin := widget.NewPasswordEntry()
	items := []*widget.FormItem{widget.NewFormItem(lang.L("PIN"), pin)}
	d := dialog.NewForm(lang.L("{{.Name}}'s list is protected", map[string]any{"Name": p.Name}), lang.L("Open"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			pp.open(p, pin.Text)
		}
	}, pp.app.win)
	d.Resize(fyne.NewSize(420, 160))
	d.Show()
	submitOnEnter(d, pin)
	pp.app.win.Canvas().Focus(pin)
}

func (pp *People) open(p persistence.Profile, pin string) {
	v := pp.app.Vault()
	background(func() (*persistence.Person, error) { return v.OpenPerson(p.ID, pin) }, func(person *persistence.Person, err error) {
		if !pp.app.stillOpen(v) {
			return
		}
		if err != nil {
			pp.problem.Say(pinSentence(err, p.Name))
			return
		}
		pp.problem.Say("")
		pp.app.openPeople[p.ID] = person
		pp.show(person)
	})
}

func (pp *People) show(person *persistence.Person) {
	pp.current = person
	pp.name.SetText(person.Name)
	pp.closeP.Hidden = !person.Sealed
	if person.Sealed {
		pp.seal.SetText(lang.L("Change PIN…"))
	} else {
		pp.seal.SetText(lang.L("Protect with a PIN…"))
	}
	pp.onOpen(person)
}

func (pp *People) backToChooser() {
	pp.app.shell.reopen()
}

// closeCurrent forgets an opened sealed list until its PIN is typed again.
func (pp *People) closeCurrent() {
	if pp.current != nil {
		delete(pp.app.openPeople, pp.current.ID)
	}
	pp.backToChooser()
}

func (pp *People) askAdd() {
	name, pronouns := widget.NewEntry(), widget.NewEntry()
	pronouns.SetPlaceHolder(lang.L("Optional, for example she/her or they/them"))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Pronouns"), pronouns),
	}
	d := dialog.NewForm(lang.L("Add a person"), lang.L("Add"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			pp.add1(name.Text, pronouns.Text)
		}
	}, pp.app.win)
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
	submitOnEnter(d, name, pronouns)
	pp.app.win.Canvas().Focus(name)
}

func (pp *People) add1(name, pronouns string) {
	v := pp.app.Vault()
	background(func() (persistence.Profile, error) {
		return v.AddProfile(persistence.Profile{Name: name, Pronouns: pronouns})
	}, func(p persistence.Profile, err error) {
		if err != nil {
			pp.problem.Say(errorSentence(err))
			return
		}
		pp.problem.Say("")
		pp.refresh()
		pp.open(p, "")
	})
}

// askSeal sets, changes or removes the PIN of the open person's list.
func (pp *People) askSeal() {
	person := pp.current
	pin, again := widget.NewPasswordEntry(), widget.NewPasswordEntry()
	hint := para(lang.L("A PIN keeps your answers from anyone else using this vault. A short PIN stops a glance, not a determined person with time: six or more characters, or a few words, are much stronger. Leave it empty to remove the PIN."))
	pin.OnChanged = func(s string) {
		if s == "" {
			hint.SetText(lang.L("Leave it empty to remove the PIN."))
			return
		}
		hint.SetText(strengthText(s))
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("New PIN"), pin),
		widget.NewFormItem(lang.L("Type it again"), again),
		widget.NewFormItem("", hint),
	}
	d := dialog.NewForm(lang.L("Protect {{.Name}}'s list", map[string]any{"Name": person.Name}), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if pin.Text != again.Text {
			pp.problem.Say(lang.L("The two PINs were not the same, so nothing was changed."))
			return
		}
		pp.sealWith(person, pin.Text)
	}, pp.app.win)
	d.Resize(fyne.NewSize(520, 300))
	d.Show()
	submitOnEnter(d, pin, again)
	pp.app.win.Canvas().Focus(pin)
}

func (pp *People) sealWith(person *persistence.Person, pin string) {
	v := pp.app.Vault()
	pp.app.saves.wait()
	background(func() (struct{}, error) { return struct{}{}, v.SealPerson(person, pin) }, func(_ struct{}, err error) {
		if err != nil {
			pp.problem.Say(errorSentence(err))
			return
		}
		pp.problem.Say("")
		pp.show(person)
	})
}

func pinSentence(err error, name string) string {
	if err == persistence.ErrWrongPIN {
		return lang.L("That PIN does not open {{.Name}}'s list. Nothing was changed; try again.", map[string]any{"Name": name})
	}
	return errorSentence(err)
}
