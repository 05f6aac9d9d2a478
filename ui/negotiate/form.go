package negotiate

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// buildSections lays the form out: the title and the people, the four
// parts of a negotiation in order, then the rest.
func (ed *negEditor) buildSections() {
	if ed.doc.IsAgreement() {
		ed.buildAgreementSections()
		return
	}
	ed.section(negotiation.SectionTitle, container.NewVBox(), ed.titleBody)
	ed.section(negotiation.SectionParticipants, ed.partHead("", negotiation.SectionParticipants), ed.peopleBody)
	ed.section(negotiation.SectionActivities, ed.partHead("1", negotiation.SectionActivities, "four-parts", "scene"), ed.activitiesBody)
	ed.section(negotiation.SectionIntensity, ed.subHead(negotiation.SectionIntensity), ed.intensityBody)
	ed.section(negotiation.SectionDuration, ed.subHead(negotiation.SectionDuration), ed.durationBody)
	ed.section(negotiation.SectionSetting, ed.subHead(negotiation.SectionSetting), ed.settingBody)
	ed.section(negotiation.SectionRoles, ed.subHead(negotiation.SectionRoles, "scene-name"), ed.rolesBody)
	ed.section(negotiation.SectionLimits, ed.partHead("2", negotiation.SectionLimits, "hard-limit", "soft-limit"), ed.limitsBody)
	ed.section(negotiation.SectionSafewords, ed.partHead("3", negotiation.SectionSafewords, "safeword-rule", "traffic-light-system", "non-verbal-signal", string(negotiation.GuideBeyondWord), string(negotiation.GuideSafetyKit)), ed.safewordsBody)
	ed.section(negotiation.SectionAftercare, ed.partHead("4", negotiation.SectionAftercare, "aftercare-stages", "sub-drop-top-drop"), ed.aftercareBody)
	ed.section(negotiation.SectionPhysical, ed.partHead("", negotiation.SectionPhysical, string(negotiation.GuideMedical), string(negotiation.GuideIntoxication)), ed.physicalBody)
	ed.section(negotiation.SectionEmotional, ed.partHead("", negotiation.SectionEmotional), ed.emotionalBody)
	ed.section(negotiation.SectionDates, ed.partHead("", negotiation.SectionDates, "when-to-negotiate", "the-debrief"), ed.datesBody)
	ed.section(negotiation.SectionSceneDay, ed.partHead("", negotiation.SectionSceneDay, string(negotiation.GuideSceneDay)), ed.sceneDayBody)
	extraction := ed.section(negotiation.SectionExtraction, ed.partHead("", negotiation.SectionExtraction, "extraction-protocol"), ed.extractionBody)
	extraction.show = ed.showExtraction
	safeCall := ed.section(negotiation.SectionSafeCall, ed.partHead("", negotiation.SectionSafeCall, string(negotiation.GuideCasual)), ed.safeCallBody)
	safeCall.show = ed.showSafeCall
	factors := ed.section(negotiation.SectionNewFactors, ed.partHead("", negotiation.SectionNewFactors, "how-to-renegotiate"), ed.newFactorsBody)
	factors.show = ed.showNewFactors
	ed.rebuild()
}

// partHead is a part's heading, "1   What we're doing", with air above
// and a "?" for the guide's entries on it.
func (ed *negEditor) partHead(number string, s negotiation.Section, guideIDs ...string) fyne.CanvasObject {
	text := lang.L(s.Label())
	if number != "" {
		text = number + "   " + text
	}
	return container.NewVBox(kit.Spacer(10), widget.NewSeparator(), ed.withHelp(kit.Subheading(text), guideIDs))
}

// subHead titles a smaller piece of a part.
func (ed *negEditor) subHead(s negotiation.Section, guideIDs ...string) fyne.CanvasObject {
	l := widget.NewLabel(lang.L(s.Label()))
	l.TextStyle.Bold = true
	return container.NewVBox(kit.Spacer(4), ed.withHelp(l, guideIDs))
}

// withHelp puts the guide's "?" after a heading, when there is an entry.
func (ed *negEditor) withHelp(head fyne.CanvasObject, guideIDs []string) fyne.CanvasObject {
	guideIDs = slices.DeleteFunc(slices.Clone(guideIDs), func(id string) bool {
		_, ok := guideIndex().Lookup(id)
		return !ok
	})
	if len(guideIDs) == 0 {
		return head
	}
	return container.NewHBox(head, kit.GuideHelp(ed.env, guideIDs...))
}

