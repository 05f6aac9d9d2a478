package negotiate

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// statuses are the three answers for an activity, in the order shown.
var statuses = []negotiation.Status{negotiation.StatusYes, negotiation.StatusTry, negotiation.StatusNotThisTime}

func statusWord(s negotiation.Status) string {
	switch s {
	case negotiation.StatusYes:
		return lang.L("Yes")
	case negotiation.StatusTry:
		return lang.L("Let's try")
	case negotiation.StatusNotThisTime:
		return lang.L("Not this time")
	}
	return ""
}

// activitiesBody is part 1's list: every activity with its status, who
// gives and receives, and a note.
func (ed *negEditor) activitiesBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("Be specific: what, with what, and how. Write down what is not happening this time as well, so nothing drifts in."))}
	if len(ed.doc.Scene.Activities) == 0 {
		out = append(out, kit.Para(lang.L("Nothing here yet. Add something from Parley's list, or type your own.")))
	}
	for k := range ed.doc.Scene.Activities {
		out = append(out, ed.activityRow(k), widget.NewSeparator())
	}
	pick := widget.NewButtonWithIcon(lang.L("Add from the list…"), theme.SearchIcon(), ed.pickActivity)
	own := widget.NewButtonWithIcon(lang.L("Type your own"), theme.ContentAddIcon(), ed.addOwnActivity)
	own.Importance = widget.LowImportance
	ed.fields["activities/add"] = pick
	out = append(out, container.NewHBox(pick, own))
	return out
}

// fromCatalog reports whether the activity is one of Parley's own.
func (ed *negEditor) fromCatalog(a negotiation.Activity) bool {
	if a.ID == "" || strings.HasPrefix(a.ID, "custom:") || ed.env.Catalog == nil {
		return false
	}
	_, ok := ed.env.Catalog.Activity(a.ID)
	return ok
}

// statusRowRoom is the widest the three status words may be side by side:
// about what the editor's form has beside the review in an 800 px window
// (Parley's theme). Where a language's words are wider (Dutch: three
// columns each as wide as "We proberen het", 470 px, as Fyne gives every
// option the widest one's width) they stack instead, so the window need not
// grow past 800 px (docs/screens/README.md).
const statusRowRoom = 420

func (ed *negEditor) activityRow(k int) fyne.CanvasObject {
	a := ed.doc.Scene.Activities[k]
	key := "activities/" + strconv.Itoa(k)
	note := ed.entry("", a.Note, lang.L("Details, if any: with what, how, for how long"), func(s string) { ed.doc.Scene.Activities[k].Note = s })
	var name fyne.CanvasObject
	if ed.fromCatalog(a) {
		l := widget.NewLabel(a.Label())
		l.TextStyle.Bold = true
		l.Wrapping = fyne.TextWrapWord
		name = l
		ed.fields[key] = note
	} else {
		name = ed.entry(key, a.Name, activityHint(a.Status), func(s string) { ed.renameActivity(k, s) })
	}
	var words []string
	for _, s := range statuses {
		words = append(words, statusWord(s))
	}
	status := widget.NewRadioGroup(words, nil)
	status.Horizontal = status.MinSize().Width*3 <= statusRowRoom // MinSize is one column's: vertical until set
	status.SetSelected(statusWord(a.Status))
	ed.fields[key+"/status"] = status
	status.OnChanged = func(w string) {
		for _, s := range statuses {
			if statusWord(s) == w {
				ed.doc.Scene.Activities[k].Status = s
			}
		}
		ed.changed()
	}
	remove := kit.NewNamedButton(lang.L("Remove this activity"), "", theme.DeleteIcon(), func() { ed.removeActivity(k) })
	remove.Importance = widget.LowImportance
	// the name takes the room the chooser leaves: two equal columns need
	// twice the chooser's width, more than 800 px allow beside the review
	// in German
	parts := []fyne.CanvasObject{container.NewBorder(nil, nil, nil, ed.whoChooser(k), name), status, note}
	f := kit.FlagWords(a.LimitsSpeech, a.Marks, a.NeedsSkill)
	if a.Risk == catalog.RiskHigh {
		f = strings.TrimSpace(lang.L("Higher risk.") + " " + f)
	}
	if f != "" {
		parts = append(parts, kit.Hint(f))
	}
	if w := negotiation.WantedByWords(ed.doc, a); w.Says != nil {
		parts = append(parts, kit.Quiet(kit.Capitalise(w.In(ed.env.Lang).Text)))
	}
	for _, line := range ed.conditionLines(a.ID) {
		parts = append(parts, kit.Quiet(line))
	}
	return container.NewBorder(nil, nil, nil, remove, container.NewVBox(parts...))
}

