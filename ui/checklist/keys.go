package checklist

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// typedKey: arrows move the selection, Enter opens the note.
func (c *Checklist) typedKey(e *fyne.KeyEvent) bool {
	switch e.Name {
	case fyne.KeyDown:
		c.move(1)
	case fyne.KeyUp:
		c.move(-1)
	case fyne.KeyReturn, fyne.KeyEnter:
		if c.sel >= 0 {
			c.env.Window.Canvas().Focus(c.note)
		}
	default:
		return false
	}
	return true
}

// typedRune: 1-5 answer the selected row (checklist.Answers' order: Yes,
// Maybe, Not now, Hard limit, Fantasy only, as on the invitation page).
func (c *Checklist) typedRune(r rune) bool {
	if r < '1' || int(r-'1') >= len(checklist.Answers) || c.sel < 0 {
		return false
	}
	c.answer(c.sel, checklist.Answers[r-'1'])
	return true
}

func (c *Checklist) move(by int) {
	i := c.sel + by
	if c.sel < 0 {
		i = 0
	}
	if i < 0 || i >= len(c.rows) {
		return
	}
	c.list.Select(i)
	c.list.ScrollTo(i)
}

// noteSoon saves the note a moment after the person stops typing (well
// within a second), so a crash or a lock loses nothing.
func (c *Checklist) noteSoon() {
	k := c.noteKey
	time.AfterFunc(600*time.Millisecond, func() {
		c.env.Do(func() {
			if c.noteKey == k {
				c.flushNote()
			}
		})
	})
}

func (c *Checklist) flushNote() {
	if !c.noteDirty || !c.listOpen() {
		return
	}
	c.noteDirty = false
	c.sheet.SetNote(c.noteKey, c.note.Text)
	c.persist(c.noteKey, nil)
	for i := range c.rows {
		if c.rows[i].Key() == c.noteKey {
			c.rows[i].Entry = c.sheet.Get(c.noteKey)
		}
	}
}

// Where the person left off: category and activity, kept in the vault.
func (c *Checklist) placeKey() string { return "checklist_place:" + c.person.ID }

func (c *Checklist) savePlace() {
	if c.person == nil || c.sel < 0 || c.sel >= len(c.rows) {
		return
	}
	v, key := c.env.Vault(), c.placeKey()
	k := c.rows[c.sel].Key()
	place := c.filter.Category + "|" + k.Activity + "|" + k.Direction.String()
	c.env.Save(func() error { return v.SetSetting(key, place) }, nil)
}

func (c *Checklist) restorePlace(v *persistence.Vault) {
	place, ok, err := v.Setting(c.placeKey())
	if err != nil || !ok {
		c.catList.Select(0)
		return
	}
	parts := strings.SplitN(place, "|", 3)
	if len(parts) != 3 {
		return
	}
	c.catList.Select(0)
	for i, p := range c.cats {
		if p.Category == parts[0] {
			c.catList.Select(i + 1)
		}
	}
	want := checklist.Key{Activity: parts[1], Direction: checklist.ParseDirection(parts[2])}
	for i, r := range c.rows {
		if r.Key() == want {
			c.list.Select(i)
			c.list.ScrollTo(i)
			return
		}
	}
}

// askCustom adds an activity of the person's own.
func (c *Checklist) askCustom() {
	if !c.listOpen() {
		return
	}
	name, desc := kit.NewDialogEntry(), kit.NewDialogEntry()
	why := kit.DisabledReason()
	name.Validator = func(s string) error {
		if catalog.NormaliseName(s) == "" {
			return kit.ErrNotYet
		}
		return nil
	}
	name.OnChanged = func(s string) {
		if catalog.NormaliseName(s) == "" {
			kit.Say(why, lang.L("Give the activity a name to add it."))
			return
		}
		kit.Say(why, "")
	}
	name.OnChanged("")
	var catNames []string
	for _, k := range c.env.Catalog.Categories {
		catNames = append(catNames, k.Name)
	}
	cat := kit.NewDialogSelect(c.env.Window, catNames, nil)
	cat.SetSelectedIndex(c.viewedCategory())
	dir := kit.NewDialogCheck(c.env.Window, lang.L("One person gives, the other receives"), nil)
	risk := customRiskChoice(c.env.Window)
	who, whoHint := c.whoSeesIt()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Description"), desc),
		widget.NewFormItem(lang.L("Category"), cat),
		widget.NewFormItem("", dir),
		widget.NewFormItem(lang.L("Risk"), risk),
		// why sits in the last row's column, not a row of its own: Fyne's
		// form keeps a row whose label is empty even when its widget is
		// hidden, so a named activity left a blank band there. The dialog
		// keeps its size, so Add does not move as the line comes and goes.
		widget.NewFormItem(lang.L("Who sees it"), container.NewVBox(who, whoHint, why)),
	}
	d := kit.NewForm(lang.L("Add your own activity"), lang.L("Add"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		c.addActivity(name.Text, desc.Text, c.env.Catalog.Categories[cat.SelectedIndex()].ID, dir.Checked, customRisks[risk.SelectedIndex()], who.Selected == shareChoice())
	}, c.env.Window)
	d.Resize(fyne.NewSize(560, 460))
	d.Show()
	kit.SubmitFormOnEnter(d, &name.Entry, &desc.Entry)
	kit.EscapeLeaves(c.env.Window, d.Hide, name, desc)
	c.env.Window.Canvas().Focus(name)
}