// formEntry is an entry of the form: when it gets the keyboard (Tab from
// the field before), the form scrolls to show it, and the mouse wheel over
// it scrolls the form (pageEntry).
type formEntry struct {
	kit.PageEntry
	focused func(*formEntry)

	// selectOnFocus: arriving in the field (Tab, a click, a jump from the
	// review) selects its whole text, so typing replaces a value Parley
	// filled in instead of adding to it. Date fields use it.
	selectOnFocus bool
	hasFocus      bool

	// name is what the field is for, from the label beside it (formRows):
	// its accessible name; the placeholder stands in without one.
	name string

	// rows is how many lines a field of a few lines shows: two, or as
	// many as its hint needs at its width (Resize), so an example is
	// never cut off at an 800 px window. grown tells the page to lay out
	// again when that changes.
	rows  int
	grown func()
}

// Resize gives a field of a few lines the rows its hint needs at the
// new width.
func (e *formEntry) Resize(s fyne.Size) {
	e.PageEntry.Resize(s)
	if !e.MultiLine || e.PlaceHolder == "" {
		return
	}
	inside := s.Width - 2*theme.InnerPadding() - 2*theme.InputBorderSize()
	if rows := max(2, wrappedLines(e.PlaceHolder, inside)); rows != e.rows && inside > 0 {
		e.rows = rows
		e.SetMinRowsVisible(rows)
		if e.grown != nil {
			e.grown()
		}
	}
}

// wrappedLines is how many lines text takes in width, wrapped word by
// word as Fyne wraps an entry's hint.
func wrappedLines(text string, width float32) int {
	measure := func(s string) float32 { return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width }
	lines, line := 1, ""
	for _, w := range strings.Fields(text) {
		next := strings.TrimSpace(line + " " + w)
		if line != "" && measure(next) > width {
			lines, next = lines+1, w
		}
		line = next
	}
	return lines
}

// AccessibilityLabel is the field's name for a screen reader.
func (e *formEntry) AccessibilityLabel() string {
	if e.name != "" {
		return e.name
	}
	return e.PlaceHolder
}

