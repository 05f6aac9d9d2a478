package checklist

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// catListWidth is the category list's narrowest width: "Sensory
// deprivation" on one line beside its count.
const catListWidth = 200

// Checklist is where one person answers Yes / Maybe / Not now / Hard limit
// / Fantasy only for each activity, privately.
type Checklist struct {
	env     kit.Env
	content *fyne.Container
	words   checklist.Words
	people  *kit.People

	// the open person's list
	person *persistence.Person
	sheet  *checklist.Sheet
	index  *checklist.Index
	custom []catalog.Activity
	rows   []checklist.Row
	filter checklist.Filter
	cats   []checklist.Progress
	sel    int // index into rows, -1 for none

	catList    *categoryList
	search     *widget.Entry
	show       *widget.Select
	list       *answerList
	overall    *kit.ProgressLine
	counts     *widget.Label
	addOwn     *widget.Button
	summaryBtn *widget.Button
	moreBtn    *widget.Button // "More…": bring in from KinkList, export
	imp        *importer      // the latest "Bring in from KinkList…"
	problem    *kit.Problem
	emptyList  *widget.Label

	detail      *fyne.Container
	detailName  *widget.Label
	detailDir   *widget.Label
	detailDesc  *widget.Label
	detailRisk  *widget.Label
	detailFlags *widget.Label
	note        *noteEntry
	cond        *conditions       // "Only with…" on a Yes or a Maybe
	fantasy     *widget.Label     // what the fifth answer means
	details     *container.Scroll // around the details panel, for the note's wheel
	noteKey     checklist.Key
	noteDirty   bool
	noDetail    *widget.Label // the panel's empty state: nothing selected
	quiet       bool          // selecting for a filter change: focus stays where it is

	// row heights follow the wrapped names at the lists' widths
	fitter     *rowFitter
	listWidth  float32
	catWidth   float32
	rowRight   float32 // width of a row's answers and Tried
	rowBase    float32 // height of a one-line row
	rowName    float32 // height of a one-line name
	rowButtons float32 // height of the answers and Tried
}

// showChoices are the "Show" filter's entries, in order.
func (c *Checklist) showChoices() []string {
	return []string{lang.L("Everything"), lang.L("Not answered yet"), c.words.Yes, c.words.Maybe, c.words.No, c.words.HardLimit, c.words.FantasyOnly}
}

// New builds the checklist screen, on the person chooser.
func New(env kit.Env) kit.Screen {
	c := &Checklist{env: env, words: checklist.BritishWords().Translate(func(s string) string { return lang.L(s) }), sel: -1, fitter: newRowFitter()}
	c.content = container.NewStack()
	c.problem = kit.NewProblem()
	c.people = kit.NewPeople(env, c.problem, c.open)
	c.buildList()
	c.content.Objects = []fyne.CanvasObject{c.people.Chooser()}
	c.people.Refresh()
	return c
}

// View is the screen's content.
func (c *Checklist) View() fyne.CanvasObject { return c.content }

// Leave saves a note still being typed and where the person was, then
// closes their list: nothing of it stays in memory once the Checklist is
// left, and a protected list asks for its PIN again next time.
func (c *Checklist) Leave() {
	c.save()
	c.closeList()
}

// save keeps a note still being typed and where the person was.
func (c *Checklist) save() {
	c.flushNote()
	c.savePlace()
}

// listOpen reports whether a person's list is on screen and its vault
// still open: a button of a closed list (or of a locked Parley) does nothing.
func (c *Checklist) listOpen() bool {
	return c.sheet != nil && c.person != nil && c.people.Live()
}

// closeList drops the open person's list from the screen and from memory.
func (c *Checklist) closeList() {
	c.people.Drop()
	c.person, c.sheet, c.index, c.custom, c.rows, c.cats = nil, nil, nil, nil, nil, nil
	c.sel, c.noteDirty = -1, false
	c.note.OnChanged = nil
	c.note.SetText("")
	c.content.Objects = []fyne.CanvasObject{c.people.Chooser()}
	c.content.Refresh()
}

