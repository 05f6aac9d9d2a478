package compare

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// Compare shows two people what they both want, and nothing else: on this
// computer (two people, each with their own list) or with a partner on
// another computer (three codes sent back and forth).
type Compare struct {
	env        kit.Env
	copySecret func(string)    // the shell's: it clears the clipboard at lock and after 30 s
	content    *fyne.Container // the home page, or one of the pages below
	home       fyne.CanvasObject
	problem    *kit.Problem

	people  []persistence.Profile
	mode    *widget.RadioGroup
	panel   *fyne.Container
	chosen  bool // the person chose a mode (so a reload keeps it)
	loading bool

	// Together on this computer: two to four pickers (together.go)
	together   fyne.CanvasObject
	first      *personPicker // pickers[0]
	second     *personPicker // pickers[1]
	pickers    []*personPicker
	form       *widget.Form
	addBtn     *widget.Button // adds a third or fourth person
	addWhy     *widget.Label  // why Add another person is grey, while it is
	removeBtn  *widget.Button // takes the last one away again
	bothMaybes *widget.Check
	fantasies2 *widget.Check // "compare fantasies too", together
	compareBtn *widget.Button
	compareWhy *widget.Label // why Compare is grey, while it is
	fewPeople  *widget.Label

	// With a partner elsewhere
	elsewhere  fyne.CanvasObject
	me         *personPicker
	partner    *widget.Entry
	maybes     *widget.Check
	fantasies  *widget.Check
	invite     *widget.Button
	invitePage *widget.Button // "Invite someone without Parley" (invitepage.go)
	// askPath asks where to save a file and hands over the chosen path (a
	// file dialog; the tests choose a path in a temp folder)
	askPath      func(name string, chosen func(path string))
	inviteWhy    *widget.Label // why Create an invitation is grey, while it is
	anyCode      *codeIn
	continueBtn  *widget.Button
	codeProblem  *kit.Problem
	waiting      *fyne.Container // one row per waiting exchange
	waitingBox   *fyne.Container // the rows and their heading; hidden when none
	pendings     []persistence.Exchange
	earlier      *fyne.Container
	cancelDialog *kit.Confirm
	// opening a protected saved result (kept for the tests)
	ownerDialog dialog.Dialog
	pin         *widget.Entry
	pinDialog   *kit.Form

	// the page shown instead of home, if any
	answer *answerPage
	wait   *waitPage
	result *resultView
}

func modeTogether() string  { return lang.L("Together on this computer") }
func modeElsewhere() string { return lang.L("With a partner elsewhere") }

// New builds the Compare section. copySecret puts a code on the clipboard
// the shell's way (taken back after 30 seconds and at lock).
func New(env kit.Env, copySecret func(string)) kit.Screen { return newCompare(env, copySecret) }

func newCompare(env kit.Env, copySecret func(string)) *Compare {
	c := &Compare{env: env, copySecret: copySecret, askPath: func(name string, chosen func(string)) { askPath(env, name, chosen) }, content: container.NewStack(), problem: kit.NewProblem()}
	c.buildTogether()
	c.buildElsewhere()
	c.panel = container.NewStack()
	c.mode = widget.NewRadioGroup([]string{modeTogether(), modeElsewhere()}, func(s string) {
		c.chosen = !c.loading
		c.showMode(s)
	})
	c.mode.Horizontal = true
	// Required: Parley picks a mode for the person as the page loads, and a
	// click on the option already chosen would otherwise clear it and
	// leave the page blank (Fyne's RadioGroup toggles an unrequired
	// option off).
	c.mode.Required = true
	c.home = kit.Column(720,
		kit.Heading(lang.L("Compare")),
		kit.Para(lang.L("What you will learn: only the things you both said yes to, and how many yes answers each of you gave.")),
		kit.Para(lang.L("What stays private: everything else either of you said. Hard limits and \"not now\" answers never leave your list, and maybes are compared only if you both choose to.")),
		kit.Spacer(4),
		kit.Subheading(lang.L("How are you comparing?")),
		c.mode,
		c.problem,
		c.panel,
		c.earlier,
	)
	c.anyCode.page = kit.ScrollOf(c.home)
	c.showHome()
	return c
}

// View is the screen.
func (c *Compare) View() fyne.CanvasObject { return c.content }

// leave: nothing to save; codes being pasted are not kept. Lists opened
// for a comparison are dropped.
func (c *Compare) Leave() {
	c.dropPeople()
	c.answer, c.wait, c.result = nil, nil, nil
}