// customRisks are the add dialog's risk choices, "not known" first: Parley
// cannot judge what a person typed, so nothing is called lower risk unless
// the person says so (issue 13).
var customRisks = []catalog.Risk{catalog.RiskUnknown, catalog.RiskLow, catalog.RiskMedium, catalog.RiskHigh}

func customRiskChoice(win fyne.Window) *kit.DialogSelect {
	var names []string
	for _, r := range customRisks {
		names = append(names, riskLevel(r))
	}
	s := kit.NewDialogSelect(win, names, nil)
	s.SetSelectedIndex(0)
	return s
}

// ownChoice and shareChoice are the add dialog's "Who sees it" answers.
func ownChoice() string   { return lang.L("Only me") }
func shareChoice() string { return lang.L("Everyone on this computer") }

// whoSeesIt asks whether a new activity is the person's own or shared. An
// own one is only in this person's list (and sealed with their PIN when
// they have one); a shared one is in everyone's list, PIN or not, so the
// hint says so before anything is added. Only me comes first.
func (c *Checklist) whoSeesIt() (*kit.DialogRadio, *widget.Label) {
	hint := kit.Para("")
	hint.Importance = widget.LowImportance
	own := lang.L("Only in {{.Name}}'s list.", map[string]any{"Name": c.person.Name})
	if c.person.Sealed {
		own = lang.L("Only in {{.Name}}'s list, protected by the PIN like the rest of it.", map[string]any{"Name": c.person.Name})
	}
	who := kit.NewDialogRadio(c.env.Window, []string{ownChoice(), shareChoice()}, func(s string) {
		hint.SetText(own)
		if s == shareChoice() {
			hint.SetText(lang.L("Everyone who uses Parley on this computer will see its name and description in their list, even behind a PIN. Each person's answer to it stays their own."))
		}
	})
	who.Required = true
	who.SetSelected(ownChoice())
	return who, hint
}

// addActivity adds a custom activity: the person's own, or shared by
// everyone on this computer.
func (c *Checklist) addActivity(name, desc, category string, giveReceive bool, risk catalog.Risk, shared bool) {
	if !c.listOpen() {
		return
	}
	if catalog.NormaliseName(name) == "" {
		c.problem.Say(lang.L("An activity needs a name, so nothing was added."))
		return
	}
	if _, exists := c.index.Catalog().Activity(catalog.CustomID(name)); exists || c.nameTaken(name) {
		c.problem.Say(lang.L("That activity is already on the list: search for it by name."))
		return
	}
	if strings.TrimSpace(desc) == "" {
		desc = lang.L("Added by you.")
		if shared {
			desc = lang.L("Added by someone on this computer.")
		}
	}
	kind := catalog.Together
	if giveReceive {
		kind = catalog.GiveReceive
	}
	a := catalog.Activity{Name: strings.TrimSpace(name), Description: strings.TrimSpace(desc), Category: category, Kind: kind,
		Risk: risk, RiskChosen: risk != catalog.RiskUnknown, Shared: shared}
	v, p := c.env.Vault(), c.person
	c.env.Save(func() error {
		if shared {
			return v.AddSharedActivity(a)
		}
		return v.AddCustomActivity(p, a)
	}, func(err error) {
		c.problem.Say(kit.ErrorSentence(err))
	})
	c.custom = append(c.custom, a)
	c.index = checklist.NewIndex(c.env.Catalog.WithCustom(c.custom))
	c.problem.Say("")
	c.showAdded(a)
}

