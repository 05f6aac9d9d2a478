package negotiate

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// dateLayouts are the ways a date may be typed, in en-GB order (day
// first): 6/12/2026, 06/12/2026, 6-12-2026, 6.12.2026, 6 Dec 2026,
// 6 December 2026, 2026-12-06, each with an optional time of day (19:00,
// 19.00 or 19:00:00). Month names are read in any case. The last ones are
// how Parley writes dates back (entryDate, longDate).
var dateLayouts = func() []string {
	days := []string{
		"2/1/2006", "2-1-2006", "2.1.2006", "2006-01-02",
		"2 Jan 2006", "2 January 2006", "Mon 2 Jan 2006", "Monday 2 January 2006",
	}
	times := []string{" 15:04:05", " 15:04", " 15.04", ", 15:04", "T15:04:05", "T15:04"}
	var out []string
	for _, d := range days {
		for _, t := range times {
			out = append(out, d+t)
		}
		out = append(out, d)
	}
	return out
}()

// parseDate reads a typed date in loc; ok is false when it is not one.
func parseDate(text string, loc *time.Location) (time.Time, bool) {
	text = strings.Join(strings.Fields(text), " ")
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, text, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// entryDate is how a date is put in its field: "8/5/2026" or
// "8/5/2026 20:00".
func entryDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if h, m, _ := t.Clock(); h == 0 && m == 0 {
		return t.Format("2/1/2006")
	}
	return t.Format("2/1/2006 15:04")
}

// dateField is a date entry with the date read back in words beneath it
// and a calendar to pick the day from. Arriving in the field selects its
// text, so typing replaces a date Parley filled in (the debrief, from the
// scene's date) rather than running on after it.
type dateField struct {
	entry *formEntry
	read  *widget.Label
	pick  *kit.NamedButton // opens the calendar
	popUp *widget.PopUp
	loc   *time.Location
}

// dateField builds a field for one of the document's dates. set is told
// the new date (zero when the field is emptied); a text Parley cannot
// read leaves the date as it was and says so.
func (ed *negEditor) dateField(key string, t time.Time, set func(time.Time)) *dateField {
	f := &dateField{read: kit.Hint(""), loc: ed.env.Now().Location()}
	// The calendar button goes in before the text: the entry's renderer,
	// made by its first SetText, takes its action item only at creation.
	e := ed.newFormEntry(false)
	e.selectOnFocus = true
	f.pick = kit.NewNamedButton(lang.L("Choose the date on a calendar"), "", theme.CalendarIcon(), func() { f.openCalendar(ed.env.Now()) })
	f.pick.Importance = widget.LowImportance
	e.ActionItem = f.pick
	f.entry = ed.field(e, key, entryDate(t), lang.L("e.g. 8/5/2026 20:00"), func(s string) {
		if strings.TrimSpace(s) == "" {
			set(time.Time{})
			f.say(time.Time{}, true)
			return
		}
		d, ok := parseDate(s, f.loc)
		if ok {
			set(d)
		}
		f.say(d, ok)
	})
	f.say(t, true)
	return f
}

// openCalendar shows a month to pick the day from, at the field's date
// (or today's).
func (f *dateField) openCalendar(now time.Time) {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.entry)
	if c == nil {
		return
	}
	at, ok := parseDate(f.entry.Text, f.loc)
	if !ok {
		at = now
	}
	f.popUp = widget.NewPopUp(widget.NewCalendar(at, f.picked), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.entry)
	f.popUp.ShowAtPosition(pos.Add(fyne.NewPos(0, f.entry.Size().Height)))
}

// picked puts the chosen day in the field as if typed, keeping the time of
// day already there.
func (f *dateField) picked(day time.Time) {
	if f.popUp != nil {
		f.popUp.Hide()
	}
	h, m := 0, 0
	if was, ok := parseDate(f.entry.Text, f.loc); ok {
		h, m, _ = was.Clock()
	}
	y, mo, d := day.Date()
	f.entry.SetText(entryDate(time.Date(y, mo, d, h, m, 0, 0, f.loc)))
}

func (f *dateField) say(t time.Time, ok bool) {
	switch {
	case !ok:
		f.read.SetText(lang.L("Parley can't read this date yet. Try it like 8/5/2026, or 8/5/2026 20:00."))
	case t.IsZero():
		f.read.SetText(lang.L("Not set yet. Type the day first, then the month and year, with a time if you like; or pick the day from the calendar."))
	default:
		f.read.SetText(kit.LongDate(t))
	}
}

// show puts a date in the field without counting it as typing.
func (f *dateField) show(t time.Time) {
	on := f.entry.OnChanged
	f.entry.OnChanged = nil
	f.entry.SetText(entryDate(t))
	f.entry.OnChanged = on
	f.say(t, true)
}