// activityHint is the hint in an empty activity's name: shorter than
// negotiation.PlaceholderHint, to fit beside the "who" chooser.
func activityHint(s negotiation.Status) string {
	switch s {
	case negotiation.StatusTry:
		return lang.L("One thing to try and see")
	case negotiation.StatusNotThisTime:
		return lang.L("Something for another time")
	}
	return lang.L("A yes you both know well")
}

// renameActivity keeps a typed activity's name, linking it to Parley's
// list when the name is one of its activities (so its cautions apply).
func (ed *negEditor) renameActivity(k int, name string) {
	a := &ed.doc.Scene.Activities[k]
	a.Name = name
	if c, ok := ed.byName[catalog.NormaliseName(name)]; ok {
		linked := negotiation.ActivityFromCatalog(c, a.Status)
		a.ID, a.Marks, a.LimitsSpeech, a.NeedsSkill, a.Risk = linked.ID, linked.Marks, linked.LimitsSpeech, linked.NeedsSkill, linked.Risk
		return
	}
	a.ID, a.Marks, a.LimitsSpeech, a.NeedsSkill, a.Risk = "", false, false, false, ""
	if strings.TrimSpace(name) != "" {
		a.ID = catalog.CustomID(name)
	}
}

func (ed *negEditor) removeActivity(k int) {
	if ed.doc.RemoveActivity(k) {
		ed.rebuild(negotiation.SectionActivities)
		ed.changed()
	}
}

func (ed *negEditor) addOwnActivity() {
	ed.doc.AddActivity(negotiation.Activity{Status: negotiation.StatusYes})
	ed.rebuild(negotiation.SectionActivities)
	ed.changed()
	ed.focus("activities/" + strconv.Itoa(len(ed.doc.Scene.Activities)-1))
}

// addFromCatalog puts one of Parley's activities in the scene as a yes:
// into the first empty "yes" row a template left, or as a new row.
func (ed *negEditor) addFromCatalog(c catalog.Activity) int {
	a := negotiation.ActivityFromCatalog(c, negotiation.StatusYes)
	k := -1
	for i, have := range ed.doc.Scene.Activities {
		if have.Blank() && have.Status == negotiation.StatusYes && strings.TrimSpace(have.Note) == "" {
			ed.doc.Scene.Activities[i] = a
			k = i
			break
		}
	}
	if k < 0 {
		k = ed.doc.AddActivity(a)
	}
	ed.rebuild(negotiation.SectionActivities)
	ed.changed()
	return k
}

// who is one way of sharing an activity between the people.
type who struct {
	label     string
	together  bool
	givers    []string
	receivers []string
}

// whoChoices lists the ways an activity can be shared: not decided,
// together (unless only one side makes sense), and each person giving to
// each other person.
func (ed *negEditor) whoChoices(a negotiation.Activity) []who {
	out := []who{{label: lang.L("Who gives and receives?")}}
	kindTogether := false
	if ed.fromCatalog(a) {
		c, _ := ed.env.Catalog.Activity(a.ID)
		kindTogether = c.Kind == catalog.Together
	}
	if kindTogether || !ed.fromCatalog(a) {
		out = append(out, who{label: lang.L("Together"), together: true})
	}
	if kindTogether {
		return out
	}
	for i, g := range ed.doc.Participants {
		for j, r := range ed.doc.Participants {
			if i != j {
				out = append(out, who{
					label:  lang.L("{{.Giver}} gives, {{.Receiver}} receives", map[string]any{"Giver": ed.name(i), "Receiver": ed.name(j)}),
					givers: []string{g.ID}, receivers: []string{r.ID},
				})
			}
		}
	}
	return out
}

