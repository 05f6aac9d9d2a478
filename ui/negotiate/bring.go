package negotiate

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"parleyapp.org/parley/ui/kit"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// pinAsk is the dialog asking for a sealed list's PIN.
type pinAsk struct {
	dlg     dialog.Dialog
	pin     *widget.Entry
	open    *widget.Button
	cancel  *widget.Button
	problem *kit.Problem
}

// limitChooser is the dialog where a person picks which of their
// checklist's limits go into the shared document.
type limitChooser struct {
	dlg    dialog.Dialog
	pid    string // the participant
	items  []negotiation.LimitItem
	hard   []bool
	checks []*widget.Check
	all    *widget.Button
	bring  *widget.Button
	cancel *widget.Button
}

// bringIn starts bringing a person's limits in from their checklist:
// straight away for an open list, after their PIN for a protected one,
// every time (a protected list is never taken from the session). The
// opened list is dropped once its limits are read; limits from a
// protected list are marked Protected, and the vault keeps them sealed to
// it (persistence: derived data).
func (ed *negEditor) bringIn(pid string) {
	profile := ed.person(pid).ProfileID
	v := ed.env.Vault()
	kit.Background(ed.env, v.Profiles, func(all []persistence.Profile, err error) {
		if err != nil {
			ed.problem.Say(kit.ErrorSentence(err))
			return
		}
		if p, ok := kit.ProfileByID(all, profile); ok {
			if p.Sealed {
				ed.askPIN(pid, p)
			} else {
				ed.openPerson(pid, p, "")
			}
			return
		}
		ed.problem.Say(lang.L("{{.Name}}'s list is no longer in Parley, so there is nothing to bring in. You can type their limits here instead.", map[string]any{"Name": ed.doc.NameOf(pid)}))
	})
}

// askPIN asks for the PIN of a sealed list.
func (ed *negEditor) askPIN(pid string, p persistence.Profile) {
	field := kit.NewDialogPassword()
	a := &pinAsk{pin: &field.Entry, problem: kit.NewProblem()}
	a.pin.SetPlaceHolder(lang.L("PIN"))
	win := ed.env.Window
	var openObj, cancelObj fyne.CanvasObject
	a.open, openObj = kit.NewEscButton(win, lang.L("Open"), func() { ed.openPerson(pid, p, a.pin.Text) })
	a.open.Importance = widget.HighImportance
	a.pin.OnSubmitted = func(string) { ed.openPerson(pid, p, a.pin.Text) }
	a.cancel, cancelObj = kit.NewEscButton(win, lang.L("Cancel"), func() { a.dlg.Hide(); ed.pinAsk = nil })
	body := container.NewVBox(
		kit.Para(lang.L("Only {{.Name}} should type this. Their list stays private; next, they choose which limits to write into this document.", map[string]any{"Name": p.Name})),
		field, a.problem, kit.RightAligned(cancelObj, openObj))
	a.dlg = dialog.NewCustomWithoutButtons(lang.L("{{.Name}}'s list is protected", map[string]any{"Name": p.Name}), body, ed.env.Window)
	a.dlg.Resize(fyne.NewSize(460, 240))
	ed.pinAsk = a
	a.dlg.Show()
	kit.EscapeLeaves(ed.env.Window, a.cancel.OnTapped, field)
	ed.env.Window.Canvas().Focus(field)
}

// openPerson opens a profile (with its PIN when sealed) for this one
// bringing-in, and loads its limits.
func (ed *negEditor) openPerson(pid string, p persistence.Profile, pin string) {
	v := ed.env.Vault()
	kit.Background(ed.env, func() (*persistence.Person, error) { return v.OpenPerson(p.ID, pin) }, func(person *persistence.Person, err error) {
		if err != nil {
			if ed.pinAsk != nil {
				ed.pinAsk.problem.Say(kit.PinSentence(err, p.Name))
			} else {
				ed.problem.Say(kit.PinSentence(err, p.Name))
			}
			return
		}
		if ed.pinAsk != nil {
			ed.pinAsk.dlg.Hide()
			ed.pinAsk = nil
		}
		ed.loadLimits(pid, person, p.Sealed)
	})
}

// loadLimits reads a person's checklist (which also checks the scene
// against it, and shows what was brought in from it before) and offers
// its limits.
func (ed *negEditor) loadLimits(pid string, person *persistence.Person, protected bool) {
	ed.readWithPIN(pid, person, func(l negotiation.Limits) {
		if protected {
			for i := range l.Hard {
				l.Hard[i].Protected = true
			}
			for i := range l.Soft {
				l.Soft[i].Protected = true
			}
		}
		ed.chooseLimits(pid, l)
	})
}

