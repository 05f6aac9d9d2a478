package history

import (
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/kit"
)

// histTimeline shows how one person's answers have moved over time, with
// the moves between soft and hard limits marked.
type histTimeline struct {
	h       *History
	content *fyne.Container
	problem *kit.Problem

	profiles []persistence.Profile
	choose   []*widget.Button // one per person
	name     string           // whose timeline is shown (their list is not kept open)
	rows     []timelineRow
	list     *widget.List

	// The PIN dialog while a protected list is being opened.
	pin    *widget.Entry
	pinDlg *kit.Form
}

// timelineRow is one line of the timeline.
type timelineRow struct {
	day  string
	text string
	mark string // the move in words, e.g. "Now a hard limit"; "" for none
	hard bool   // the move made a hard limit: the mark is red
}

func newHistTimeline(h *History) *histTimeline {
	t := &histTimeline{h: h, content: container.NewStack(), problem: kit.NewProblem()}
	t.showChooser()
	return t
}

// load lists the people in the background.
func (t *histTimeline) load() {
	h := t.h
	v := h.env.Vault()
	kit.Background(h.env, v.Profiles, func(all []persistence.Profile, err error) {
		if h.timeline != t || !h.env.StillOpen(v) {
			return
		}
		if err != nil {
			t.problem.Say(kit.ErrorSentence(err))
			return
		}
		t.profiles = all
		t.showChooser()
	})
}

func (t *histTimeline) showChooser() {
	t.name, t.rows, t.list = "", nil, nil // the last person's timeline goes with its page
	people := container.NewVBox()
	t.choose = nil
	if len(t.profiles) == 0 {
		people.Add(kit.Hint(lang.L("Nobody has a checklist yet. Once someone has answered theirs in Checklist, how their answers move over time shows here.")))
	}
	for _, prof := range t.profiles {
		icon, label := theme.AccountIcon(), prof.Name
		if prof.Sealed {
			icon = theme.VisibilityOffIcon()
			label = lang.L("{{.Name}} (protected by a PIN)", map[string]any{"Name": prof.Name})
		}
		b := widget.NewButtonWithIcon(label, icon, func() { t.pick(prof) })
		b.Alignment = widget.ButtonAlignLeading
		t.choose = append(t.choose, b)
		people.Add(b)
	}
	t.content.Objects = []fyne.CanvasObject{kit.Column(620,
		kit.BackButton(lang.L("All negotiations"), t.h.backToList),
		kit.Heading(lang.L("Limits over time")),
		kit.Para(lang.L("Limits move: new interests appear, soft limits harden, and hard limits are sometimes talked about again. Choose whose answers to look at; a list protected by a PIN asks for it first.")),
		t.problem,
		people,
	)}
	t.content.Refresh()
}

type timelineData struct {
	changes []checklist.Change
	customs []catalog.Activity
}

func (t *histTimeline) pick(prof persistence.Profile) {
	a := t.h.env
	prompt := kit.OpenProfile(a, prof, t.problem, func(person *persistence.Person) {
		v := a.Vault()
		kit.Background(a, func() (timelineData, error) {
			changes, err := v.AnswerHistory(person)
			if err != nil {
				return timelineData{}, err
			}
			_, customs, err := v.LoadChecklist(person)
			return timelineData{changes, customs}, err
		}, func(x timelineData, err error) {
			if t.h.timeline != t || !a.StillOpen(v) {
				return
			}
			if err != nil {
				t.problem.Say(kit.ErrorSentence(err))
				return
			}
			t.name = person.Name
			t.rows = timelineRows(negotiation.LimitsTimeline(x.changes), t.namer(x.customs), a.Lang)
			t.showTimeline()
		})
	}, func() {})
	t.pin, t.pinDlg = prompt.Entry, prompt.Dialog
}

// namer names an activity from the catalog or the person's own list.
func (t *histTimeline) namer(customs []catalog.Activity) func(string) string {
	return func(id string) string {
		if a, ok := catalogActivity(t.h.env.Catalog, id); ok {
			return a.Name
		}
		for _, c := range customs {
			if catalog.CustomID(c.Name) == id {
				return c.Name
			}
		}
		return strings.TrimPrefix(id, "custom:")
	}
}

