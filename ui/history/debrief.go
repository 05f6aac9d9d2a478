package history

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// debriefDelay is how long after the last key press a debrief is saved.
const debriefDelay = 400 * time.Millisecond

// histDebrief is the debrief after a scene: each person's answers to the
// three questions, saved as they type, and what they found out to carry
// into their checklist.
type histDebrief struct {
	h       *History
	id      string
	content *fyne.Container
	page    *container.Scroll // the page, for the wheel over its fields
	problem *kit.Problem

	doc    negotiation.Document
	people []*debriefPerson
	timer  *time.Timer
	dirty  map[string]bool // participant IDs changed since the last save

	// The PIN dialog while a protected list is being opened.
	pin    *widget.Entry
	pinDlg *kit.Form
}

// debriefPerson is one person's part of the page.
type debriefPerson struct {
	p       *histDebrief
	idx     int
	deb     negotiation.Debrief
	answers [3]*widget.Entry
	found   *fyne.Container // the discoveries
	add     *widget.Button
	form    *discoveryForm
	apply   *widget.Button
	remove  []*widget.Button // one per discovery
	show    *widget.Button   // shows discoveries sealed to a protected list
}

type debriefData struct {
	doc      negotiation.Document
	debriefs []negotiation.Debrief
}

func newHistDebrief(h *History, id string) *histDebrief {
	p := &histDebrief{h: h, id: id, content: container.NewStack(), problem: kit.NewProblem(), dirty: map[string]bool{}}
	p.content.Add(kit.Column(760, p.backButton(), kit.Para(lang.L("Opening…"))))
	return p
}

// load reads the negotiation and its debriefs in the background and
// builds the page.
func (p *histDebrief) load() {
	h, id := p.h, p.id
	v := h.env.Vault()
	kit.Background(h.env, func() (debriefData, error) {
		var x debriefData
		var err error
		if x.doc, _, _, err = v.LatestVersion(id); err != nil {
			return x, err
		}
		x.debriefs, err = v.Debriefs(id)
		return x, err
	}, func(x debriefData, err error) {
		if h.debrief != p || !h.env.StillOpen(v) {
			return
		}
		if err != nil {
			p.problem.Say(kit.ErrorSentence(err))
			p.content.Objects = []fyne.CanvasObject{kit.Column(760, p.backButton(), p.problem)}
			p.content.Refresh()
			return
		}
		p.doc = x.doc
		p.build(x.debriefs)
	})
}

func (p *histDebrief) backButton() fyne.CanvasObject {
	return kit.BackButton(lang.L("Back to the negotiation"), func() { p.h.openDetail(p.id) })
}

func (p *histDebrief) build(written []negotiation.Debrief) {
	now := p.h.env.Now()
	objs := []fyne.CanvasObject{
		p.backButton(),
		kit.Heading(lang.L("Debrief: {{.Title}}", map[string]any{"Title": kit.DocTitle(p.doc)})),
		kit.Para(p.when(now)),
	}
	if p.doc.SceneOn.IsZero() || now.Before(p.doc.SceneOn) {
		p.content.Objects = []fyne.CanvasObject{kit.Column(760, objs...)}
		p.content.Refresh()
		return
	}
	objs = append(objs,
		kit.Para(lang.L("Talk it over calmly, somewhere comfortable, away from where the scene happened. Each person answers for themselves; there are no wrong answers, and what you learn shapes your next negotiation.")),
		kit.Hint(lang.L("Everything is saved as you type.")),
		p.problem,
	)
	var people []*debriefPerson
	for i, part := range p.doc.Participants {
		dp := &debriefPerson{p: p, idx: i, deb: negotiation.Debrief{ParticipantID: part.ID}}
		for _, w := range written {
			if w.ParticipantID == part.ID {
				dp.deb = w
			}
		}
		objs = append(objs, widget.NewCard("", "", dp.build()))
		people = append(people, dp)
	}
	page := kit.Column(760, objs...)
	p.page, _ = page.(*container.Scroll)
	p.content.Objects = []fyne.CanvasObject{page}
	p.content.Refresh()
	p.people = people
}

// when says when the debrief is due, from the scene's date.
func (p *histDebrief) when(now time.Time) string {
	scene := p.doc.SceneOn
	if scene.IsZero() {
		return lang.L("This negotiation has no scene date yet. Once the scene has happened, the debrief is written here.")
	}
	due, from, until := negotiation.DebriefDue(scene, now)
	data := map[string]any{"Scene": kit.LongDate(scene), "From": kit.LongDate(from), "Until": kit.LongDate(until)}
	switch {
	case now.Before(scene):
		return lang.L("The scene is on {{.Scene}}. The debrief comes a day or two after it, from {{.From}}: come back then.", data)
	case due:
		return lang.L("The scene was on {{.Scene}}. The debrief is due now, until {{.Until}}.", data)
	case now.Before(from):
		return lang.L("The scene was on {{.Scene}}. The debrief is best from {{.From}}, once you have both had a day to settle; you can start writing now.", data)
	}
	return lang.L("The scene was on {{.Scene}}. The usual time for the debrief ended on {{.Until}}, but it is still worth writing.", data)
}

func (dp *debriefPerson) name() string { return dp.p.doc.DisplayName(dp.idx) }

