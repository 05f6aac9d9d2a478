package negotiate

import (
	"strconv"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/guide"
	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// reviewPanel lists the safety review's findings beside the form, the
// ones that block printing first; tapping one shows its field.
type reviewPanel struct {
	ed       *negEditor
	content  fyne.CanvasObject
	summary  *widget.Label
	list     *fyne.Container
	findings []negotiation.Finding
	cards    []*findingCard // one per finding, in order
}

func newReviewPanel(ed *negEditor) *reviewPanel {
	r := &reviewPanel{ed: ed, summary: kit.Para(""), list: container.NewVBox()}
	r.summary.TextStyle.Bold = true
	intro := kit.Hint(lang.L("Parley reads the document as you write and points out what is missing or worth a second look. Tap one to go to it."))
	r.content = container.NewBorder(
		container.NewVBox(kit.Subheading(lang.L("Safety review")), intro, r.summary, widget.NewSeparator()),
		nil, nil, nil,
		container.NewVScroll(r.list))
	return r
}

// severityWords names a finding's severity, with the importance its word
// is shown in: red only for what blocks printing.
func severityWords(s negotiation.Severity) (string, widget.Importance) {
	switch s {
	case negotiation.BlocksPrinting:
		return lang.L("Must fix before printing"), widget.DangerImportance
	case negotiation.Warning:
		return lang.L("Worth a look"), widget.MediumImportance
	}
	return lang.L("Tip"), widget.LowImportance
}

// update reviews the document as it is now.
func (r *reviewPanel) update() {
	r.findings = r.ed.findings()
	r.list.Objects = nil
	r.cards = nil
	count := map[negotiation.Severity]int{}
	for _, f := range r.findings {
		count[f.Severity]++
		var guide func()
		if id, ok := guideArticle(negotiation.GuideFor(f.Rule)); ok {
			guide = func() { r.ed.env.Navigate(kit.GuideTopic{ID: id}) }
		}
		c := newFindingCard(f, r.ed.env.Lang.Render(f.Msg), func() { r.ed.jump(f.Field) }, guide)
		if pin := r.pinAction(f); pin != nil {
			c.addAction(pin)
		}
		r.cards = append(r.cards, c)
		r.list.Add(c)
	}
	r.list.Refresh()
	r.summary.SetText(reviewSummary(count[negotiation.BlocksPrinting], count[negotiation.Warning], count[negotiation.Tip]))
}

// pinAction is, for a finding that waits for a protected list, the
// button with which its owner types their PIN; nil for any other.
func (r *reviewPanel) pinAction(f negotiation.Finding) *pinButton {
	if f.Rule != negotiation.RuleLinkedUnchecked && f.Rule != negotiation.RuleHiddenLimits {
		return nil
	}
	i := f.Field.Participant
	if i < 0 || i >= len(r.ed.doc.Participants) {
		return nil
	}
	pid := r.ed.doc.Participants[i].ID
	if f.Rule == negotiation.RuleLinkedUnchecked && r.ed.unchecked[pid] != negotiation.UncheckedProtected {
		return nil // unreadable, not protected: no PIN would help
	}
	b, face := kit.WrappingButton(lang.L("{{.Name}} enters their PIN…", map[string]any{"Name": r.ed.doc.DisplayName(i)}), theme.VisibilityIcon(), func() { r.ed.checkLinked(pid) })
	b.Importance = widget.MediumImportance
	return &pinButton{b, face}
}

// pinButton is a finding's PIN button and what shows it: its words wrap
// so a long name does not make the review panel, and so the window,
// wider (issue 14: the editor fits 800 px).
type pinButton struct {
	*widget.Button
	face fyne.CanvasObject
}

// reviewSummary says in a line how the document stands.
func reviewSummary(blocking, warnings, tips int) string {
	switch {
	case blocking > 0:
		return kit.Plural(blocking, "One thing to fix before you can print.", "{{.N}} things to fix before you can print.", map[string]any{"N": blocking})
	case warnings > 0:
		return kit.Plural(warnings, "Nothing stops you printing. One thing is worth a look first.", "Nothing stops you printing. {{.N}} things are worth a look first.", map[string]any{"N": warnings})
	case tips > 0:
		return lang.L("Ready to print, with a tip or two below.")
	}
	return lang.L("Ready to print. Nothing to point out.")
}

// findingCard is one finding: its severity in words, what to do, and a
// button that goes to the field. The whole card can be tapped too.
type findingCard struct {
	widget.BaseWidget
	finding negotiation.Finding
	show    *widget.Button
	pin     *widget.Button // for a finding that waits for a PIN
	onTap   func()
	body    fyne.CanvasObject
	said    string // the finding in words, for its accessible name
}

// said is the finding in the person's language; guide, when not nil, adds a button to the guide's entry on it.
func newFindingCard(f negotiation.Finding, said string, onTap, guide func()) *findingCard {
	c := &findingCard{finding: f, onTap: onTap}
	word0, _ := severityWords(f.Severity)
	c.said = word0 + ": " + said
	word, imp := severityWords(f.Severity)
	sev := widget.NewLabel(word)
	sev.TextStyle.Bold = true
	sev.Importance = imp
	sev.Wrapping = fyne.TextWrapWord // "Must fix before printing" beside "Show me" must not widen the panel
	c.show = widget.NewButtonWithIcon(lang.L("Show me"), theme.NavigateNextIcon(), onTap)
	c.show.Importance = widget.LowImportance
	box := container.NewVBox(container.NewBorder(nil, nil, nil, c.show, sev), kit.Para(said))
	if guide != nil {
		// its words wrap: "Den Hinweis im Ratgeber lesen" on one line made
		// the review, and so the window, wider than an 800 px screen
		read, face := kit.WrappingButton(lang.L("Read the note in the guide"), theme.HelpIcon(), guide)
		read.Importance = widget.LowImportance
		box.Add(face)
	}
	box.Add(widget.NewSeparator())
	c.body = box
	c.ExtendBaseWidget(c)
	return c
}

// addAction puts a button on the card, above its closing line.
func (c *findingCard) addAction(b *pinButton) {
	c.pin = b.Button
	box := c.body.(*fyne.Container)
	box.Objects = append(box.Objects[:len(box.Objects)-1], b.face, widget.NewSeparator())
}

func (c *findingCard) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.body) }

