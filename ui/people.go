package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
)

// People picks whose list is open, adds people, and protects a person's
// list with a PIN. A protected list is open only while its owner uses it:
// picking it asks for the PIN every time, and the opened person is dropped
// (its key zeroed) as soon as the Checklist shows someone else or is left.
type People struct {
	app     *App
	vault   *persistence.Vault // the vault this screen was built on
	problem *problem
	onOpen  func(*persistence.Person)

	all     []persistence.Profile
	current *persistence.Person // the person on screen, nil on the chooser

	list    *fyne.Container // buttons, one per person
	add     *widget.Button
	name    *widget.Label
	seal    *widget.Button
	switchP *widget.Button
	choose  fyne.CanvasObject

	// the PIN prompt, while it is open (kept for the tests)
	pin    *widget.Entry
	pinDlg *dialog.FormDialog
	// the protect / change PIN dialog, while it is open
	sealDlg     dialog.Dialog
	sealProblem *problem
}

func newPeople(a *App, p *problem, onOpen func(*persistence.Person)) *People {
	pp := &People{app: a, vault: a.Vault(), problem: p, onOpen: onOpen, list: container.NewVBox()}
	pp.add = widget.NewButtonWithIcon(lang.L("Add a person"), theme.ContentAddIcon(), pp.askAdd)
	pp.add.Importance = widget.HighImportance
	pp.name = widget.NewLabel("")
	pp.name.TextStyle.Bold = true
	pp.name.SizeName = theme.SizeNameSubHeadingText
	pp.seal = widget.NewButtonWithIcon("", theme.VisibilityOffIcon(), pp.askSeal)
	pp.switchP = widget.NewButton(lang.L("Someone else"), pp.backToChooser)
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
	return container.NewHBox(pp.name, pp.switchP, pp.seal)
}

// live reports whether this screen's vault is still the open one: after a
// lock, a button of the gone screen (or of a closed dialog) does nothing.
func (pp *People) live() bool { return pp.app.stillOpen(pp.vault) }

func (pp *People) refresh() {
	if !pp.live() {
		return
	}
	v := pp.vault
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

// pick opens a person's list, asking for the PIN every time it is
// protected.
func (pp *People) pick(p persistence.Profile) {
	if !pp.live() {
		return
	}
	prompt := openProfile(pp.app, p, pp.problem, pp.show, func() {})
	pp.pin, pp.pinDlg = prompt.Entry, prompt.Dialog
}

// open opens a person's list with a PIN already typed (or none).
func (pp *People) open(p persistence.Profile, pin string) {
	if !pp.live() {
		return
	}
	v := pp.vault
	background(func() (*persistence.Person, error) { return v.OpenPerson(p.ID, pin) }, func(person *persistence.Person, err error) {
		if !pp.app.stillOpen(v) {
			return
		}
		if err != nil {
			pp.problem.Say(pinSentence(err, p.Name))
			return
		}
		pp.problem.Say("")
		pp.show(person)
	})
}

func (pp *People) show(person *persistence.Person) {
	if !pp.live() {
		forget(pp.app, person)
		return
	}
	if pp.current != nil && pp.current != person {
		pp.drop()
	}
	pp.current = person
	pp.name.SetText(person.Name)
	pp.switchP.SetText(lang.L("Someone else"))
	if person.Sealed {
		pp.switchP.SetText(lang.L("Close my list"))
		pp.seal.SetText(lang.L("Change PIN…"))
	} else {
		pp.seal.SetText(lang.L("Protect with a PIN…"))
	}
	pp.onOpen(person)
}

// drop forgets the person on screen: their key is zeroed once every save
// queued for them has run.
func (pp *People) drop() {
	if pp.current == nil {
		return
	}
	forget(pp.app, pp.current)
	pp.current = nil
}

// forget zeroes a person's key after the saves already queued for them.
func forget(a *App, p *persistence.Person) {
	if p == nil || !p.Sealed {
		return
	}
	a.saves.Save(func() error { p.Forget(); return nil }, nil)
}

// backToChooser closes the list on screen and shows everyone again.
func (pp *People) backToChooser() {
	if !pp.live() || pp.app.shell == nil {
		return
	}
	pp.app.shell.reopen()
}

func (pp *People) askAdd() {
	if !pp.live() {
		return
	}
	name, pronouns := newDialogEntry(), newDialogEntry()
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
	submitOnEnter(d, &name.Entry, &pronouns.Entry)
	escapeLeaves(pp.app.win, d.Hide, name, pronouns)
	pp.app.win.Canvas().Focus(name)
}

func (pp *People) add1(name, pronouns string) {
	if !pp.live() {
		return
	}
	v := pp.vault
	background(func() (persistence.Profile, error) {
		return v.AddProfile(persistence.Profile{Name: name, Pronouns: pronouns})
	}, func(p persistence.Profile, err error) {
		if !pp.app.stillOpen(v) {
			return
		}
		if err != nil {
			pp.problem.Say(errorSentence(err))
			return
		}
		pp.problem.Say("")
		pp.refresh()
		pp.open(p, "")
	})
}
