package ui

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
)

// discoveryForm is the small form, under a person's debrief, for one
// discovery: which activity, which side of it, and the new answer.
type discoveryForm struct {
	dp      *debriefPerson
	box     *fyne.Container // hidden until "Add a discovery"
	problem *problem

	activity  *widget.SelectEntry
	ownHint   *widget.Label // shown while the name is not on the list
	direction *widget.Select
	answer    *widget.RadioGroup
	note      *widget.Entry
	add       *widget.Button
	cancel    *widget.Button
}

// maxSuggestions is how many activities the activity field offers.
const maxSuggestions = 12

// discoveryAnswers are the answers a discovery can propose, in the order
// the form offers them.
var discoveryAnswers = []checklist.Answer{checklist.Yes, checklist.Maybe, checklist.No, checklist.HardLimit}

func discoveryAnswerChoices() []string {
	return []string{
		lang.L("Yes: a new interest"),
		lang.L("Maybe: something to talk about"),
		lang.L("Not now: a soft limit"),
		lang.L("Hard limit: never"),
	}
}

// sideChoices are the direction select's options: giving, receiving.
func sideChoices() []string {
	return []string{lang.L("When giving it"), lang.L("When receiving it")}
}

func newDiscoveryForm(dp *debriefPerson) *discoveryForm {
	f := &discoveryForm{dp: dp, problem: newProblem()}
	f.activity = widget.NewSelectEntry(f.suggest(""))
	f.activity.SetPlaceHolder(lang.L("Type or choose an activity"))
	f.activity.OnChanged = func(s string) {
		f.activity.SetOptions(f.suggest(s))
		f.showSide()
	}
	f.ownHint = hint(lang.L("Not on the list yet: choose from the list with the arrow, or keep this name and it becomes one of {{.Name}}'s own activities.", map[string]any{"Name": dp.name()}))
	f.ownHint.Hide()
	f.direction = widget.NewSelect(sideChoices(), nil)
	f.direction.Hide()
	f.answer = widget.NewRadioGroup(discoveryAnswerChoices(), nil)
	f.note = widget.NewEntry()
	f.note.SetPlaceHolder(lang.L("Optional: what you noticed, or what would make it all right"))
	f.add = widget.NewButton(lang.L("Add"), f.submit)
	f.add.Importance = widget.HighImportance
	f.cancel = widget.NewButton(lang.L("Cancel"), f.close)
	f.box = container.NewVBox(
		widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("A new discovery for {{.Name}}", map[string]any{"Name": dp.name()}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		labelled(lang.L("Which activity?"), f.activity),
		f.ownHint,
		f.direction,
		labelled(lang.L("What would {{.Name}} answer now?", map[string]any{"Name": dp.name()}), f.answer),
		labelled(lang.L("Note"), f.note),
		f.problem,
		rightAligned(f.cancel, f.add),
	)
	f.box.Hide()
	return f
}

func (f *discoveryForm) open() {
	f.activity.SetText("")
	f.answer.SetSelected("")
	f.note.SetText("")
	f.problem.Say("")
	f.box.Show()
	f.dp.add.Hide()
	f.dp.p.h.app.win.Canvas().Focus(f.activity)
}

func (f *discoveryForm) close() {
	f.box.Hide()
	f.dp.add.Show()
}

// suggest lists activity names containing what was typed: the scene's
// own activities first, then the catalog's.
func (f *discoveryForm) suggest(typed string) []string {
	want := catalog.NormaliseName(typed)
	var out []string
	offer := func(name string) {
		if len(out) < maxSuggestions && strings.Contains(catalog.NormaliseName(name), want) && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	for _, a := range f.dp.p.doc.Scene.Activities {
		if !a.Blank() {
			offer(capitalise(a.Label()))
		}
	}
	if cat := f.dp.p.h.app.cat; cat != nil {
		for _, a := range cat.Activities {
			offer(a.Name)
		}
	}
	return out
}

// picked is the activity the typed name refers to.
type picked struct {
	id, name string
	own      bool                // not in the scene or the catalog
	sided    bool                // it has a giver and a receiver
	side     checklist.Direction // this person's side in the scene, if known
}

// resolve finds the typed activity in the scene, then in the catalog;
// anything else is the person's own activity.
func (f *discoveryForm) resolve(typed string) (picked, bool) {
	want := catalog.NormaliseName(typed)
	if want == "" {
		return picked{}, false
	}
	pid := f.dp.deb.ParticipantID
	cat := f.dp.p.h.app.cat
	for _, a := range f.dp.p.doc.Scene.Activities {
		if a.Blank() || catalog.NormaliseName(a.Label()) != want {
			continue
		}
		p := picked{id: a.ID, name: a.Label(), sided: !a.Together && (len(a.Givers)+len(a.Receivers) > 0)}
		if c, ok := catalogActivity(cat, a.ID); ok {
			p.sided = c.Kind == catalog.GiveReceive
		}
		if p.id == "" {
			p.id = catalog.CustomID(a.Label())
		}
		switch {
		case slices.Contains(a.Givers, pid):
			p.side = checklist.Giving
		case slices.Contains(a.Receivers, pid):
			p.side = checklist.Receiving
		}
		return p, true
	}
	if cat != nil {
		for _, a := range cat.Activities {
			if catalog.NormaliseName(a.Name) == want {
				return picked{id: a.ID, name: a.Name, sided: a.Kind == catalog.GiveReceive}, true
			}
		}
	}
	return picked{id: catalog.CustomID(typed), name: strings.TrimSpace(typed), own: true}, true
}

func catalogActivity(cat *catalog.Catalog, id string) (catalog.Activity, bool) {
	if cat == nil || id == "" {
		return catalog.Activity{}, false
	}
	return cat.Activity(id)
}

// showSide shows the giving/receiving choice for activities that have
// sides, set to the person's side in the scene when there is one.
func (f *discoveryForm) showSide() {
	p, ok := f.resolve(f.activity.Text)
	if ok && p.own {
		f.ownHint.Show()
	} else {
		f.ownHint.Hide()
	}
	if !ok || !p.sided {
		f.direction.Hide()
		return
	}
	if !f.direction.Visible() {
		switch p.side {
		case checklist.Giving:
			f.direction.SetSelectedIndex(0)
		case checklist.Receiving:
			f.direction.SetSelectedIndex(1)
		default:
			f.direction.ClearSelected()
		}
	}
	f.direction.Show()
}

func (f *discoveryForm) submit() {
	p, ok := f.resolve(f.activity.Text)
	if only := f.suggest(f.activity.Text); ok && p.own && len(only) == 1 {
		// One activity on the list matches what was typed: that one.
		f.activity.SetText(only[0])
		p, ok = f.resolve(only[0])
	}
	if !ok {
		f.problem.Say(lang.L("Choose or type an activity first."))
		return
	}
	dir := checklist.Together
	if p.sided {
		switch f.direction.SelectedIndex() {
		case 0:
			dir = checklist.Giving
		case 1:
			dir = checklist.Receiving
		default:
			f.problem.Say(lang.L("Choose whether this is about giving it or receiving it."))
			return
		}
	}
	i := slices.Index(discoveryAnswerChoices(), f.answer.Selected)
	if i < 0 {
		f.problem.Say(lang.L("Choose the new answer."))
		return
	}
	f.dp.addDiscovery(negotiation.Discovery{
		ActivityID: p.id, Name: p.name, Direction: dir,
		Proposed: discoveryAnswers[i], Note: strings.TrimSpace(f.note.Text),
	})
	f.close()
}

// askShow asks the PIN of the person's protected list and shows the
// discoveries kept sealed to it. The opened list is not kept: the
// discoveries stay on this page (and are sealed again when it saves).
func (dp *debriefPerson) askShow() {
	dp.openList(func(all []persistence.Profile) (persistence.Profile, bool) {
		return profileByID(all, dp.p.doc.Participants[dp.idx].ProfileID)
	}, lang.L("{{.Name}}'s list is no longer in this vault, so these discoveries can't be opened.", map[string]any{"Name": dp.name()}),
		func(person *persistence.Person) { dp.reveal(person, nil) })
}

// openList finds the person's list among the vault's (find), says missing
// when there is none, and otherwise opens it through the PIN prompt and
// runs opened with it, as long as this debrief page is still the one shown.
func (dp *debriefPerson) openList(find func([]persistence.Profile) (persistence.Profile, bool), missing string, opened func(*persistence.Person)) {
	p := dp.p
	a := p.h.app
	v := a.Vault()
	background(v.Profiles, func(all []persistence.Profile, err error) {
		if !a.stillOpen(v) || p.h.debrief != p {
			return
		}
		if err != nil {
			p.problem.Say(errorSentence(err))
			return
		}
		prof, ok := find(all)
		if !ok {
			p.problem.Say(missing)
			return
		}
		prompt := openProfile(a, prof, p.problem, opened, func() {})
		p.pin, p.pinDlg = prompt.Entry, prompt.Dialog
	})
}

// reveal opens the discoveries sealed to person into the page, then runs
// next (when not nil) with the person, still inside the flow.
func (dp *debriefPerson) reveal(person *persistence.Person, next func(*persistence.Person)) {
	p := dp.p
	v := p.h.app.Vault()
	d := dp.deb
	d.Discoveries = append([]negotiation.Discovery(nil), d.Discoveries...)
	background(func() (negotiation.Debrief, error) { return d, v.RevealDiscoveries(&d, person) }, func(d negotiation.Debrief, err error) {
		if !p.h.app.stillOpen(v) || p.h.debrief != p {
			return
		}
		if err != nil {
			p.problem.Say(errorSentence(err))
			return
		}
		dp.deb.Discoveries, dp.deb.HiddenDiscoveries = d.Discoveries, d.HiddenDiscoveries
		dp.showDiscoveries()
		if next != nil {
			next(person)
		}
	})
}