func (c *Checklist) buildList() {
	c.search = widget.NewEntry()
	c.search.SetPlaceHolder(lang.L("Search activities"))
	c.search.OnChanged = func(s string) { c.filter.Search = s; c.refilter() }
	c.show = widget.NewSelect(c.showChoices(), func(string) { c.setShow(c.show.SelectedIndex()) })
	c.overall = kit.NewProgressLine()
	c.counts = widget.NewLabel("")
	c.addOwn = widget.NewButtonWithIcon(lang.L("Add your own…"), theme.ContentAddIcon(), c.askCustom)
	c.summaryBtn = widget.NewButtonWithIcon(lang.L("Summary"), theme.ListIcon(), c.showSummary)
	c.moreBtn = widget.NewButtonWithIcon(lang.L("More…"), theme.MoreVerticalIcon(), c.showMore)
	c.emptyList = kit.Para(lang.L("Nothing matches. Try another word, or show everything."))
	c.emptyList.Hide()

	c.catList = newCategoryList(
		func() int { return len(c.cats) + 1 },
		func() fyne.CanvasObject {
			name := widget.NewLabel("Power exchange and protocol")
			name.Wrapping = fyne.TextWrapWord // full names, on two lines when narrow
			n := widget.NewLabel("000/000")
			n.Importance = widget.LowImportance
			return container.NewBorder(nil, nil, nil, n, name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			name, n := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
			p := checklist.Overall(c.cats)
			title := lang.L("All activities")
			if i > 0 {
				p = c.cats[i-1]
				title = c.categoryName(p.Category)
			}
			name.SetText(title)
			n.SetText(fmt.Sprintf("%d/%d", p.Answered, p.Total))
		})
	c.catList.OnSelected = func(i widget.ListItemID) {
		c.filter.Category = ""
		if i > 0 {
			c.filter.Category = c.cats[i-1].Category
		}
		c.refilter()
	}

	c.list = newAnswerList(
		func() int { return len(c.rows) },
		func() fyne.CanvasObject { return newAnswerRow(c.words).box },
		func(i widget.ListItemID, o fyne.CanvasObject) { c.updateRow(i, o) },
	)
	c.list.OnSelected = func(i widget.ListItemID) {
		if !c.quiet {
			c.selectRow(i)
		}
	}
	c.list.onKey = c.typedKey
	c.list.onRune = c.typedRune

	c.detailName = kit.Subheading("")
	c.detailDir = widget.NewLabel("")
	c.detailDesc = kit.Para("")
	c.detailRisk = kit.Para("")
	c.detailFlags = kit.Para("")
	c.detailFlags.Importance = widget.LowImportance
	c.note = newNoteEntry(func() *container.Scroll { return c.details })
	c.note.SetPlaceHolder(lang.L("A note for yourself: the conditions of a maybe, the detail of a limit…"))
	c.note.SetMinRowsVisible(2)
	c.note.OnChanged = func(string) { c.noteDirty = true; c.env.Touch(); c.noteSoon() }
	c.note.onEscape = func() { c.flushNote(); c.env.Window.Canvas().Focus(c.list) }
	c.detailName.Wrapping = fyne.TextWrapWord
	c.cond = newConditions(c.setCondition)
	c.fantasy = fantasyLine()
	c.detail = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, c.detailDir, c.detailName), c.detailDesc, c.detailRisk, c.detailFlags, c.fantasy, c.note, c.cond.box)
	c.detail.Hide()
	c.noDetail = kit.Para(lang.L("Pick an activity to read what it means and to write yourself a note."))
	c.noDetail.Importance = widget.LowImportance
}

// open shows a person's list (already unsealed by People).
func (c *Checklist) open(p *persistence.Person) {
	c.save()
	v := c.env.Vault()
	if v == nil {
		return
	}
	type loaded struct {
		sheet  *checklist.Sheet
		custom []catalog.Activity
	}
	kit.Background(c.env, func() (loaded, error) {
		sheet, custom, err := v.LoadChecklist(p)
		return loaded{sheet, custom}, err
	}, func(l loaded, err error) {
		if !c.env.StillOpen(v) || c.people.Current() != p {
			return // locked or left meanwhile: this list is closed
		}
		if err != nil {
			c.problem.Say(kit.ErrorSentence(err))
			return
		}
		c.sheet, c.custom = l.sheet, l.custom
		c.person = p
		c.index = checklist.NewIndex(c.env.Catalog.WithCustom(c.custom))
		c.layout()
		c.restorePlace(v)
	})
}

