package compare

import (
	"crypto/rand"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// Together on this computer: two to four people, each picking their own
// name (a protected list asks its own PIN through kit's prompt). Two people
// compare as always; three or four compare every pair with the same engine
// (match.CompareGroup), and the result shows what all of them want and,
// separately, what each pair wants.

func (c *Compare) buildTogether() {
	c.bothMaybes = widget.NewCheck(maybesLabel(), nil)
	c.fantasies2 = widget.NewCheck(fantasiesLabel(), nil)
	c.compareBtn = widget.NewButtonWithIcon(lang.L("Compare"), theme.ConfirmIcon(), c.compareTogether)
	c.compareBtn.Importance = widget.HighImportance
	c.compareBtn.Disable()
	c.compareWhy = kit.DisabledReason()
	c.fewPeople = kit.Para(lang.L("Comparing on this computer needs two people, each with their own list. Add them in Checklist, where each of you answers privately."))
	c.fewPeople.Hide()
	c.form = widget.NewForm()
	c.addBtn = widget.NewButtonWithIcon(lang.L("Add another person"), theme.ContentAddIcon(), c.addPicker)
	c.addWhy = kit.DisabledReason()
	c.removeBtn = widget.NewButtonWithIcon(lang.L("Remove the last person"), theme.ContentRemoveIcon(), c.removePicker)
	c.addPicker()
	c.addPicker()
	c.first, c.second = c.pickers[0], c.pickers[1]
	c.together = container.NewVBox(
		kit.Para(lang.L("Each of you picks your own name. A list protected by a PIN asks for it; its owner types it.")),
		kit.Para(lang.L("Up to four people can compare here. With three or four, you see what all of you want and, separately, what each pair wants.")),
		c.fewPeople,
		c.form,
		container.NewHBox(c.addBtn, c.removeBtn),
		c.addWhy,
		c.bothMaybes,
		c.fantasies2,
		kit.RightAligned(c.compareBtn),
		c.compareWhy,
	)
}

// pickerLabel names the n-th person's line (0-based).
func pickerLabel(n int) string {
	switch n {
	case 0:
		return lang.L("First person")
	case 1:
		return lang.L("Second person")
	case 2:
		return lang.L("Third person")
	}
	return lang.L("Fourth person")
}

// addPicker adds a line for one more person, up to match.MaxGroup.
func (c *Compare) addPicker() {
	if len(c.pickers) >= match.MaxGroup {
		return
	}
	n := len(c.pickers)
	pk := newPersonPicker(c.env, c.problem, lang.L("Choose a person"), func() {
		c.offerOthers()
		c.update()
	})
	pk.except = func(id string) bool {
		for _, above := range c.pickers[:n] {
			if above.chosenID() == id {
				return true
			}
		}
		return false
	}
	c.pickers = append(c.pickers, pk)
	c.form.Append(pickerLabel(n), pk.sel)
	pk.setPeople(c.people)
	c.update()
	c.relayout()
}

// relayout lets the page grow or shrink with the lines of people.
func (c *Compare) relayout() {
	if c.together != nil {
		c.together.Refresh()
	}
	if c.home != nil {
		c.home.Refresh()
	}
}

// removePicker takes away the last line, down to two.
func (c *Compare) removePicker() {
	if len(c.pickers) <= 2 {
		return
	}
	last := c.pickers[len(c.pickers)-1]
	last.drop()
	c.pickers = c.pickers[:len(c.pickers)-1]
	c.form.Items = c.form.Items[:len(c.pickers)]
	c.form.Refresh()
	c.update()
	c.relayout()
}

// offerOthers lets each picker offer only the people not chosen above it.
func (c *Compare) offerOthers() {
	for _, pk := range c.pickers[1:] {
		pk.setPeople(c.people)
	}
}

// chosen is the people opened in the pickers, in order; nil when a line
// is still empty or its list not open.
func (c *Compare) chosenPeople() []*persistence.Person {
	var out []*persistence.Person
	for _, pk := range c.pickers {
		if pk.person == nil {
			return nil
		}
		out = append(out, pk.person)
	}
	return out
}

// update enables the buttons whose choices are made.
func (c *Compare) update() {
	if c.compareBtn == nil || c.me == nil {
		return // still being built
	}
	people := c.chosenPeople()
	why := ""
	switch {
	case people == nil && len(c.pickers) == 2:
		why = lang.L("Choose both of you above to compare.")
	case people == nil:
		why = lang.L("Choose everyone above to compare.")
	case !different(people):
		why = lang.L("Choose different people: each of you picks your own name.")
	}
	kit.EnableWhy(c.compareBtn, c.compareWhy, why == "", why)
	c.groupLabels()
	addWhy := lang.L("Everyone with a list on this computer has a line above. To compare more people, add them in Checklist first.")
	if len(c.pickers) >= match.MaxGroup {
		addWhy = lang.L("Up to four people can compare at once, so there is no room for another.")
	}
	kit.EnableWhy(c.addBtn, c.addWhy, len(c.pickers) < match.MaxGroup && len(c.pickers) < len(c.people), addWhy)
	kit.Enable(c.removeBtn, len(c.pickers) > 2)
	kit.EnableWhy(c.invite, c.inviteWhy, c.me.person != nil, lang.L("Choose your name above to create an invitation."))
	kit.Enable(c.invitePage, c.me.person != nil)
}

// groupLabels words the two choices for the number of people: "one or
// both of us" for two, "any of us" for three or four.
func (c *Compare) groupLabels() {
	maybes, fantasies := maybesLabel(), fantasiesLabel()
	if len(c.pickers) > 2 {
		maybes = lang.L("Also show things any of us said maybe to (\"worth talking about\")")
		fantasies = lang.L("Compare fantasies too (things any of us would only talk about or role-play)")
	}
	if c.bothMaybes.Text != maybes {
		c.bothMaybes.SetText(maybes)
	}
	if c.fantasies2.Text != fantasies {
		c.fantasies2.SetText(fantasies)
	}
}

func different(people []*persistence.Person) bool {
	seen := map[string]bool{}
	for _, p := range people {
		if seen[p.ID] {
			return false
		}
		seen[p.ID] = true
	}
	return true
}

// compareTogether compares the chosen people in the background.
func (c *Compare) compareTogether() {
	people := c.chosenPeople()
	if people == nil || !different(people) {
		c.problem.Say(lang.L("Choose different people first, one on each line."))
		return
	}
	maybes, fantasies := c.bothMaybes.Checked, c.fantasies2.Checked
	v, cat := c.env.Vault(), c.env.Catalog
	if v == nil { // Parley locked meanwhile
		return
	}
	c.compareBtn.Disable()
	c.problem.Say("")
	type outcome struct {
		saved   persistence.SavedComparison
		saveErr error
		conds   conditions
	}
	kit.Background(c.env, func() (outcome, error) {
		var ms []match.Person
		var sheets []*checklist.Sheet
		var custom []catalog.Activity
		var names, owners []string
		for _, p := range people {
			sheet, own, err := v.LoadChecklist(p)
			if err != nil {
				return outcome{}, err
			}
			m := match.Person{Sheet: sheet, Maybes: maybes, Fantasies: fantasies}
			if len(match.Tokens(cat, match.Starter, m)) == 0 {
				return outcome{}, nothingToCompare{p.Name}
			}
			ms, custom, sheets = append(ms, m), append(custom, own...), append(sheets, sheet)
			names, owners = append(names, p.Name), append(owners, p.ID)
		}
		withNames := cat.WithCustom(custom)
		var saved persistence.SavedComparison
		var conds conditions
		if len(ms) == 2 {
			res, err := match.Compare(rand.Reader, cat, ms[0], ms[1])
			if err != nil {
				return outcome{}, err
			}
			saved = savedResult(withNames, res, names[0], names[1], bothSides)
			conds = conditionsOf(saved, []side{starterSide, responderSide}, sheets, names)
		} else {
			g, err := match.CompareGroup(rand.Reader, cat, ms)
			if err != nil {
				return outcome{}, err
			}
			saved = savedGroup(withNames, g, names)
		}
		saved.Owners = owners
		kept, err := v.SaveComparison(saved)
		if err != nil {
			return outcome{saved: saved, saveErr: err, conds: conds}, nil
		}
		return outcome{saved: kept, conds: conds}, nil
	}, func(o outcome, err error) {
		c.update()
		if err != nil {
			c.problem.Say(compareSentence(err))
			return
		}
		c.dropPeople() // the comparison is made: every list closes
		c.showResultWith(o.saved, nil, o.saveErr, "", o.conds)
	})
}

// savedGroup turns a group's result into what the vault keeps: what all
// want, with who gives and who receives, and each pair's own result.
func savedGroup(cat *catalog.Catalog, g match.GroupResult, names []string) persistence.SavedComparison {
	sg := &persistence.SavedGroup{Names: names, MaybesCompared: g.MaybesCompared, FantasiesCompared: g.FantasiesCompared}
	sg.Everyone = groupMatches(cat, g.Everyone, names)
	sg.WorthTalking = groupMatches(cat, g.WorthTalking, names)
	sg.Fantasy = groupMatches(cat, g.Fantasy, names)
	for _, p := range g.Pairs {
		one := savedResult(cat, p.Result, names[p.First], names[p.Second], bothSides)
		sg.Pairs = append(sg.Pairs, persistence.SavedPair{
			FirstName: names[p.First], SecondName: names[p.Second],
			BothYes: one.BothYes, WorthTalking: one.WorthTalking, Fantasy: one.Fantasy,
			MaybesCompared: one.MaybesCompared, FantasiesCompared: one.FantasiesCompared,
		})
	}
	return persistence.SavedComparison{
		StarterName: names[0], ResponderName: names[1], CatalogVersion: g.CatalogVersion,
		MaybesCompared: g.MaybesCompared, FantasiesCompared: g.FantasiesCompared,
		Group: sg, Local: true,
	}
}

func groupMatches(cat *catalog.Catalog, ms []match.GroupMatch, names []string) []persistence.SavedGroupMatch {
	var out []persistence.SavedGroupMatch
	for _, m := range ms {
		one := savedMatch(cat, match.Match{Activity: m.Activity, Slot: match.SlotTogether}, "", "")
		gm := persistence.SavedGroupMatch{ActivityID: m.Activity, Name: one.Name, Category: one.Category, Together: m.Together}
		for _, i := range m.Givers {
			gm.GiverNames = append(gm.GiverNames, names[i])
		}
		for _, i := range m.Receivers {
			gm.ReceiverNames = append(gm.ReceiverNames, names[i])
		}
		out = append(out, gm)
	}
	rank := categoryRank(cat)
	slices.SortStableFunc(out, func(a, b persistence.SavedGroupMatch) int {
		if ra, rb := rank(a.Category), rank(b.Category); ra != rb {
			return ra - rb
		}
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	return out
}

// groupRoles says who gives and who receives in a group match, or Together.
func groupRoles(m persistence.SavedGroupMatch) string {
	if m.Together {
		return lang.L("Together")
	}
	data := map[string]any{"Givers": kit.JoinWords(m.GiverNames), "Receivers": kit.JoinWords(m.ReceiverNames)}
	switch {
	case len(m.GiverNames) == 1 && len(m.ReceiverNames) == 1:
		return lang.L("{{.Givers}} gives, {{.Receivers}} receives", data)
	case len(m.GiverNames) == 1:
		return lang.L("{{.Givers}} gives, {{.Receivers}} receive", data)
	case len(m.ReceiverNames) == 1:
		return lang.L("{{.Givers}} give, {{.Receivers}} receives", data)
	}
	return lang.L("{{.Givers}} give, {{.Receivers}} receive", data)
}

// groupList lists a group's matches under their category names.
func groupList(ms []persistence.SavedGroupMatch) *fyne.Container {
	box, category := container.NewVBox(), "\x00"
	for _, m := range ms {
		listRow(box, &category, m.Category, m.Name, groupRoles(m))
	}
	return box
}
