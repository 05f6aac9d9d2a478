package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Home is the landing page: what is coming up, and where to begin.
type Home struct {
	app      *App
	content  fyne.CanvasObject
	upcoming *widget.Label
}

func newHome(a *App) *Home {
	h := &Home{app: a}
	h.upcoming = para(lang.L("Nothing is coming up. When you plan a scene, its date and any debrief that is due will show here."))
	h.content = column(640,
		heading(lang.L("Home")),
		subheading(lang.L("Coming up")),
		h.upcoming,
		spacer(8),
		para(lang.L("Everything here is kept in an encrypted vault on this computer. Lock Parley any time with Ctrl+L, or hide the window at once with Ctrl+H.")),
	)
	return h
}

func (h *Home) view() fyne.CanvasObject { return h.content }
func (h *Home) leave()                  {}