func (c *Checklist) layout() {
	// two short rows rather than one long one, so the page fits 800 px;
	// the search box goes above the tools when it would be squeezed
	var listArea *fyne.Container
	tools := container.NewHBox(kit.GuideHelp(c.env, "soft-limit", "hard-limit"), c.addOwn, c.summaryBtn, c.moreBtn)
	top := container.New(&searchRow{reflow: func() { listArea.Refresh() }}, c.search, tools)
	progress := container.NewBorder(nil, nil, c.show, c.counts, c.overall)
	cats := container.New(&widthWatch{least: catListWidth, onWidth: func(w float32) { c.catWidth = w; c.fitCats() }}, c.catList)
	list := container.New(&widthWatch{onWidth: func(w float32) { c.listWidth = w; c.fitRows() }}, c.list)
	// the list keeps most of the height even in a 600 px window; the
	// details scroll in the rest, and the divider can be dragged
	c.details = container.NewVScroll(container.NewVBox(c.detail, c.noDetail))
	rows := container.NewVSplit(list, c.details)
	rows.Offset = 0.6
	listArea = container.NewBorder(container.NewVBox(top, progress, c.problem, c.emptyList), nil, nil, nil, rows)
	split := container.NewHSplit(cats, listArea)
	split.Offset = 0.25
	page := container.NewBorder(c.people.Bar(), nil, nil, nil, split)
	c.content.Objects = []fyne.CanvasObject{page}
	c.content.Refresh()
	c.show.SetSelected(c.showChoices()[0])
	c.refilter()
}

func (c *Checklist) categoryName(id string) string {
	if k, ok := c.index.Catalog().Category(id); ok {
		return k.Name
	}
	return id
}

func (c *Checklist) setShow(i int) {
	c.filter.Unanswered, c.filter.Answers = false, 0
	switch {
	case i == 1:
		c.filter.Unanswered = true
	case i >= 2:
		c.filter.Answers = checklist.AnswerSetOf(checklist.Answers[i-2])
	}
	c.refilter()
}

// refilter recomputes the visible rows and the progress figures. The
// selection follows the activity, not the row number: when the selected
// activity is still visible it stays selected; otherwise nothing is, and
// the details panel says so instead of describing a row that has gone.
func (c *Checklist) refilter() {
	if c.index == nil {
		return
	}
	selected, had := c.selectedKey()
	c.rows = c.index.Filter(c.sheet, c.filter)
	c.cats = c.index.Progress(c.sheet)
	all := checklist.Overall(c.cats)
	c.overall.SetValue(all.Fraction())
	c.counts.SetText(lang.L("{{.A}} of {{.T}} answered", map[string]any{"A": all.Answered, "T": all.Total}))
	c.emptyList.Hidden = len(c.rows) > 0
	c.emptyList.Refresh()
	c.fitCats()
	c.fitRows()
	c.catList.Refresh()
	c.list.Refresh()
	c.reselect(selected, had)
}

// fitRows gives each visible row the height its wrapped name needs beside
// the answers, at the list's current width.
func (c *Checklist) fitRows() {
	if c.listWidth <= 0 {
		return
	}
	if c.rowBase == 0 {
		tmpl := newAnswerRow(c.words)
		right := tmpl.box.(*fyne.Container).Objects[1].MinSize()
		c.rowRight, c.rowButtons = right.Width, right.Height
		c.rowName = tmpl.name.MinSize().Height
		c.rowBase = fyne.Max(c.rowName, c.rowButtons)
	}
	// measured at a width rounded down to 16 px, so dragging the window
	// edge re-measures only every 16 px; a row is then at worst a line
	// taller than it needs, never shorter
	stacked := rowStacked(c.listWidth, c.rowRight)
	free := c.listWidth - c.rowRight - theme.Padding()
	if stacked {
		free = c.listWidth - theme.Padding()
	}
	nameWidth := float32(math.Floor(float64(free)/16) * 16)
	// SetItemHeight redraws the whole list each time a height changes;
	// with the length at 0 for the batch that redraw is empty, and the
	// list is drawn once afterwards (a search keystroke stays well under a
	// frame at 800 px, where many names wrap).
	length := c.list.Length
	c.list.Length = func() int { return 0 }
	for i, r := range c.rows {
		h := c.fitter.rowHeight(r.Activity.Name, c.words.Direction(r.Direction), nameWidth)
		if stacked {
			h = fyne.Max(c.rowName, h) + c.rowButtons
		}
		c.list.SetItemHeight(i, fyne.Max(c.rowBase, h))
	}
	c.list.Length = length
	c.list.Refresh()
}