// AccessibilityRole: a field to type in.
func (e *formEntry) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (ed *negEditor) newFormEntry(multi bool) *formEntry {
	e := &formEntry{focused: func(e *formEntry) { ed.reveal(e) }}
	e.Page = func() *container.Scroll { return ed.scroll }
	e.MultiLine = multi
	if multi {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained shows the field, then lets the entry take the keyboard.
func (e *formEntry) FocusGained() {
	arriving := !e.hasFocus
	e.hasFocus = true
	e.Entry.FocusGained()
	if arriving && e.selectOnFocus {
		e.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
	if e.focused != nil {
		e.focused(e)
	}
}

// FocusLost notes that the next arrival selects the text again.
func (e *formEntry) FocusLost() {
	e.hasFocus = false
	e.Entry.FocusLost()
}

// MouseDown: a click that brings the keyboard into a select-on-focus field
// keeps the whole text selected (the entry's own press would clear it);
// a click in a field already being typed in places the cursor as usual.
func (e *formEntry) MouseDown(m *desktop.MouseEvent) {
	arriving := !e.hasFocus
	e.Entry.MouseDown(m)
	if arriving && e.selectOnFocus && m.Button == desktop.MouseButtonPrimary {
		e.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// entry is a one-line field that writes to the document as the person
// types; key names it for the review's "show me" (see fieldKeys).
func (ed *negEditor) entry(key, text, placeholder string, set func(string)) *formEntry {
	return ed.field(ed.newFormEntry(false), key, text, placeholder, set)
}

// multi is entry for a few lines of text.
func (ed *negEditor) multi(key, text, placeholder string, set func(string)) *formEntry {
	e := ed.newFormEntry(true)
	e.rows = 2
	e.SetMinRowsVisible(2)
	e.grown = ed.relayout
	return ed.field(e, key, text, placeholder, set)
}

func (ed *negEditor) field(e *formEntry, key, text, placeholder string, set func(string)) *formEntry {
	e.SetPlaceHolder(placeholder)
	e.SetText(text)
	e.OnChanged = func(s string) { set(s); ed.changed() }
	if key != "" {
		ed.fields[key] = e
	}
	return e
}

// formRows lays out label and field pairs, the labels in a column on the
// left, so a field keeps its meaning once its hint is typed over.
func formRows(objs ...fyne.CanvasObject) *fyne.Container {
	for i := 0; i+1 < len(objs); i += 2 {
		l, ok := objs[i].(*widget.Label)
		if e, isEntry := objs[i+1].(*formEntry); ok && isEntry {
			e.name = l.Text
		}
	}
	return container.New(layout.NewFormLayout(), objs...)
}

// personName is a person's name as a small bold heading.
func personName(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}

// name is a person's name to show, "Person 2" while it is empty.
func (ed *negEditor) name(i int) string { return ed.doc.DisplayName(i) }

// titleBody is the title field and the chosen template's guidance.
func (ed *negEditor) titleBody() []fyne.CanvasObject {
	t := negotiation.TemplateFor(ed.doc.Template)
	title := ed.entry("title", ed.doc.Title, lang.L("A title, for example: Friday evening at ours"), func(s string) { ed.doc.Title = s })
	out := []fyne.CanvasObject{
		kit.Labelled(lang.L("Title"), title),
		kit.Hint(lang.L(t.Name) + " · " + lang.L("talking it through: {{.Time}}", map[string]any{"Time": lowerFirst(lang.L(t.TalkTime))})),
	}
	var lines []string
	for _, g := range t.Guidance {
		lines = append(lines, "•  "+lang.L(g))
	}
	if len(lines) > 0 {
		out = append(out, kit.Para(strings.Join(lines, "\n")))
	}
	return out
}

// peopleBody is each person's name and pronouns, with adding and
// removing people.
func (ed *negEditor) peopleBody() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for i, p := range ed.doc.Participants {
		i := i
		name := ed.entry("participants/"+strconv.Itoa(i), p.Name, lang.L("Name"), func(s string) {
			ed.doc.Participants[i].Name = s
			ed.namesDirty = true
		})
		pronouns := ed.entry("", p.Pronouns, lang.L("Pronouns (optional)"), func(s string) { ed.doc.Participants[i].Pronouns = s })
		row := container.NewGridWithColumns(2, name, pronouns)
		var right fyne.CanvasObject = kit.Spacer(0)
		if len(ed.doc.Participants) > negotiation.MinParticipants {
			rm := widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { ed.askRemovePerson(i) })
			rm.Importance = widget.LowImportance
			right = rm
		}
		out = append(out, container.NewBorder(nil, nil, nil, right, row))
	}
	if len(ed.doc.Participants) < negotiation.MaxParticipants {
		add := widget.NewButtonWithIcon(lang.L("Add a person"), theme.ContentAddIcon(), ed.addPerson)
		add.Importance = widget.LowImportance
		out = append(out, container.NewHBox(add))
	}
	return out
}

func (ed *negEditor) addPerson() {
	if _, err := ed.doc.AddParticipant(negotiation.Participant{}); err != nil {
		ed.problem.Say(lang.L(err.Error()))
		return
	}
	ed.rebuild()
	ed.changed()
	ed.focus("participants/" + strconv.Itoa(len(ed.doc.Participants)-1))
}

func (ed *negEditor) askRemovePerson(i int) {
	name := ed.name(i)
	kit.ShowConfirm(lang.L("Take {{.Name}} out of this negotiation?", map[string]any{"Name": name}),
		lang.L("Everything written for {{.Name}} in this document goes with them: their limits, aftercare and the rest.", map[string]any{"Name": name}),
		func(yes bool) {
			if !yes || i >= len(ed.doc.Participants) {
				return
			}
			if err := ed.doc.RemoveParticipant(ed.doc.Participants[i].ID); err != nil {
				ed.problem.Say(lang.L(err.Error()))
				return
			}
			ed.rebuild()
			ed.changed()
		}, ed.env.Window)
}

// focus gives the keyboard to a field, if it can take it.
func (ed *negEditor) focus(key string) {
	if f, ok := ed.fields[key].(fyne.Focusable); ok {
		ed.env.Window.Canvas().Focus(f)
	}
}

// sectionOfKey is the section a field key belongs to: the part before
// the first "/".
func sectionOfKey(key string) negotiation.Section {
	s, _, _ := strings.Cut(key, "/")
	return negotiation.Section(s)
}

// relayout lays the page out again after a field changed its height
// (formEntry.Resize), so everything below it moves down and can be
// scrolled to. Fyne's containers do not ask their children again by
// themselves.
func (ed *negEditor) relayout() {
	if ed.scroll == nil || ed.relaying {
		return
	}
	ed.relaying = true
	defer func() { ed.relaying = false }()
	ed.scroll.Content.Refresh()
	ed.scroll.Refresh()
}