// dropPeople forgets every list opened for a comparison: the flow that
// opened it has ended (a comparison made, an invitation or reply created,
// the person went back or left).
func (c *Compare) dropPeople() {
	for _, pk := range append([]*personPicker{c.me}, c.pickers...) {
		pk.drop()
	}
	c.offerOthers() // nobody is chosen first now
	if c.answer != nil {
		c.answer.me.drop()
	}
	c.update()
}

// showHome goes back to the start, reloading people and waiting exchanges.
func (c *Compare) showHome() {
	for len(c.pickers) > 2 { // a new comparison starts with two lines
		c.removePicker()
	}
	c.dropPeople()
	c.answer, c.wait, c.result = nil, nil, nil
	c.content.Objects = []fyne.CanvasObject{c.home}
	c.content.Refresh()
	c.reload()
}

func (c *Compare) showPage(content fyne.CanvasObject) {
	c.content.Objects = []fyne.CanvasObject{content}
	c.content.Refresh()
}

// compareData is what the home page lists.
type compareData struct {
	people   []persistence.Profile
	pendings []persistence.Exchange
	results  []persistence.SavedComparison
}

func (c *Compare) reload() {
	v := c.env.Vault()
	if v == nil {
		return
	}
	kit.Background(c.env, func() (compareData, error) {
		var d compareData
		var err error
		if d.people, err = v.Profiles(); err != nil {
			return d, err
		}
		if d.pendings, err = v.Pendings(); err != nil {
			return d, err
		}
		d.results, err = v.Comparisons()
		return d, err
	}, func(d compareData, err error) {
		if err != nil {
			c.problem.Say(kit.ErrorSentence(err))
			return
		}
		c.people, c.pendings = d.people, d.pendings
		for _, pk := range append([]*personPicker{c.me}, c.pickers...) {
			pk.setPeople(d.people)
		}
		c.fewPeople.Hidden = len(d.people) >= 2
		c.fewPeople.Refresh()
		c.showPendings()
		c.showEarlier(d.results)
		c.update()
		if !c.chosen {
			c.loading = true
			if len(d.people) >= 2 && len(d.pendings) == 0 {
				c.mode.SetSelected(modeTogether())
			} else {
				c.mode.SetSelected(modeElsewhere())
			}
			c.loading = false
		}
	})
}

func (c *Compare) showMode(s string) {
	c.problem.Say("")
	switch s {
	case modeTogether():
		c.panel.Objects = []fyne.CanvasObject{c.together}
	case modeElsewhere():
		c.panel.Objects = []fyne.CanvasObject{c.elsewhere}
	default:
		c.panel.Objects = nil
	}
	c.panel.Refresh()
}

// showResult shows a result in place of the home page.
func (c *Compare) showResult(saved persistence.SavedComparison, final match.Message, saveErr error) {
	c.showResultWith(saved, final, saveErr, "", nil)
}

// showResultWith shows a result with the exchange fingerprint ("" for none).
// conds holds the conditions to show beside matches (conditions.go).
func (c *Compare) showResultWith(saved persistence.SavedComparison, final match.Message, saveErr error, fingerprint string, conds conditions) {
	c.answer, c.wait = nil, nil
	c.result = newResultView(c, saved, final, saveErr, fingerprint, conds, c.showHome)
	c.showPage(c.result.content)
}

// nothingToCompare: a person has no yes (or maybe) answers to send.
type nothingToCompare struct{ name string }

func (n nothingToCompare) Error() string {
	return lang.L("{{.Name}} hasn't said yes to anything yet, so there is nothing to compare. Answer some of the checklist first, then come back.", map[string]any{"Name": n.name})
}

// compareSentence says what went wrong with a comparison, in plain words.
// The engine's errors are already sentences for a person.
func compareSentence(err error) string {
	var me *match.Error
	var none nothingToCompare
	switch {
	case errors.As(err, &me):
		return me.Error()
	case errors.As(err, &none):
		return none.Error()
	case errors.Is(err, persistence.ErrOwnExchange):
		return lang.L("This invitation was made on this computer, so it can't be answered here. Send it to your partner: they answer it in their own Parley.")
	}
	return kit.ErrorSentence(err)
}

// dateText writes a date in the person's language: 14 March 2026.
func dateText(t time.Time) string { return kit.DayDate(t.Local()) }

// nameOr is a typed name, or "your partner" when none was typed.
func nameOr(name string) string {
	if name = strings.TrimSpace(name); name != "" {
		return name
	}
	return lang.L("your partner")
}

// withCustom is the catalog with a person's own activities, for names.
func withCustom(cat *catalog.Catalog, v *persistence.Vault, p *persistence.Person) *catalog.Catalog {
	if _, custom, err := v.LoadChecklist(p); err == nil {
		return cat.WithCustom(custom)
	}
	return cat
}