// whoChooser picks who gives and who receives an activity.
func (ed *negEditor) whoChooser(k int) fyne.CanvasObject {
	a := ed.doc.Scene.Activities[k]
	choices := ed.whoChoices(a)
	current := -1
	for i, c := range choices {
		if c.together == a.Together && slices.Equal(c.givers, a.Givers) && slices.Equal(c.receivers, a.Receivers) {
			current = i
		}
	}
	if current < 0 { // shared some other way, e.g. two givers: keep it as it is
		choices = append(choices, who{label: lang.L("As written: {{.Who}}", map[string]any{"Who": ed.whoText(a)}),
			together: a.Together, givers: a.Givers, receivers: a.Receivers})
		current = len(choices) - 1
	}
	var labels []string
	for _, c := range choices {
		labels = append(labels, c.label)
	}
	sel := widget.NewSelect(labels, nil)
	sel.PlaceHolder = choices[0].label
	if current > 0 {
		sel.SetSelectedIndex(current)
	}
	sel.OnChanged = func(string) {
		c := choices[sel.SelectedIndex()]
		act := &ed.doc.Scene.Activities[k]
		act.Together, act.Givers, act.Receivers = c.together, slices.Clone(c.givers), slices.Clone(c.receivers)
		ed.changed()
	}
	return sel
}

// whoText says who gives and receives, for a sharing the chooser has no
// line for.
func (ed *negEditor) whoText(a negotiation.Activity) string {
	names := func(ids []string) string {
		var out []string
		for _, id := range ids {
			out = append(out, ed.doc.NameOf(id))
		}
		return kit.JoinWords(out)
	}
	return lang.L("{{.Givers}} giving, {{.Receivers}} receiving", map[string]any{"Givers": names(a.Givers), "Receivers": names(a.Receivers)})
}

// intensityBody is how strong and how steady.
func (ed *negEditor) intensityBody() []fyne.CanvasObject {
	level := choiceGroup(
		[]negotiation.Intensity{negotiation.IntensityLight, negotiation.IntensityMedium, negotiation.IntensityIntense},
		// The printed page's words for the intensity (domain/negotiation's
		// outline.intensity.*): one word on screen and on paper, and not the
		// theme's "Light", which other languages say differently.
		[]string{lang.X("outline.intensity.light", "Light"), lang.X("outline.intensity.medium", "Medium"), lang.X("outline.intensity.intense", "Intense")},
		ed.doc.Scene.Intensity, func(v negotiation.Intensity) { ed.doc.Scene.Intensity = v; ed.changed() })
	pace := choiceGroup(
		[]negotiation.Pace{negotiation.PaceSteady, negotiation.PaceVarying},
		[]string{lang.L("Steady"), lang.L("Varying")},
		ed.doc.Scene.Pace, func(v negotiation.Pace) { ed.doc.Scene.Pace = v; ed.changed() })
	ed.fields["intensity"] = level
	return []fyne.CanvasObject{level, pace}
}

// durationBody is the length, as typed, with what Parley read from it.
func (ed *negEditor) durationBody() []fyne.CanvasObject {
	read := kit.Hint("")
	show := func() {
		s := ed.doc.Scene
		m, ok := negotiation.ParseDuration(s.DurationText)
		switch {
		case strings.TrimSpace(s.DurationText) == "":
			read.SetText(lang.L("Roughly how long, like 'about 30 minutes' or 'around an hour'."))
		case !ok:
			read.SetText(lang.L("Parley can't tell how long that is. Something like 'about 30 minutes' is clearer for you both."))
		default:
			read.SetText(lang.L("Planned length: {{.Length}}.", map[string]any{"Length": minutesWords(m)}))
		}
	}
	e := ed.entry("duration", ed.doc.Scene.DurationText, lang.L("For example: about 30 minutes"), func(s string) {
		ed.doc.Scene.SetDuration(s)
		show()
	})
	show()
	return []fyne.CanvasObject{e, read}
}

