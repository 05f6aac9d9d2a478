package checklist

import (
	"errors"
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/kinklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// importer is "Bring in from KinkList…": paste the page's address (or its
// code) and, for an edited list, its list text; look at a preview of every
// answer that would come in and every item that would not (with why);
// confirm the level mapping and whether to replace answers already given;
// and only "Bring these in" saves (one transaction, vault.SaveImport). A
// protected list asks for its PIN again before anything is written, as
// every change of a protected list's PIN does: whoever sits at the
// keyboard now is not necessarily who opened the list.
//
// Decisions: the mapping starts at kinklist.DefaultLevels (Hard limit only
// if the person picks it for a level); a level can be left out; "Replace
// my answers" is off, so answers already in the checklist stay; the
// import's notes only fill empty notes (domain/kinklist decides both).
type importer struct {
	c       *Checklist
	person  *persistence.Person
	dlg     dialog.Dialog
	page    *fyne.Container // the step on screen
	problem *kit.Problem

	// the first step
	code    *kit.DialogEntry
	edited  *widget.Check
	list    *kit.DialogEntry
	showBtn *widget.Button
	showObj fyne.CanvasObject // showBtn as placed: Escape on it escapes

	// the preview
	choices []kinklist.Choice
	table   *kinklist.Table
	levels  kinklist.LevelMap
	replace *widget.Check
	preview kinklist.Preview
	bring   *widget.Button
	saving  bool
	shown   bool // the preview is on screen
}

// escape is Escape anywhere in the import: on the first step what the
// address field does (close, or ask once something was typed); on the
// preview it asks, as an address was pasted to get there.
func (imp *importer) escape() {
	if imp.shown || imp.code.Escape == nil {
		kit.AskLeave(imp.c.env.Window, imp.dlg.Hide, imp.c.env.Window.Canvas().Focused())
		return
	}
	imp.code.Escape()
}

// askImport opens the import on the person's open list.
func (c *Checklist) askImport() {
	if !c.listOpen() {
		return
	}
	imp := &importer{c: c, person: c.person, problem: kit.NewProblem(), levels: kinklist.DefaultLevels()}
	c.imp = imp
	imp.page = container.NewStack()
	imp.dlg = kit.NewCustomWithoutButtons(lang.L("Bring in from KinkList"), imp.page, imp.escape, c.env.Window)
	imp.showInput()
	imp.dlg.Resize(fyne.NewSize(700, 520))
	imp.dlg.Show()
	kit.EscapeLeaves(c.env.Window, imp.dlg.Hide, imp.code, imp.list)
	c.env.Window.Canvas().Focus(imp.code)
}

// showInput is the first step: where the answers come from.
func (imp *importer) showInput() {
	imp.shown = false
	if imp.code == nil {
		imp.code = kit.NewDialogEntry()
		imp.code.SetPlaceHolder(lang.L("The address of your KinkList page, or its code"))
		imp.list = kit.NewDialogEntry()
		imp.list.MultiLine = true
		imp.list.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as Fyne's multi-line entry
		imp.list.SetPlaceHolder(lang.L("Your list text, from KinkList's edit box"))
		imp.list.SetMinRowsVisible(5)
		imp.list.Hide()
		imp.edited = widget.NewCheck(lang.L("I edited my list in KinkList (paste its list text too)"), func(on bool) {
			imp.list.Hidden = !on
			imp.list.Refresh()
		})
		imp.showBtn, imp.showObj = kit.NewEscButton(imp.c.env.Window, lang.L("Show what would come in"), imp.read)
		imp.showBtn.Importance = widget.HighImportance
		imp.code.OnSubmitted = func(string) { imp.read() }
	}
	intro := kit.Para(lang.L("Paste the address of your filled-in KinkList page. Parley reads it here, on this computer; nothing is sent anywhere, and nothing is saved until you have seen what would come in and chosen “Bring these in”."))
	_, cancel := kit.NewEscButton(imp.c.env.Window, lang.L("Cancel"), imp.dlg.Hide)
	imp.setPage(container.NewBorder(nil, kit.RightAligned(cancel, imp.showObj), nil, nil,
		container.NewVScroll(container.NewVBox(intro, imp.code, imp.edited, imp.list, imp.problem))))
}

func (imp *importer) setPage(o fyne.CanvasObject) {
	imp.page.Objects = []fyne.CanvasObject{o}
	imp.page.Refresh()
}

// read decodes what was pasted and shows the preview, or says what is wrong
// (keeping what was pasted).
func (imp *importer) read() {
	if !imp.c.listOpen() || imp.c.person != imp.person {
		imp.dlg.Hide()
		return
	}
	defaultList, err := kinklist.ParseList(assets.KinkListDefault)
	if err == nil && imp.table == nil {
		imp.table, err = kinklist.ParseTable(assets.KinkListTable, defaultList, imp.c.env.Catalog)
	}
	if err != nil { // the bundled list or table: a broken build
		imp.problem.Say(kit.ErrorSentence(err))
		return
	}
	list := defaultList
	if imp.edited.Checked {
		if list, err = kinklist.ParseList(imp.list.Text); err != nil {
			imp.problem.Say(pasteProblem(err))
			return
		}
	}
	choices, err := kinklist.Decode(imp.code.Text, list)
	if err != nil {
		imp.problem.Say(pasteProblem(err))
		return
	}
	imp.problem.Say("")
	imp.choices = choices
	imp.showPreview()
}

// showPreview is the second step: the mapping, the choice to replace, every
// proposed answer and every item left out.
func (imp *importer) showPreview() {
	imp.shown = true
	imp.preview = kinklist.NewPreview(imp.choices, imp.table, imp.levels, imp.c.sheet, imp.c.index.Catalog())
	if imp.replace == nil {
		imp.replace = widget.NewCheck(lang.L("Replace my answers where my checklist already has one"), func(bool) { imp.showPreview() })
	}
	for i := range imp.preview.Answers {
		imp.preview.Answers[i].Replace = imp.replace.Checked
	}
	n := imp.coming()
	var bringObj fyne.CanvasObject
	imp.bring, bringObj = kit.NewEscButton(imp.c.env.Window, lang.L("Bring these in"), imp.confirm)
	imp.bring.Icon = theme.ConfirmIcon()
	imp.bring.Importance = widget.HighImportance
	why := kit.DisabledReason()
	if n == 0 {
		kit.EnableWhy(imp.bring, why, false, lang.L("Nothing would come in as things are. Choose an answer for a KinkList level above, or tick “Replace my answers where my checklist already has one”."))
	}
	_, back := kit.NewEscButton(imp.c.env.Window, lang.L("Back"), imp.showInput)
	_, cancel := kit.NewEscButton(imp.c.env.Window, lang.L("Cancel"), imp.dlg.Hide)
	body := container.NewVBox(
		kit.Para(kit.Plural(n, "{{.Count}} answer would come in. Nothing is saved until you choose “Bring these in”.", "{{.Count}} answers would come in. Nothing is saved until you choose “Bring these in”.", map[string]any{"Count": n})),
		kit.Subheading(lang.L("How KinkList's levels become answers")),
		imp.levelChoices(),
		imp.replace,
		kit.Subheading(lang.L("What would come in")),
		imp.proposedList(),
		kit.Subheading(lang.L("What would not come in")),
		imp.leftList(),
		imp.problem,
	)
	imp.setPage(container.NewBorder(nil, container.NewVBox(why, kit.RightAligned(back, cancel, bringObj)), nil, nil, container.NewVScroll(body)))
}

// coming counts the answers Confirm would write.
func (imp *importer) coming() int {
	return len(imp.preview.Confirm(imp.c.env.Now()).Writes())
}

// pasteProblem is what is wrong with a pasted code or list, in the
// screen's language: kinklist's sentence, or (for any other error, which
// the decoder does not promise) kit's.
func pasteProblem(err error) string {
	var e kinklist.Error
	if errors.As(err, &e) {
		return kit.SayMsg(e.Msg())
	}
	return kit.ErrorSentence(err)
}

// levelChoices is one drop-down per KinkList level: the Parley answer it
// becomes, or "Leave out".
func (imp *importer) levelChoices() fyne.CanvasObject {
	words := imp.c.words
	options := []string{}
	for _, a := range checklist.Answers {
		options = append(options, words.Answer(a))
	}
	options = append(options, lang.L("Leave out"))
	grid := container.NewGridWithColumns(2)
	for _, l := range kinklist.Levels {
		sel := widget.NewSelect(options, nil)
		if a, ok := imp.levels[l]; ok {
			sel.SetSelected(words.Answer(a))
		} else {
			sel.SetSelected(lang.L("Leave out"))
		}
		sel.OnChanged = func(string) {
			i := sel.SelectedIndex()
			if i >= 0 && i < len(checklist.Answers) {
				imp.levels[l] = checklist.Answers[i]
			} else {
				delete(imp.levels, l)
			}
			imp.showPreview()
		}
		grid.Add(widget.NewLabel(kit.SayMsg(l.Msg())))
		grid.Add(sel)
	}
	return grid
}

// proposedList is every proposed answer, with what the checklist holds now.
func (imp *importer) proposedList() fyne.CanvasObject {
	box := container.NewVBox()
	cat, words := imp.c.index.Catalog(), imp.c.words
	for _, p := range imp.preview.Answers {
		name := p.Key.Activity
		if a, ok := cat.Activity(p.Key.Activity); ok {
			name = a.Name
		}
		if d := words.Direction(p.Key.Direction); d != "" {
			name = lang.L("{{.Name}} ({{.Direction}})", map[string]any{"Name": name, "Direction": d})
		}
		line := lang.L("{{.Item}}: {{.Note}}", map[string]any{"Item": name, "Note": words.Answer(p.Answer)})
		switch {
		case p.Answer == checklist.Unanswered:
			line = lang.L("{{.Item}}: left out", map[string]any{"Item": name})
		case p.Current.Answer != checklist.Unanswered && !p.Replace:
			line = lang.L("{{.Item}}: stays {{.Current}} (your answer now; KinkList says {{.Proposed}})", map[string]any{"Item": name, "Current": words.Answer(p.Current.Answer), "Proposed": words.Answer(p.Answer)})
		case p.Current.Answer != checklist.Unanswered:
			line = lang.L("{{.Item}}: {{.Proposed}}, instead of your {{.Current}}", map[string]any{"Item": name, "Current": words.Answer(p.Current.Answer), "Proposed": words.Answer(p.Answer)})
		}
		box.Add(kit.Para("• " + line))
	}
	if len(imp.preview.Answers) == 0 {
		box.Add(kit.Para(lang.L("Nothing: no answer of this page maps to Parley's list with these levels.")))
	}
	return box
}

// leftList is every answered item the import leaves out, with its reason.
func (imp *importer) leftList() fyne.CanvasObject {
	box := container.NewVBox()
	for _, l := range imp.preview.Left {
		item := lang.L("{{.Category}}: {{.Item}} ({{.Column}}), {{.Level}}", map[string]any{"Category": l.Choice.Category, "Item": l.Choice.Item, "Column": l.Choice.Field, "Level": kit.SayMsg(l.Choice.Level.Msg())})
		box.Add(kit.Para("• " + item))
		box.Add(kit.Hint(kit.SayMsg(l.Reason.Msg())))
	}
	if len(imp.preview.Left) == 0 {
		box.Add(kit.Para(lang.L("Everything you answered in KinkList has a place here.")))
	}
	return box
}

// confirm is "Bring these in": for a protected list the PIN first, then
// the one transaction, then the list again from the vault.
func (imp *importer) confirm() {
	c := imp.c
	if imp.saving || !c.listOpen() || c.person != imp.person {
		return
	}
	confirmed := imp.preview.Confirm(c.env.Now())
	if !imp.person.Sealed {
		imp.save(imp.person, confirmed, false)
		return
	}
	kit.OpenProfile(c.env, imp.person.Profile, imp.problem, func(p *persistence.Person) {
		imp.save(p, confirmed, true)
	}, func() {})
}

// save writes the confirmed import for p (forgotten afterwards when it was
// opened for this alone) and reloads the list.
func (imp *importer) save(p *persistence.Person, confirmed kinklist.Confirmed, forget bool) {
	c := imp.c
	v := c.env.Vault()
	imp.saving = true
	imp.bring.Disable()
	c.env.Save(func() error {
		n, err := v.SaveImport(p, confirmed)
		if forget {
			p.Forget()
		}
		if err == nil {
			c.env.Do(func() { imp.saved(v, n) })
		}
		return err
	}, func(err error) {
		imp.saving = false
		imp.bring.Enable()
		imp.problem.Say(lang.L("The answers could not be brought in, so your checklist is as it was. {{.Reason}}", map[string]any{"Reason": kit.ErrorSentence(err)}))
	})
}

func (imp *importer) saved(v *persistence.Vault, n int) {
	c := imp.c
	imp.dlg.Hide()
	if !c.env.StillOpen(v) || c.person != imp.person {
		return
	}
	c.open(c.person)
	kit.ShowInformation(lang.L("Brought in"), kit.Plural(n, "{{.Count}} answer came in from KinkList. You can change it in your checklist.", "{{.Count}} answers came in from KinkList. You can change any of them in your checklist.", map[string]any{"Count": n}), c.env.Window)
}
