package negotiate

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"parleyapp.org/parley/ui/kit"
	"strconv"

	"parleyapp.org/parley/domain/negotiation"
)

// limitsBody is part 2: each person's hard and soft limits, whoever
// receives something first.
func (ed *negEditor) limitsBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("Whoever receives goes first: they say their limits, and the other person says them back. Then the other way round; givers have limits too. A hard limit never happens. A soft limit only happens under the condition written beside it."))}
	for _, i := range ed.doc.LimitsOrder() {
		out = append(out, ed.personLimits(i)...)
	}
	return out
}

func (ed *negEditor) personLimits(i int) []fyne.CanvasObject {
	p := ed.doc.Participants[i]
	id := p.ID
	pre := "limits/" + strconv.Itoa(i)
	hardTitle := widget.NewLabel(lang.L("Hard limits: never"))
	hardTitle.Importance = widget.DangerImportance
	hardTitle.TextStyle.Bold = true
	out := []fyne.CanvasObject{kit.Spacer(4), personName(ed.name(i)), hardTitle}
	if len(p.HiddenLimits) > 0 { // negotiate_linked.go: shown after the PIN
		show := widget.NewButtonWithIcon(lang.L("Show {{.Name}}'s limits…", map[string]any{"Name": ed.name(i)}), theme.VisibilityIcon(), func() { ed.checkLinked(id) })
		ed.fields[pre+"/hidden"] = show
		out = append(out, kit.Hint(kit.HiddenLimitsLine(ed.name(i))), container.NewHBox(show))
	}
	for j, it := range p.Limits.Hard {
		j := j
		e := ed.entry(pre+"/hard/"+strconv.Itoa(j), it.Text, lang.L("Something that never happens"), func(s string) {
			ed.person(id).Limits.Hard[j].Text = s
		})
		out = append(out, ed.limitRow(e, nil, it.Side, func() { ed.removeLimit(id, true, j) }))
	}
	addHard := widget.NewButtonWithIcon(lang.L("Add a hard limit"), theme.ContentAddIcon(), func() { ed.addLimit(id, true) })
	addHard.Importance = widget.LowImportance
	ed.fields[pre] = addHard
	softTitle := widget.NewLabel(lang.L("Soft limits: only as agreed"))
	softTitle.TextStyle.Bold = true
	out = append(out, container.NewHBox(addHard), softTitle)
	for j, it := range p.Limits.Soft {
		j := j
		e := ed.entry(pre+"/soft/"+strconv.Itoa(j), it.Text, lang.L("Something that is not for now"), func(s string) {
			ed.person(id).Limits.Soft[j].Text = s
		})
		cond := ed.entry("", it.Condition, lang.L("Only if… (what would make it all right)"), func(s string) {
			ed.person(id).Limits.Soft[j].Condition = s
		})
		out = append(out, ed.limitRow(e, cond, it.Side, func() { ed.removeLimit(id, false, j) }))
	}
	addSoft := widget.NewButtonWithIcon(lang.L("Add a soft limit"), theme.ContentAddIcon(), func() { ed.addLimit(id, false) })
	addSoft.Importance = widget.LowImportance
	row := []fyne.CanvasObject{addSoft}
	if p.ProfileID != "" {
		bring := widget.NewButtonWithIcon(lang.L("Bring in {{.Name}}'s limits from their list…", map[string]any{"Name": ed.name(i)}), theme.DownloadIcon(), func() { ed.bringIn(id) })
		ed.fields[pre+"/bring"] = bring
		row = append(row, bring)
	}
	// wrapped, not one row: "Weiche Grenze hinzufügen" beside "Grenzen von
	// Sam aus der eigenen Liste übernehmen …" needs 680 px, more than the
	// form has beside the review in an 800 px window
	return append(out, container.New(layout.NewRowWrapLayout(), row...))
}

// limitRow is one limit: its text, a soft limit's condition, the side it
// is about when it came from a checklist, and a remove button.
func (ed *negEditor) limitRow(text, cond *formEntry, side negotiation.Side, remove func()) fyne.CanvasObject {
	var main fyne.CanvasObject = text
	if cond != nil {
		main = container.NewGridWithColumns(2, text, cond)
	}
	rm := kit.NewNamedButton(lang.L("Remove this limit"), "", theme.DeleteIcon(), remove)
	rm.Importance = widget.LowImportance
	right := []fyne.CanvasObject{}
	if w := sideWords(side); w != "" {
		right = append(right, kit.Quiet(w))
	}
	return container.NewBorder(nil, nil, nil, container.NewHBox(append(right, rm)...), main)
}

func sideWords(s negotiation.Side) string {
	switch s {
	case negotiation.SideGiving:
		return lang.L("when giving")
	case negotiation.SideReceiving:
		return lang.L("when receiving")
	}
	return ""
}

// person is the participant with this ID (it is always there while the
// form shows them).
func (ed *negEditor) person(id string) *negotiation.Participant {
	return &ed.doc.Participants[ed.doc.ParticipantIndex(id)]
}

func (ed *negEditor) addLimit(id string, hard bool) {
	p := ed.person(id)
	kind, n := "soft", 0
	if hard {
		p.Limits.Hard = append(p.Limits.Hard, negotiation.LimitItem{})
		kind, n = "hard", len(p.Limits.Hard)
	} else {
		p.Limits.Soft = append(p.Limits.Soft, negotiation.LimitItem{})
		n = len(p.Limits.Soft)
	}
	ed.rebuild(negotiation.SectionLimits)
	ed.changed()
	ed.focus("limits/" + strconv.Itoa(ed.doc.ParticipantIndex(id)) + "/" + kind + "/" + strconv.Itoa(n-1))
}

func (ed *negEditor) removeLimit(id string, hard bool, j int) {
	p := ed.person(id)
	list := &p.Limits.Soft
	if hard {
		list = &p.Limits.Hard
	}
	if j >= len(*list) {
		return
	}
	*list = append(append([]negotiation.LimitItem(nil), (*list)[:j]...), (*list)[j+1:]...)
	ed.rebuild(negotiation.SectionLimits)
	ed.changed()
}