// minutesWords writes "45 minutes", "1 hour", "1 hour 30 minutes".
func minutesWords(m int) string {
	h, rest := m/60, m%60
	var parts []string
	if h > 0 {
		parts = append(parts, kit.Plural(h, "{{.N}} hour", "{{.N}} hours", map[string]any{"N": h}))
	}
	if rest > 0 || h == 0 {
		parts = append(parts, kit.Plural(rest, "{{.N}} minute", "{{.N}} minutes", map[string]any{"N": rest}))
	}
	return strings.Join(parts, " ")
}

// settingBody is where the scene happens.
func (ed *negEditor) settingBody() []fyne.CanvasObject {
	s := &ed.doc.Scene.Setting
	place := ed.entry("setting", s.Place, lang.L("For example: our flat"), func(v string) { s.Place = v })
	room := ed.entry("", s.Room, lang.L("For example: the bedroom"), func(v string) { s.Room = v })
	around := ed.entry("", s.Around, lang.L("Who else is in the building or nearby"), func(v string) { s.Around = v })
	return []fyne.CanvasObject{formRows(
		widget.NewLabel(lang.L("Where")), place,
		widget.NewLabel(lang.L("Which room")), room,
		widget.NewLabel(lang.L("Who is around")), around)}
}

// rolesBody is the role each person takes.
func (ed *negEditor) rolesBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("Who takes which role, and what that means: who leads, who can slow things down, which names you use in the scene."))}
	for i, p := range ed.doc.Participants {
		id := p.ID
		r := ed.roleOf(id)
		role := ed.entry("roles/"+strconv.Itoa(i), r.Role, lang.L("For example: leading, or following"), func(s string) { ed.role(id).Role = s })
		scene := ed.entry("", r.SceneName, lang.L("Optional: a name used only in the scene"), func(s string) { ed.role(id).SceneName = s })
		meaning := ed.entry("", r.Meaning, lang.L("For example: checks in every ten minutes"), func(s string) { ed.role(id).Meaning = s })
		out = append(out, personName(ed.name(i)), formRows(
			widget.NewLabel(lang.L("Role")), role,
			widget.NewLabel(lang.L("Scene name")), scene,
			widget.NewLabel(lang.L("What it means")), meaning))
	}
	return out
}

// roleOf is the person's role as written (empty when none is).
func (ed *negEditor) roleOf(id string) negotiation.Role {
	for _, r := range ed.doc.Scene.Roles {
		if r.ParticipantID == id {
			return r
		}
	}
	return negotiation.Role{ParticipantID: id}
}

// role is the person's role in the document, added when missing.
func (ed *negEditor) role(id string) *negotiation.Role {
	for i := range ed.doc.Scene.Roles {
		if ed.doc.Scene.Roles[i].ParticipantID == id {
			return &ed.doc.Scene.Roles[i]
		}
	}
	ed.doc.Scene.Roles = append(ed.doc.Scene.Roles, negotiation.Role{ParticipantID: id})
	return &ed.doc.Scene.Roles[len(ed.doc.Scene.Roles)-1]
}

// choiceGroup is a horizontal radio group over values shown as words; set
// gets the chosen value, or the zero value when the choice is cleared.
func choiceGroup[T comparable](values []T, words []string, current T, set func(T)) *widget.RadioGroup {
	g := widget.NewRadioGroup(words, nil)
	g.Horizontal = true
	if i := slices.Index(values, current); i >= 0 {
		g.SetSelected(words[i])
	}
	g.OnChanged = func(w string) {
		var v T
		if i := slices.Index(words, w); i >= 0 {
			v = values[i]
		}
		set(v)
	}
	return g
}
