package kit

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
	env     Env
	vault   *persistence.Vault // the vault this screen was built on
	problem *Problem
	onOpen  func(*persistence.Person)

	All     []persistence.Profile // everyone on the chooser, as last read
	current *persistence.Person   // the person on screen, nil on the chooser

	list       *fyne.Container // buttons, one per person
	AddButton  *widget.Button  // "Add a person"
	name       *widget.Label
	SealButton *widget.Button // "Protect with a PIN…" or "Change PIN…"
	switchP    *widget.Button
	choose     fyne.CanvasObject

	// the protect / change PIN dialog, while it is open
	SealDialog  dialog.Dialog
	SealProblem *Problem
}

// NewPeople is the person bar and chooser of a screen built on env's open
// vault; problem says what went wrong, onOpen hears of the person opened.
func NewPeople(env Env, p *Problem, onOpen func(*persistence.Person)) *People {
	pp := &People{env: env, vault: env.Vault(), problem: p, onOpen: onOpen, list: container.NewVBox()}
	pp.AddButton = widget.NewButtonWithIcon(lang.L("Add a person"), theme.ContentAddIcon(), pp.AskAdd)
	pp.AddButton.Importance = widget.HighImportance
	pp.name = widget.NewLabel("")
	pp.name.TextStyle.Bold = true
	pp.name.SizeName = theme.SizeNameSubHeadingText
	pp.SealButton = widget.NewButtonWithIcon("", theme.VisibilityOffIcon(), pp.AskSeal)
	pp.switchP = widget.NewButton(lang.L("Someone else"), pp.BackToChooser)
	pp.choose = Column(560,
		Heading(lang.L("Checklist")),
		Para(lang.L("Each person answers on their own, for each activity: Yes, Maybe, Not now (a soft limit), Hard limit, or Fantasy only (to talk about or role-play, not to do). Nobody else sees your answers; a comparison shows only what you both want.")),
		p,
		pp.list,
		RightAligned(pp.AddButton),
	)
	return pp
}

// Chooser is the page that lists everyone, to pick whose list opens.
func (pp *People) Chooser() fyne.CanvasObject { return pp.choose }

// Current is the person on screen, or nil on the chooser.
func (pp *People) Current() *persistence.Person { return pp.current }

// bar is the strip above the categories: whose list this is, and actions.
func (pp *People) Bar() fyne.CanvasObject {
	return container.NewHBox(pp.name, pp.switchP, pp.SealButton)
}

// live reports whether this screen's vault is still the open one: after a
// lock, a button of the gone screen (or of a closed dialog) does nothing.
func (pp *People) Live() bool { return pp.env.StillOpen(pp.vault) }

func (pp *People) Refresh() {
	if !pp.Live() {
		return
	}
	v := pp.vault
	Background(pp.env, v.Profiles, func(all []persistence.Profile, err error) {
		if !pp.env.StillOpen(v) {
			return
		}
		if err != nil {
			pp.problem.Say(ErrorSentence(err))
			return
		}
		pp.All = all
		pp.list.Objects = nil
		if len(all) == 0 {
			pp.list.Add(Para(lang.L("Nobody is here yet. Add yourself to begin; your partner can add themselves too.")))
		}
		for _, p := range all {
			p := p
			icon := theme.AccountIcon()
			label := p.Name
			if p.Sealed {
				icon = theme.VisibilityOffIcon()
				label = lang.L("{{.Name}} (protected by a PIN)", map[string]any{"Name": p.Name})
			}
			b := widget.NewButtonWithIcon(label, icon, func() { pp.Pick(p) })
			b.Alignment = widget.ButtonAlignLeading
			pp.list.Add(b)
		}
		pp.list.Refresh()
	})
}

// pick opens a person's list, asking for the PIN every time it is
// protected.
func (pp *People) Pick(p persistence.Profile) {
	if !pp.Live() {
		return
	}
	OpenProfile(pp.env, p, pp.problem, pp.Show, func() {})
}

// open opens a person's list with a PIN already typed (or none).
func (pp *People) Open(p persistence.Profile, pin string) {
	if !pp.Live() {
		return
	}
	v := pp.vault
	Background(pp.env, func() (*persistence.Person, error) { return v.OpenPerson(p.ID, pin) }, func(person *persistence.Person, err error) {
		if !pp.env.StillOpen(v) {
			return
		}
		if err != nil {
			pp.problem.Say(PinSentence(err, p.Name))
			return
		}
		pp.problem.Say("")
		pp.Show(person)
	})
}

func (pp *People) Show(person *persistence.Person) {
	if !pp.Live() {
		pp.forget(person)
		return
	}
	if pp.current != nil && pp.current != person {
		pp.Drop()
	}
	pp.current = person
	pp.name.SetText(person.Name)
	pp.switchP.SetText(lang.L("Someone else"))
	if person.Sealed {
		pp.switchP.SetText(lang.L("Close my list"))
		pp.SealButton.SetText(lang.L("Change PIN…"))
	} else {
		pp.SealButton.SetText(lang.L("Protect with a PIN…"))
	}
	pp.onOpen(person)
}

// drop forgets the person on screen: their key is zeroed once every save
// queued for them has run.
func (pp *People) Drop() {
	if pp.current == nil {
		return
	}
	pp.forget(pp.current)
	pp.current = nil
}

// forget zeroes a person's key after the saves already queued for them.
func (pp *People) forget(p *persistence.Person) {
	if p == nil || !p.Sealed {
		return
	}
	pp.env.Save(func() error { p.Forget(); return nil }, nil)
}

// backToChooser closes the list on screen and shows everyone again.
func (pp *People) BackToChooser() {
	if !pp.Live() || pp.env.Reopen == nil {
		return
	}
	pp.env.Reopen()
}

func (pp *People) AskAdd() {
	if !pp.Live() {
		return
	}
	name, pronouns := NewDialogEntry(), NewDialogEntry()
	pronouns.SetPlaceHolder(lang.L("Optional, for example she/her or they/them"))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Pronouns"), pronouns),
	}
	d := NewForm(lang.L("Add a person"), lang.L("Add"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			pp.AddPerson(name.Text, pronouns.Text)
		}
	}, pp.env.Window)
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
	SubmitFormOnEnter(d, &name.Entry, &pronouns.Entry)
	EscapeLeaves(pp.env.Window, d.Hide, name, pronouns)
	pp.env.Window.Canvas().Focus(name)
}

// AddPerson adds a person (what "Add a person" does once the name is typed)
// and opens their new list.
func (pp *People) AddPerson(name, pronouns string) {
	if !pp.Live() {
		return
	}
	v := pp.vault
	Background(pp.env, func() (persistence.Profile, error) {
		return v.AddProfile(persistence.Profile{Name: name, Pronouns: pronouns})
	}, func(p persistence.Profile, err error) {
		if !pp.env.StillOpen(v) {
			return
		}
		if err != nil {
			pp.problem.Say(ErrorSentence(err))
			return
		}
		pp.problem.Say("")
		pp.Refresh()
		pp.Open(p, "")
	})
}
