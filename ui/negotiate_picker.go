package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
)

// activityPicker is the searchable list of Parley's activities.
type activityPicker struct {
	dlg    dialog.Dialog
	search *dialogEntry
	list   *widget.List
	shown  []catalog.Activity
	all    []catalog.Activity
}

// pickActivity lets the people choose an activity from Parley's list.
func (ed *negEditor) pickActivity() {
	if ed.app.cat == nil {
		return
	}
	p := &activityPicker{all: ed.app.cat.Activities}
	p.search = newDialogEntry()
	p.search.SetPlaceHolder(lang.L("Search, for example: blindfold"))
	p.list = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("Activity name")
			name.TextStyle.Bold = true
			cat := widget.NewLabel("Category")
			cat.Importance = widget.LowImportance
			return container.NewBorder(nil, nil, nil, cat, name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(p.shown[i].Name)
			c, _ := ed.app.cat.Category(p.shown[i].Category)
			row.Objects[1].(*widget.Label).SetText(c.Name)
		})
	choose := func(chosen catalog.Activity) {
		p.dlg.Hide()
		ed.picker = nil
		k := ed.addFromCatalog(chosen)
		ed.focus("activities/" + itoa(k))
	}
	p.list.OnSelected = func(i widget.ListItemID) { choose(p.shown[i]) }
	p.search.OnChanged = func(s string) { p.filter(s) }
	p.search.OnSubmitted = func(string) {
		if len(p.shown) > 0 {
			choose(p.shown[0])
		}
	}
	p.filter("")
	cancel, cancelObj := newEscButton(ed.app.win, lang.L("Cancel"), func() { p.dlg.Hide(); ed.picker = nil })
	// A search is not something to keep: Escape leaves as Cancel does.
	p.search.Escape = cancel.OnTapped
	top := container.NewVBox(p.search, hint(lang.L("Choose one to add it as a yes; you can change that, and who gives and receives, afterwards.")))
	body := container.NewBorder(top, rightAligned(cancelObj), nil, nil, p.list)
	p.dlg = dialog.NewCustomWithoutButtons(lang.L("Add from Parley's list"), body, ed.app.win)
	p.dlg.Resize(fyne.NewSize(560, 560))
	ed.picker = p
	p.dlg.Show()
	ed.app.win.Canvas().Focus(p.search)
}

// filter shows the activities whose name or description has every word.
func (p *activityPicker) filter(q string) {
	words := strings.Fields(strings.ToLower(q))
	p.shown = p.shown[:0]
	for _, a := range p.all {
		text := strings.ToLower(a.Name + " " + a.Description)
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(text, w)
		}
		if ok {
			p.shown = append(p.shown, a)
		}
	}
	p.list.UnselectAll()
	p.list.Refresh()
	p.list.ScrollToTop()
}