// datesBody is when the talk, the scene and the debrief are.
func (ed *negEditor) datesBody() []fyne.CanvasObject {
	var debrief *dateField
	// The talk is dated by the day; templates record the moment it began.
	talkDay := ed.doc.NegotiatedOn
	if !talkDay.IsZero() {
		y, m, d := talkDay.Date()
		talkDay = time.Date(y, m, d, 0, 0, 0, 0, talkDay.Location())
	}
	talk := ed.dateField("dates/negotiated", talkDay, func(t time.Time) { ed.doc.NegotiatedOn = t })
	scene := ed.dateField("dates/scene", ed.doc.SceneOn, func(t time.Time) {
		before := ed.doc.DebriefOn
		ed.doc.SetSceneOn(t)
		if !ed.doc.DebriefOn.Equal(before) {
			debrief.show(ed.doc.DebriefOn)
		}
	})
	debrief = ed.dateField("dates/debrief", ed.doc.DebriefOn, func(t time.Time) { ed.doc.DebriefOn = t })
	row := &dateRow{fields: []*dateField{talk, scene, debrief}}
	dates := container.New(row,
		container.NewVBox(widget.NewLabel(lang.L("Talked it through on")), talk.entry, talk.read),
		container.NewVBox(widget.NewLabel(lang.L("The scene is on")), scene.entry, scene.read),
		container.NewVBox(widget.NewLabel(lang.L("Debrief on")), debrief.entry, debrief.read),
	)
	row.reflow = func() {
		dates.Refresh()
		if ed.scroll != nil {
			ed.scroll.Refresh() // the page is taller or shorter now: scroll to all of it
		}
	}
	return []fyne.CanvasObject{
		dates,
		kit.Hint(lang.L("A few days between the talk and the scene gives you both room to think. Plan a calm debrief two or three days after the scene: what worked, what you would change, and how you have felt since.")),
	}
}

// showExtraction: the section is for a party, or whenever something has
// been written in it.
func (ed *negEditor) showExtraction() bool {
	e := ed.doc.Extraction
	return ed.doc.Template == negotiation.KindPlayParty || e.Signal != "" || e.Plan != "" || len(e.HandledBy) > 0
}

// exampleEntry is an entry for text a template filled with an example:
// the example shows as the hint, and the field starts empty.
func (ed *negEditor) exampleEntry(key, text, example string, set func(string)) *formEntry {
	shown := text
	if text == example {
		shown = ""
	}
	return ed.multi(key, shown, lang.L(example), set)
}

// extractionBody is how to stop and leave a play area, and who handles it.
func (ed *negEditor) extractionBody() []fyne.CanvasObject {
	e := &ed.doc.Extraction
	signal := ed.exampleEntry("extraction/signal", e.Signal, negotiation.ExtractionSignalExample, func(s string) { e.Signal = s })
	plan := ed.exampleEntry("extraction/plan", e.Plan, negotiation.ExtractionPlanExample, func(s string) { e.Plan = s })
	who := container.NewHBox(kit.Quiet(lang.L("Looked after by:")))
	for j, p := range ed.doc.Participants {
		id := p.ID
		c := widget.NewCheck(ed.name(j), nil)
		c.SetChecked(slices.Contains(e.HandledBy, id))
		c.OnChanged = func(on bool) {
			e.HandledBy = slices.DeleteFunc(slices.Clone(e.HandledBy), func(s string) bool { return s == id })
			if on {
				e.HandledBy = append(e.HandledBy, id)
			}
			ed.changed()
		}
		who.Add(c)
	}
	ed.fields["extraction/handled-by"] = plan
	return []fyne.CanvasObject{
		kit.Hint(lang.L("How either of you says you want to stop and leave the play area, and who looks after leaving: telling the host, somewhere quiet to sit, getting home.")),
		kit.Labelled(lang.L("The signal to leave"), signal),
		who,
		kit.Labelled(lang.L("The plan"), plan),
	}
}

// dateRow puts the three dates side by side when each field keeps room
// for its whole hint ("e.g. 8/5/2026 20:00") beside the calendar button,
// and one under another when the editor is narrower (an 800 px window
// with the safety review beside the form), so an empty field never shows
// a hint cut to a few letters. When the choice changes, reflow refreshes
// the container, which asks MinSize again.
type dateRow struct {
	fields  []*dateField
	stacked bool
	reflow  func()
}

// least is the narrowest a column may be: the longest hint whole, the
// calendar button and the field's padding.
func (r *dateRow) least() float32 {
	var w float32
	for _, f := range r.fields {
		need := fyne.MeasureText(f.entry.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width
		w = fyne.Max(w, need+f.pick.MinSize().Width+2*theme.InnerPadding()+2*theme.InputBorderSize()+2*theme.Padding())
	}
	return w
}

func (r *dateRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h, tallest float32
	for _, o := range objs {
		m := o.MinSize()
		w, h, tallest = fyne.Max(w, m.Width), h+m.Height, fyne.Max(tallest, m.Height)
	}
	gaps := theme.Padding() * float32(len(objs)-1)
	if r.stacked {
		return fyne.NewSize(w, h+gaps)
	}
	return fyne.NewSize(w*float32(len(objs))+gaps, tallest)
}

func (r *dateRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	n := float32(len(objs))
	col := (size.Width - theme.Padding()*(n-1)) / n
	if stacked := col < r.least(); stacked != r.stacked {
		r.stacked = stacked
		if r.reflow != nil {
			defer r.reflow()
		}
	}
	var x, y float32
	for _, o := range objs {
		if r.stacked {
			h := o.MinSize().Height
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(size.Width, h))
			y += h + theme.Padding()
			continue
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(col, size.Height))
		x += col + theme.Padding()
	}
}