// Tapped goes to the finding's field.
func (c *findingCard) Tapped(*fyne.PointEvent) { c.onTap() }

// AccessibilityLabel names the card for a screen reader: its severity and
// the finding itself (fyne.Accessible).
func (c *findingCard) AccessibilityLabel() string { return c.said }

// AccessibilityRole: tapping the card goes to the field, as a button does.
func (c *findingCard) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// Cursor shows the card can be clicked.
func (c *findingCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// fieldKeys lists the form's field keys for a finding's field, the most
// precise first. Keys are "section" or "section/participant/…" as the
// section builders register them.
func fieldKeys(ref negotiation.FieldRef) []string {
	p, sec := strconv.Itoa(ref.Participant), string(ref.Section)
	var keys []string
	switch ref.Section {
	case negotiation.SectionActivities:
		if ref.Activity >= 0 {
			keys = append(keys, sec+"/"+strconv.Itoa(ref.Activity))
		}
		keys = append(keys, sec+"/add")
	case negotiation.SectionLimits:
		if ref.Participant >= 0 {
			keys = append(keys, sec+"/"+p+"/"+ref.Part+"/"+strconv.Itoa(ref.Item), sec+"/"+p)
		}
	case negotiation.SectionSafewords, negotiation.SectionExtraction, negotiation.SectionDates:
		keys = append(keys, sec+"/"+ref.Part)
		if ref.Section == negotiation.SectionSafewords {
			keys = append(keys, sec+"/word")
		}
	case negotiation.SectionDebrief:
		keys = append(keys, "dates/debrief")
	case negotiation.SectionAftercare:
		keys = append(keys, sec+"/"+p+"/"+ref.Part, sec+"/"+p+"/"+negotiation.BandImmediate.Label())
	case negotiation.SectionSafeCall:
		keys = append(keys, sec+"/"+ref.Part, sec+"/friend")
	case negotiation.SectionPhysical:
		if ref.Participant >= 0 && ref.Part != "" {
			keys = append(keys, sec+"/"+p+"/"+ref.Part)
		}
		if ref.Participant >= 0 {
			keys = append(keys, sec+"/"+p)
		}
		keys = append(keys, sec+"/0")
	case negotiation.SectionParticipants, negotiation.SectionEmotional, negotiation.SectionNewFactors, negotiation.SectionRoles, negotiation.SectionSceneDay:
		if ref.Participant >= 0 {
			keys = append(keys, sec+"/"+p)
		}
		keys = append(keys, sec+"/0")
	default:
		keys = append(keys, sec)
	}
	return keys
}

// jump scrolls the form to a finding's field and gives it the keyboard;
// when the field is not there (a section hidden), to its section.
func (ed *negEditor) jump(ref negotiation.FieldRef) {
	var target fyne.CanvasObject
	for _, k := range fieldKeys(ref) {
		if obj, ok := ed.fields[k]; ok {
			target = obj
			break
		}
	}
	section := ref.Section
	if section == negotiation.SectionDebrief {
		section = negotiation.SectionDates
	}
	if target == nil {
		for _, s := range ed.sections {
			if s.id == section {
				target = s.head
			}
		}
	}
	if target == nil {
		return
	}
	ed.scrollTo(target)
	if f, ok := target.(fyne.Focusable); ok {
		ed.env.Window.Canvas().Focus(f)
	}
}

// scrollTo brings an object of the form into view, a little below the top.
func (ed *negEditor) scrollTo(obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(ed.form).Y
	top := fyne.Max(0, y-3*theme.Padding()-40)
	room := ed.form.MinSize().Height - ed.scroll.Size().Height
	ed.scroll.Offset = fyne.NewPos(0, fyne.Max(0, fyne.Min(top, room+4*theme.Padding())))
	ed.scroll.Refresh()
}

// reveal scrolls the form to an object only when it is not in view
// already (a field reached with Tab).
func (ed *negEditor) reveal(obj fyne.CanvasObject) {
	if ed.scroll == nil || ed.form == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(ed.form).Y
	top := ed.scroll.Offset.Y
	if y >= top && y+obj.Size().Height <= top+ed.scroll.Size().Height {
		return
	}
	ed.scrollTo(obj)
}

// jumpTo scrolls the form so a section's heading is at the top.
func (ed *negEditor) jumpTo(id negotiation.Section) {
	for _, s := range ed.sections {
		if s.id != id {
			continue
		}
		d := fyne.CurrentApp().Driver()
		y := d.AbsolutePositionForObject(s.box).Y - d.AbsolutePositionForObject(ed.form).Y
		room := ed.form.MinSize().Height - ed.scroll.Size().Height + 2*theme.Padding()
		ed.scroll.Offset = fyne.NewPos(0, fyne.Max(0, fyne.Min(y, room)))
		ed.scroll.Refresh()
	}
}

// guideArticle is the guide entry for a review topic, and whether the
// guide has one: a finding links to the guide only when there is
// something to read. Topic IDs are the guide's article IDs.
func guideArticle(t negotiation.GuideTopic) (string, bool) {
	if t == "" {
		return "", false
	}
	_, ok := guideIndex().Lookup(string(t))
	return string(t), ok
}

// guideIndex is the guide, built once for looking entries up.
var guideIndex = sync.OnceValue(guide.New)