// fitCats does the same for the category list, whose names wrap.
func (c *Checklist) fitCats() {
	if c.catWidth <= 0 || c.index == nil {
		return
	}
	base := widget.NewLabel("").MinSize().Height
	fit := func(id int, name string, p checklist.Progress) {
		count := widget.NewLabel(fmt.Sprintf("%d/%d", p.Answered, p.Total)).MinSize().Width
		c.catList.SetItemHeight(id, fyne.Max(base, c.fitter.textHeight(name, c.catWidth-count-theme.Padding())))
	}
	fit(0, lang.L("All activities"), checklist.Overall(c.cats))
	for i, p := range c.cats {
		fit(i+1, c.categoryName(p.Category), p)
	}
}

// selectedKey is the answer slot of the selected row, if there is one.
func (c *Checklist) selectedKey() (checklist.Key, bool) {
	if c.sel < 0 || c.sel >= len(c.rows) {
		return checklist.Key{}, false
	}
	return c.rows[c.sel].Key(), true
}

// reselect selects the row of k in the rows now shown (without moving the
// keyboard focus), or clears the selection when k is not among them.
func (c *Checklist) reselect(k checklist.Key, had bool) {
	if had {
		for i, r := range c.rows {
			if r.Key() == k {
				c.selectQuietly(i)
				return
			}
		}
	}
	c.flushNote()
	c.sel = -1
	c.list.UnselectAll()
	c.showDetail(-1)
}

// selectQuietly selects row i and shows it in the panel, leaving the focus
// where it is (in the search box while someone types, for instance).
func (c *Checklist) selectQuietly(i int) {
	c.quiet = true
	c.list.Select(i)
	c.quiet = false
	c.list.Highlight(i)
	c.showDetail(i)
}

func (c *Checklist) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(c.rows) {
		return
	}
	row := c.rows[i]
	row.Entry = c.sheet.Get(row.Key()) // what is saved, never a copy taken earlier
	r := rowOf(o)
	r.show(row, c.words,
		func(a checklist.Answer) { c.list.Select(i); c.answer(i, a) }, // the row answered is the one the panel is about
		func(on bool) { c.setTried(row.Key(), on) })
}

// rowOf finds the answerRow behind a list item built by newAnswerRow.
func rowOf(o fyne.CanvasObject) *answerRow {
	box := o.(*fyne.Container)
	right := box.Objects[1].(*fyne.Container)
	grid := right.Objects[0].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*fyne.Container)
	r := &answerRow{name: box.Objects[0].(*widget.RichText), tried: right.Objects[0].(*fyne.Container).Objects[1].(*widget.Check), box: o}
	for j := range r.answers {
		b := grid.Objects[j].(*answerButton)
		r.answers[j] = &b.Button
		r.named = append(r.named, b)
	}
	return r
}

// answer sets the answer of row i; tapping the current answer clears it.
func (c *Checklist) answer(i int, a checklist.Answer) {
	if !c.listOpen() || i < 0 || i >= len(c.rows) {
		return
	}
	k := c.rows[i].Key()
	if c.sheet.Get(k).Answer == a {
		a = checklist.Unanswered
	}
	change, ok := c.sheet.SetAnswer(k, a, c.env.Now())
	if !ok {
		return
	}
	c.env.Touch()
	c.persist(k, &change)
	c.rows[i].Entry = c.sheet.Get(k)
	if i == c.sel {
		c.cond.show(c.rows[i].Entry) // conditions come and go with a Yes or a Maybe
	}
	c.cats = c.index.Progress(c.sheet)
	all := checklist.Overall(c.cats)
	c.overall.SetValue(all.Fraction())
	c.counts.SetText(lang.L("{{.A}} of {{.T}} answered", map[string]any{"A": all.Answered, "T": all.Total}))
	c.list.RefreshItem(i)
	c.catList.Refresh()
}