// viewedCategory is the add dialog's default category: the one on screen,
// else the selected row's, else the first.
func (c *Checklist) viewedCategory() int {
	id := c.filter.Category
	if k, ok := c.selectedKey(); id == "" && ok {
		if a, found := c.index.Catalog().Activity(k.Activity); found {
			id = a.Category
		}
	}
	for i, k := range c.env.Catalog.Categories {
		if k.ID == id {
			return i
		}
	}
	return 0
}

// showAdded brings a new activity into view where the person is: its
// category, every answer shown, the search set to its name, and its first
// row selected.
func (c *Checklist) showAdded(a catalog.Activity) {
	c.show.SetSelectedIndex(0)
	for i, p := range c.cats {
		if p.Category == a.Category {
			c.catList.Select(i + 1)
		}
	}
	c.search.SetText(a.Name)
	id := catalog.CustomID(a.Name)
	for i, r := range c.rows {
		if r.Activity.ID == id {
			c.list.Select(i)
			c.list.ScrollTo(i)
			return
		}
	}
}

func (c *Checklist) nameTaken(name string) bool {
	n := catalog.NormaliseName(name)
	for _, a := range c.index.Catalog().Activities {
		if catalog.NormaliseName(a.Name) == n {
			return true
		}
	}
	return false
}

// showSummary: counts per answer, the person's limits, their fantasies
// (apart from the limits and from the Yes answers: "fantasy only" is
// neither), and the answers that carry a condition.
func (c *Checklist) showSummary() {
	if !c.listOpen() {
		return
	}
	s := c.index.Summary(c.sheet, c.words)
	box := container.NewVBox()
	var counts []string
	for _, a := range checklist.Answers {
		counts = append(counts, kit.Plural(s.Counts[a], "{{.Answer}}: {{.Count}}", "{{.Answer}}: {{.Count}}", map[string]any{"Answer": c.words.Answer(a), "Count": s.Counts[a]}))
	}
	box.Add(kit.Para(strings.Join(counts, "   ·   ")))
	box.Add(limitList(lang.L("Hard limits"), s.Hard, lang.L("No hard limits yet.")))
	box.Add(limitList(lang.L("Soft limits (not now)"), s.Soft, lang.L("No soft limits yet.")))
	box.Add(wishList(lang.L("Fantasy only: to talk about or role-play, not to do"), s.Fantasy, lang.L("No fantasies marked yet.")))
	box.Add(wishList(lang.L("Yes or Maybe, with a condition"), s.Conditional, lang.L("No conditions set yet.")))
	d := kit.NewCustom(lang.L("{{.Name}}'s summary", map[string]any{"Name": c.person.Name}), lang.L("Close"), container.NewVScroll(box), c.env.Window)
	d.Resize(fyne.NewSize(620, 560))
	d.Show()
}

// wishList is a summary section of fantasies or conditional answers.
func wishList(title string, ws []checklist.Wish, none string) fyne.CanvasObject {
	ls := make([]checklist.Limit, len(ws))
	for i, w := range ws {
		ls[i] = w.Limit
		if w.Conditions != "" {
			ls[i].Note = joinNote(w.Conditions, w.Note)
		}
	}
	return limitList(title, ls, none)
}

// joinNote puts a condition in words before the person's own note.
func joinNote(cond, note string) string {
	if note == "" {
		return cond
	}
	return lang.L("{{.Condition}}; {{.Note}}", map[string]any{"Condition": cond, "Note": note})
}

func limitList(title string, ls []checklist.Limit, none string) fyne.CanvasObject {
	box := container.NewVBox(kit.Subheading(title))
	if len(ls) == 0 {
		box.Add(kit.Para(none))
	}
	for _, l := range ls {
		line := l.Name
		if l.Direction != "" {
			line = lang.L("{{.Name}} ({{.Direction}})", map[string]any{"Name": l.Name, "Direction": l.Direction})
		}
		if l.Note != "" {
			line = lang.L("{{.Item}}: {{.Note}}", map[string]any{"Item": line, "Note": l.Note})
		}
		box.Add(kit.Para("• " + line))
	}
	return box
}