func (dp *debriefPerson) build() fyne.CanvasObject {
	box := container.NewVBox(kit.Subheading(dp.name()))
	for k, q := range negotiation.DebriefQuestions() {
		e := kit.NewPageEntry(true, func() *container.Scroll { return dp.p.page })
		e.SetMinRowsVisible(3)
		e.SetText(dp.deb.Answers()[k])
		e.OnChanged = func(s string) { dp.setAnswer(k, s) }
		dp.answers[k] = &e.Entry
		box.Add(kit.Labelled(lang.L(q), e))
	}
	dp.found = container.NewVBox()
	dp.add = widget.NewButtonWithIcon(lang.L("Add a discovery"), theme.ContentAddIcon(), func() { dp.form.open() })
	dp.apply = widget.NewButtonWithIcon(lang.L("Carry into {{.Name}}'s checklist…", map[string]any{"Name": dp.name()}), theme.ConfirmIcon(), dp.askApply)
	dp.form = newDiscoveryForm(dp)
	box.Add(widget.NewSeparator())
	box.Add(widget.NewLabelWithStyle(lang.L("Discoveries to carry forward"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	box.Add(kit.Hint(lang.L("Something learnt about an activity: a new interest, or a limit that has moved. It changes {{.Name}}'s checklist only when {{.Name}} confirms it there.", map[string]any{"Name": dp.name()})))
	box.Add(dp.found)
	box.Add(dp.form.box)
	box.Add(kit.RightAligned(dp.add, dp.apply))
	dp.showDiscoveries()
	return box
}

func (dp *debriefPerson) setAnswer(k int, s string) {
	switch k {
	case 0:
		dp.deb.WhatWorked = s
	case 1:
		dp.deb.WhatToChange = s
	default:
		dp.deb.HowFeltSince = s
	}
	dp.p.changed(dp)
}

// showDiscoveries lists the person's discoveries, each with a way to
// take it out again.
func (dp *debriefPerson) showDiscoveries() {
	dp.found.Objects = nil
	dp.remove = nil
	hidden := len(dp.deb.HiddenDiscoveries) > 0
	if len(dp.deb.Discoveries) == 0 && !hidden {
		dp.found.Add(kit.Hint(lang.L("None yet.")))
	}
	if hidden { // history_discovery.go: shown after the PIN
		dp.show = widget.NewButtonWithIcon(lang.L("Show {{.Name}}'s discoveries…", map[string]any{"Name": dp.name()}), theme.VisibilityIcon(), dp.askShow)
		dp.found.Add(kit.Hint(lang.L("{{.Name}}'s discoveries are kept with their protected list — enter {{.Name}}'s PIN to show them.", map[string]any{"Name": dp.name()})))
		dp.found.Add(container.NewHBox(dp.show))
	}
	for i, d := range dp.deb.Discoveries {
		rm := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { dp.removeDiscovery(i) })
		rm.Importance = widget.LowImportance
		dp.remove = append(dp.remove, rm)
		dp.found.Add(container.NewBorder(nil, nil, nil, rm, discoveryText(d)))
	}
	if len(dp.deb.Discoveries) == 0 && !hidden {
		dp.apply.Hide()
	} else {
		dp.apply.Show()
	}
	dp.found.Refresh()
}

func (dp *debriefPerson) addDiscovery(d negotiation.Discovery) {
	dp.deb.Discoveries = append(dp.deb.Discoveries, d)
	dp.showDiscoveries()
	dp.p.changed(dp)
}

func (dp *debriefPerson) removeDiscovery(i int) {
	if i >= len(dp.deb.Discoveries) {
		return
	}
	dp.deb.Discoveries = append(dp.deb.Discoveries[:i:i], dp.deb.Discoveries[i+1:]...)
	dp.showDiscoveries()
	dp.p.changed(dp)
}

// discoveryText is "Gag (receiving) → Hard limit. Their note.", the hard
// limit in red with its word.
func discoveryText(d negotiation.Discovery) *widget.RichText {
	words := answerWords()
	name := kit.Capitalise(d.Name)
	if dir := words.Direction(d.Direction); dir != "" {
		name += " (" + dir + ")"
	}
	style := kit.StrongInline
	if d.Proposed == checklist.HardLimit {
		style = kit.RedStrong
	}
	segs := []widget.RichTextSegment{kit.Seg(kit.StrongInline, name), kit.Seg(kit.PlainInline, " → "), kit.Seg(style, words.Answer(d.Proposed))}
	if n := strings.TrimSpace(d.Note); n != "" {
		segs = append(segs, kit.Seg(kit.QuietInline, ". "+kit.Capitalise(n)))
	}
	t := widget.NewRichText(&widget.ParagraphSegment{Texts: segs})
	t.Wrapping = fyne.TextWrapWord
	return t
}

// answerWords are the checklist's words, translated.
func answerWords() checklist.Words {
	return checklist.BritishWords().Translate(func(s string) string { return lang.L(s) })
}

// changed notes that a person's debrief changed and saves it soon.
func (p *histDebrief) changed(dp *debriefPerson) {
	p.dirty[dp.deb.ParticipantID] = true
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(debriefDelay, func() { p.h.env.Do(p.flush) })
}

// flush saves every changed debrief now, in order, in the background.
func (p *histDebrief) flush() {
	if p.timer != nil {
		p.timer.Stop()
	}
	v := p.h.env.Vault()
	if v == nil || len(p.dirty) == 0 {
		return
	}
	for _, dp := range p.people {
		if !p.dirty[dp.deb.ParticipantID] {
			continue
		}
		d, id := dp.deb, p.id
		d.Discoveries = append([]negotiation.Discovery(nil), d.Discoveries...)
		p.h.env.Save(func() error { return v.SaveDebrief(id, d) }, func(error) {
			p.problem.Say(lang.L("The debrief could not be saved just now, so it is only on screen. Check that the disk is not full, then type again to save it."))
		})
	}
	p.dirty = map[string]bool{}
}
