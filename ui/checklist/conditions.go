package checklist

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/ui/kit"
)

// conditions is the details panel's "Only with…" part: the small,
// structured set domain/checklist defines (a person, after talking, up to
// an intensity), offered on a Yes or a Maybe and saved like the note, in
// the answer's own row (sealed with the list). On any other answer the
// part says where conditions go instead, and what was set stays kept (the
// domain keeps it and brings it back with a Yes).
type conditions struct {
	box       *fyne.Container
	fields    *fyne.Container
	elsewhere *widget.Label
	with      *widget.Entry
	talk      *widget.Check
	upTo      *widget.Select
	onChange  func(checklist.Condition)
	quiet     bool // filling the fields from the sheet: nothing to save
}

// intensityChoices are the "Up to" choices, in checklist.Intensity order.
func intensityChoices() []string {
	return []string{lang.L("Any intensity"), lang.L("Gently only"), lang.L("No more than moderately")}
}

func newConditions(onChange func(checklist.Condition)) *conditions {
	k := &conditions{onChange: onChange}
	k.with = widget.NewEntry()
	k.with.SetPlaceHolder(lang.L("Anyone I agree with"))
	k.talk = widget.NewCheck(lang.L("Only after we have talked about it"), nil)
	k.upTo = widget.NewSelect(intensityChoices(), nil)
	k.with.OnChanged = func(string) { k.changed() }
	k.talk.OnChanged = func(bool) { k.changed() }
	k.upTo.OnChanged = func(string) { k.changed() }
	k.fields = container.NewVBox(
		kit.Labelled(lang.L("Only with"), k.with),
		k.talk,
		kit.Labelled(lang.L("Up to"), k.upTo),
	)
	k.elsewhere = kit.Hint(lang.L("A Yes or a Maybe can carry conditions: only with someone, only after talking, only up to an intensity."))
	k.box = container.NewVBox(kit.Subheading(lang.L("Only with…")), k.fields, k.elsewhere)
	return k
}

// show fills the part for one entry.
func (k *conditions) show(e checklist.Entry) {
	k.quiet = true
	defer func() { k.quiet = false }()
	c := e.Condition
	k.with.SetText(c.OnlyWith)
	k.talk.SetChecked(c.AfterTalking)
	k.upTo.SetSelectedIndex(int(c.UpTo))
	if e.Answer.CarriesConditions() {
		k.fields.Show()
		k.elsewhere.Hide()
	} else {
		k.fields.Hide()
		k.elsewhere.Show()
	}
}

// current is the condition the fields show.
func (k *conditions) current() checklist.Condition {
	up := checklist.AnyIntensity
	if i := k.upTo.SelectedIndex(); i > 0 {
		up = checklist.Intensity(i)
	}
	return checklist.Condition{OnlyWith: k.with.Text, AfterTalking: k.talk.Checked, UpTo: up}
}

func (k *conditions) changed() {
	if !k.quiet && k.onChange != nil {
		k.onChange(k.current())
	}
}

// fantasyLine is the details panel's one line on the fifth answer.
func fantasyLine() *widget.Label {
	l := kit.Hint(lang.L("“Fantasy only” is for an idea you like to talk about or play out in role-play, but not to do."))
	return l
}

// setCondition keeps the selected row's condition and saves it.
func (c *Checklist) setCondition(cond checklist.Condition) {
	if !c.listOpen() || c.sel < 0 || c.sel >= len(c.rows) {
		return
	}
	k := c.rows[c.sel].Key()
	if !c.sheet.SetCondition(k, cond) {
		return
	}
	c.env.Touch()
	c.rows[c.sel].Entry = c.sheet.Get(k)
	c.persist(k, nil)
}