func (c *Checklist) setTried(k checklist.Key, on bool) {
	if !c.listOpen() {
		return
	}
	c.sheet.SetTried(k, on)
	c.env.Touch()
	c.persist(k, nil)
}

// persist saves one answer slot (and its change, if any) in the background.
func (c *Checklist) persist(k checklist.Key, change *checklist.Change) {
	v, p, e := c.env.Vault(), c.person, c.sheet.Get(k)
	c.env.Save(func() error { return v.SaveAnswer(p, k, e, change) }, func(err error) {
		c.problem.Say(lang.L("Your last answer could not be saved, so it is still only on screen. Check that the disk is not full, then answer again."))
	})
}

func (c *Checklist) selectRow(i int) {
	if !c.showDetail(i) {
		return
	}
	c.list.Highlight(i) // the keyboard's highlight is the selection, never a second row
	if c.env.Window.Canvas().Focused() != c.note {
		c.env.Window.Canvas().Focus(c.list) // so 1-5 answer the row just picked
	}
}

// showDetail makes row i the selected one and fills the details panel with
// it; with i out of range it shows the panel's empty state.
func (c *Checklist) showDetail(i int) bool {
	c.flushNote()
	if !c.listOpen() || i < 0 || i >= len(c.rows) {
		c.detail.Hide()
		c.noDetail.Show()
		return false
	}
	c.sel = i
	row := c.rows[i]
	a := row.Activity
	c.detailName.SetText(a.Name)
	c.detailDir.SetText(c.words.Direction(row.Direction))
	c.detailDir.Hidden = c.detailDir.Text == ""
	c.detailDesc.SetText(a.Description)
	c.detailRisk.SetText(riskText(a))
	c.detailFlags.SetText(flagText(a))
	c.detailFlags.Hidden = c.detailFlags.Text == ""
	c.noteKey = row.Key()
	c.note.OnChanged = nil
	c.note.SetText(c.sheet.Get(row.Key()).Note)
	c.note.OnChanged = func(string) { c.noteDirty = true; c.env.Touch(); c.noteSoon() }
	c.noteDirty = false
	c.cond.show(c.sheet.Get(row.Key()))
	c.noDetail.Hide()
	c.detail.Show()
	return true
}

// riskText is the detail panel's risk line. A custom activity whose person
// has not said how risky it is reads "Risk not known", never "Lower risk".
func riskText(a catalog.Activity) string {
	level := riskLevel(a.Risk)
	switch {
	case a.RiskNote != "":
		return level + ": " + a.RiskNote
	case level == riskLevel(catalog.RiskUnknown):
		return lang.L("Risk not known: you added this yourself, so talk through together what could go wrong before you try it.")
	}
	return level + "."
}

// riskLevel names a risk level, for the risk line and the add dialog.
func riskLevel(r catalog.Risk) string {
	switch r {
	case catalog.RiskLow:
		return lang.L("Lower risk")
	case catalog.RiskMedium:
		return lang.L("Some risk")
	case catalog.RiskHigh:
		return lang.L("Higher risk")
	}
	return lang.L("Risk not known")
}

func flagText(a catalog.Activity) string {
	f := kit.FlagWords(a.LimitsSpeech, a.Marks, a.NeedsSkill)
	switch {
	case a.Custom && a.Shared:
		f = strings.TrimSpace(lang.L("Added for everyone on this computer.") + " " + f)
	case a.Custom:
		f = strings.TrimSpace(lang.L("Added by you: only in your list.") + " " + f)
	}
	return f
}

// moreItems are the "More…" menu's entries: the list's way in and out.
func (c *Checklist) moreItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("Bring in from KinkList…"), c.askImport),
		fyne.NewMenuItem(lang.L("Export my answers…"), c.askExport),
	}
}

// showMore opens the "More…" menu under its button.
func (c *Checklist) showMore() {
	if !c.listOpen() {
		return
	}
	menu := fyne.NewMenu("", c.moreItems()...)
	pos := fyne.NewPos(0, c.moreBtn.Size().Height)
	widget.ShowPopUpMenuAtRelativePosition(menu, c.env.Window.Canvas(), pos, c.moreBtn)
}
