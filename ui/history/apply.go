package history

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/kit"
)

// histApply is where a person confirms which of their discoveries go into
// their own checklist. Nothing changes there until they do. The opened
// list (person) is held only while the page waits for the confirmation:
// it is dropped once the changes are written or the page is left.
type histApply struct {
	p       *histDebrief
	dp      *debriefPerson
	person  *persistence.Person
	sheet   *checklist.Sheet
	customs []catalog.Activity
	content fyne.CanvasObject
	problem *kit.Problem

	items   []*applyItem
	confirm *widget.Button
	notNow  *widget.Button
	back    fyne.CanvasObject
	status  *widget.Label
	failed  bool
}

// applyItem is one discovery on the page.
type applyItem struct {
	d        negotiation.Discovery
	check    *widget.Check  // nil when the list already says this
	category *widget.Select // for an activity new to the person's list
}

// askApply opens the person's own checklist (with their PIN when it is
// protected) and shows the changes for them to confirm.
func (dp *debriefPerson) askApply() {
	dp.p.flush()
	part := dp.p.doc.Participants[dp.idx]
	dp.openList(func(all []persistence.Profile) (persistence.Profile, bool) { return profileFor(part, all) },
		lang.L("{{.Name}} has no checklist in this vault, so there is nowhere to carry this yet. Once {{.Name}} has one (in Checklist), come back to this debrief.", map[string]any{"Name": dp.name()}),
		func(person *persistence.Person) {
			dp.reveal(person, dp.confirmChanges) // discoveries sealed to the list first
		})
}

// profileFor is the checklist profile of a person in a negotiation: the
// one linked, else the only one with the same name.
func profileFor(part negotiation.Participant, all []persistence.Profile) (persistence.Profile, bool) {
	var same []persistence.Profile
	for _, prof := range all {
		if part.ProfileID != "" && prof.ID == part.ProfileID {
			return prof, true
		}
		if strings.EqualFold(strings.TrimSpace(prof.Name), strings.TrimSpace(part.Name)) {
			same = append(same, prof)
		}
	}
	if part.ProfileID == "" && len(same) == 1 {
		return same[0], true
	}
	return persistence.Profile{}, false
}

type sheetData struct {
	sheet   *checklist.Sheet
	customs []catalog.Activity
}

// confirmChanges loads the person's list and shows the confirmation page.
func (dp *debriefPerson) confirmChanges(person *persistence.Person) {
	p := dp.p
	v := p.h.env.Vault()
	kit.Background(p.h.env, func() (sheetData, error) {
		s, c, err := v.LoadChecklist(person)
		return sheetData{s, c}, err
	}, func(x sheetData, err error) {
		if !p.h.env.StillOpen(v) || p.h.debrief != p {
			return
		}
		if err != nil {
			p.problem.Say(kit.ErrorSentence(err))
			return
		}
		p.h.apply = newHistApply(p, dp, person, x)
		p.h.show(p.h.apply.content)
	})
}

func newHistApply(p *histDebrief, dp *debriefPerson, person *persistence.Person, x sheetData) *histApply {
	ap := &histApply{p: p, dp: dp, person: person, sheet: x.sheet, customs: x.customs, problem: kit.NewProblem()}
	ap.back = kit.BackButton(lang.L("Back to the debrief"), ap.close)
	ap.confirm = widget.NewButton(lang.L("Change my checklist"), ap.apply)
	ap.confirm.Importance = widget.HighImportance
	ap.notNow = widget.NewButton(lang.L("Not now"), ap.close)
	notNow := ap.notNow
	ap.status = widget.NewLabel("")
	ap.status.Wrapping = fyne.TextWrapWord
	ap.status.Hide()

	rows := container.NewVBox()
	words := answerWords()
	pending := 0
	for _, d := range dp.deb.Discoveries {
		it := &applyItem{d: d}
		ap.items = append(ap.items, it)
		now := x.sheet.Get(d.Key()).Answer
		if now == d.Proposed {
			rows.Add(kit.Hint(lang.L("{{.What}}: already {{.Answer}} in your checklist.", map[string]any{"What": discoveryName(d), "Answer": words.Answer(now)})))
			continue
		}
		pending++
		it.check = widget.NewCheck(lang.L("{{.What}}: {{.From}} → {{.To}}", map[string]any{
			"What": discoveryName(d), "From": words.Answer(now), "To": words.Answer(d.Proposed)}), nil)
		it.check.SetChecked(true)
		rows.Add(it.check)
		if ap.isNewActivity(d) {
			it.category = ap.categoryChooser()
			rows.Add(container.NewHBox(kit.Hint(lang.L("New to your list. It goes under")), it.category))
		}
	}
	intro := lang.L("{{.Name}}, these are the changes from your debrief. Untick any you are not sure about; only what is ticked goes into your checklist, and the limits timeline in History will show it.", map[string]any{"Name": person.Name})
	actions := kit.RightAligned(notNow, ap.confirm)
	if pending == 0 {
		intro = lang.L("{{.Name}}, your checklist already says all of this. There is nothing to change.", map[string]any{"Name": person.Name})
		actions = kit.RightAligned(notNow)
		notNow.SetText(lang.L("Back to the debrief"))
	}
	ap.content = kit.Column(680,
		ap.back,
		kit.Heading(lang.L("Carry into {{.Name}}'s checklist", map[string]any{"Name": person.Name})),
		kit.Para(intro),
		widget.NewCard("", "", rows),
		ap.problem,
		ap.status,
		actions,
	)
	return ap
}