func (t *histTimeline) showTimeline() {
	t.list = widget.NewList(
		func() int { return len(t.rows) },
		newTimelineRowView,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(t.rows) {
				showTimelineRow(o, t.rows[i])
			}
		},
	)
	t.list.OnSelected = func(widget.ListItemID) { t.list.UnselectAll() }
	name := t.name
	intro := lang.L("Newest first. Moves into, out of and between limits are marked in words; a new hard limit is also shown in red.")
	var body fyne.CanvasObject = t.list
	if len(t.rows) == 0 {
		body = container.NewVBox(kit.Para(lang.L("Nothing has moved yet. When {{.Name}} changes an answer in Checklist, or carries a discovery from a debrief, it shows here.", map[string]any{"Name": name})))
	}
	top := container.NewVBox(
		kit.BackButton(lang.L("Someone else"), t.showChooser),
		kit.Heading(lang.L("{{.Name}}'s limits over time", map[string]any{"Name": name})),
		kit.Para(intro),
		t.problem,
	)
	t.content.Objects = []fyne.CanvasObject{container.New(kit.CentreLayout(860), container.NewBorder(top, nil, nil, nil, body))}
	t.content.Refresh()
}

// timelineRows turns the timeline into rows, newest first. A person's
// very first answers (from no answer) are summed up in one row per day,
// so the moves of answers already given stand out.
func timelineRows(entries []negotiation.TimelineEntry, name func(string) string, l message.Renderer) []timelineRow {
	var out []timelineRow
	var firstDay string
	firstCount, firstHard := 0, 0
	flushFirst := func() {
		if firstCount == 0 {
			return
		}
		text := kit.Plural(firstCount, "First answer for one activity.", "First answers for {{.N}} activities.", map[string]any{"N": firstCount})
		if firstHard > 0 {
			text += " " + kit.Plural(firstHard, "One of them is a hard limit.", "Hard limits among them: {{.N}}.", map[string]any{"N": firstHard})
		}
		out = append(out, timelineRow{day: firstDay, text: text})
		firstCount, firstHard = 0, 0
	}
	for _, e := range entries {
		day := dayText(e.At)
		if e.From == checklist.Unanswered {
			if day != firstDay {
				flushFirst()
				firstDay = day
			}
			firstCount++
			if e.To == checklist.HardLimit {
				firstHard++
			}
			continue
		}
		flushFirst()
		firstDay = ""
		mark, hard := moveWords(e)
		out = append(out, timelineRow{day: day, text: l.Render(e.Says(name(e.Key.Activity))), mark: mark, hard: hard})
	}
	flushFirst()
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// moveWords names a limit's move, and whether it made a hard limit.
func moveWords(e negotiation.TimelineEntry) (string, bool) {
	switch e.Move {
	case negotiation.Hardened:
		return lang.L("Now a hard limit"), true
	case negotiation.Softened:
		return lang.L("Now a soft limit"), false
	case negotiation.IntoLimit:
		if e.To == checklist.HardLimit {
			return lang.L("Now a hard limit"), true
		}
		return lang.L("Now a soft limit"), false
	case negotiation.OutOfLimit:
		return lang.L("No longer a limit"), false
	}
	return "", false
}

// dayText is a day in words in the person's language: "Friday 8 May 2026".
func dayText(t time.Time) string { return kit.SayMsg(message.LongDate(t.Local(), false)) }

// newTimelineRowView is a row: a thin marker, the day and the sentence,
// and the move in words on the right.
func newTimelineRowView() fyne.CanvasObject {
	bar := canvas.NewRectangle(color.Transparent)
	bar.SetMinSize(fyne.NewSize(4, 1))
	day := widget.NewLabel("")
	day.Importance = widget.LowImportance
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	mark := widget.NewLabel("")
	mark.TextStyle.Bold = true
	return container.NewBorder(nil, nil, bar, mark, container.NewVBox(day, text))
}

func showTimelineRow(o fyne.CanvasObject, r timelineRow) {
	box := o.(*fyne.Container)
	mid := box.Objects[0].(*fyne.Container)
	bar := box.Objects[1].(*canvas.Rectangle)
	mark := box.Objects[2].(*widget.Label)
	mid.Objects[0].(*widget.Label).SetText(r.day)
	mid.Objects[1].(*widget.Label).SetText(r.text)
	mark.SetText(r.mark)
	switch {
	case r.hard:
		mark.Importance = widget.DangerImportance
		bar.FillColor = theme.Color(theme.ColorNameError)
	case r.mark != "":
		mark.Importance = widget.MediumImportance
		bar.FillColor = theme.Color(theme.ColorNamePrimary)
	default:
		mark.Importance = widget.MediumImportance
		bar.FillColor = color.Transparent
	}
	mark.Refresh()
	bar.Refresh()
}