// chooseLimits lets the person pick which limits to bring in; nothing is
// ticked for them, and limits already in the document are left out.
func (ed *negEditor) chooseLimits(pid string, l negotiation.Limits) {
	name := ed.doc.NameOf(pid)
	have := ed.person(pid).Limits
	c := &limitChooser{pid: pid}
	list := container.NewVBox()
	add := func(title string, items []negotiation.LimitItem, hard bool, already []negotiation.LimitItem) {
		var fresh []negotiation.LimitItem
		for _, it := range items {
			if !containsLimit(already, it) {
				fresh = append(fresh, it)
			}
		}
		if len(fresh) == 0 {
			return
		}
		t := widget.NewLabel(title)
		t.TextStyle.Bold = true
		if hard {
			t.Importance = widget.DangerImportance
		}
		list.Add(t)
		for _, it := range fresh {
			label := it.Text
			if w := sideWords(it.Side); w != "" {
				label += " (" + w + ")"
			}
			if it.Condition != "" {
				label += ": " + it.Condition
			}
			check := kit.NewDialogCheck(ed.env.Window, label, nil) // Escape on it closes the dialog
			c.items, c.hard, c.checks = append(c.items, it), append(c.hard, hard), append(c.checks, &check.Check)
			list.Add(check)
		}
	}
	add(lang.L("Hard limits"), l.Hard, true, have.Hard)
	add(lang.L("Soft limits (not now)"), l.Soft, false, have.Soft)
	if len(c.items) == 0 {
		kit.ShowInformation(lang.L("Nothing new to bring in"),
			lang.L("{{.Name}}'s list has no limits that are not already in this document. Anything else can be typed here.", map[string]any{"Name": name}), ed.env.Window)
		return
	}
	win := ed.env.Window
	var allObj, cancelObj, bringObj fyne.CanvasObject
	c.all, allObj = kit.NewEscButton(win, lang.L("Tick them all"), func() {
		for _, ch := range c.checks {
			ch.SetChecked(true)
		}
	})
	c.all.Importance = widget.LowImportance
	c.cancel, cancelObj = kit.NewEscButton(win, lang.L("Cancel"), func() { c.dlg.Hide(); ed.chooser = nil })
	c.bring, bringObj = kit.NewEscButton(win, lang.L("Bring these in"), func() { ed.applyChosen(c) })
	c.bring.Importance = widget.HighImportance
	body := container.NewBorder(
		kit.Para(lang.L("These are the limits on {{.Name}}'s list. {{.Name}} chooses which ones go into this shared document; the others stay private.", map[string]any{"Name": name})),
		container.NewVBox(widget.NewSeparator(), container.NewHBox(allObj), kit.RightAligned(cancelObj, bringObj)),
		nil, nil, container.NewVScroll(list))
	c.dlg = dialog.NewCustomWithoutButtons(lang.L("Bring in {{.Name}}'s limits", map[string]any{"Name": name}), body, ed.env.Window)
	c.dlg.Resize(fyne.NewSize(560, 520))
	ed.chooser = c
	c.dlg.Show()
}

// applyChosen writes the ticked limits into the document.
func (ed *negEditor) applyChosen(c *limitChooser) {
	c.dlg.Hide()
	ed.chooser = nil
	if ed.doc.ParticipantIndex(c.pid) < 0 {
		return
	}
	p := ed.person(c.pid)
	n := 0
	for i, ch := range c.checks {
		if !ch.Checked {
			continue
		}
		n++
		if c.hard[i] {
			p.Limits.Hard = append(p.Limits.Hard, c.items[i])
		} else {
			p.Limits.Soft = append(p.Limits.Soft, c.items[i])
		}
	}
	if n == 0 {
		return
	}
	ed.rebuild(negotiation.SectionLimits)
	ed.changed()
}

// containsLimit reports whether the same limit is already in the list:
// the same activity and side, or the same words.
func containsLimit(list []negotiation.LimitItem, it negotiation.LimitItem) bool {
	for _, have := range list {
		if it.ActivityID != "" && have.ActivityID == it.ActivityID && have.Side == it.Side {
			return true
		}
		if it.ActivityID == "" && have.Side == it.Side && catalog.NormaliseName(have.Text) == catalog.NormaliseName(it.Text) {
			return true
		}
	}
	return false
}