// discoveryName is the activity with its side: "Gag (receiving)".
func discoveryName(d negotiation.Discovery) string {
	name := kit.Capitalise(d.Name)
	if dir := answerWords().Direction(d.Direction); dir != "" {
		name += " (" + dir + ")"
	}
	return name
}

// isNewActivity reports whether the discovery names an activity that is
// neither in the catalog nor among the person's own.
func (ap *histApply) isNewActivity(d negotiation.Discovery) bool {
	if _, ok := catalogActivity(ap.p.h.env.Catalog, d.ActivityID); ok {
		return false
	}
	return !slices.ContainsFunc(ap.customs, func(c catalog.Activity) bool {
		return catalog.CustomID(c.Name) == d.ActivityID
	})
}

func (ap *histApply) categoryChooser() *widget.Select {
	var names []string
	if cat := ap.p.h.env.Catalog; cat != nil {
		for _, c := range cat.Categories {
			names = append(names, c.Name)
		}
	}
	s := widget.NewSelect(names, nil)
	if len(names) > 0 {
		s.SetSelectedIndex(0)
	}
	return s
}

func (ap *histApply) close() {
	ap.person = nil // the flow has ended: the list closes
	ap.p.h.apply = nil
	ap.p.h.show(ap.p.content)
}

// apply writes each ticked change to the person's checklist, with its
// change recorded for the limits timeline.
func (ap *histApply) apply() {
	a := ap.p.h.env
	v, person, now := a.Vault(), ap.person, a.Now()
	if person == nil {
		return
	}
	ap.confirm.Disable()
	ap.failed = false
	n := 0
	for _, it := range ap.items {
		if it.check == nil || !it.check.Checked {
			continue
		}
		n++
		k := it.d.Key()
		change, changed := ap.sheet.SetAnswer(k, it.d.Proposed, now)
		if note := strings.TrimSpace(it.d.Note); note != "" && strings.TrimSpace(ap.sheet.Get(k).Note) == "" {
			ap.sheet.SetNote(k, note)
		}
		entry := ap.sheet.Get(k)
		var rec *checklist.Change
		if changed {
			rec = &change
		}
		custom := ap.customActivity(it)
		a.Save(func() error {
			if custom != nil {
				if err := v.AddCustomActivity(person, *custom); err != nil {
					return err
				}
			}
			return v.SaveAnswer(person, k, entry, rec)
		}, func(error) { ap.failed = true })
		it.check.Disable()
	}
	a.Save(func() error {
		a.Do(func() { ap.done(n) })
		return nil
	}, nil)
}

// customActivity is the activity to add to the person's own list first,
// or nil when it is already there.
func (ap *histApply) customActivity(it *applyItem) *catalog.Activity {
	if it.category == nil || !ap.isNewActivity(it.d) {
		return nil
	}
	kind := catalog.Together
	if it.d.Direction != checklist.Together {
		kind = catalog.GiveReceive
	}
	c := catalog.Activity{Name: strings.TrimSpace(it.d.Name), Description: lang.L("Added from a debrief."), Kind: kind, Risk: catalog.RiskLow}
	if cat := ap.p.h.env.Catalog; cat != nil && it.category.SelectedIndex() >= 0 {
		c.Category = cat.Categories[it.category.SelectedIndex()].ID
	}
	ap.customs = append(ap.customs, c)
	return &c
}

func (ap *histApply) done(n int) {
	name := ap.dp.name()
	if ap.person != nil {
		name = ap.person.Name
	}
	ap.person = nil // written: the list closes (the page shows only what it did)
	ap.confirm.Hide()
	ap.notNow.SetText(lang.L("Back to the debrief"))
	if ap.failed {
		ap.problem.Say(lang.L("Some changes could not be saved, so your checklist may not show them yet. Check that the disk is not full, then go back to the debrief and carry them in again."))
		return
	}
	data := map[string]any{"N": n, "Name": name}
	kit.Say(ap.status, kit.Plural(n, "Done: the change is now in {{.Name}}'s checklist.", "Done: {{.N}} changes are now in {{.Name}}'s checklist.", data))
}
