package ui

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/home"
	"parleyapp.org/parley/ui/kit"
)

// debriefWatch looks, while a vault is open, for debriefs that become
// due. It says so with a desktop notification that never names the
// negotiation or anything in it (it shows outside Parley), and refreshes
// Home when what Home lists has changed.
type debriefWatch struct {
	app    *App
	v      *persistence.Vault
	looked bool
	due    []string // IDs of the negotiations whose debrief was due
	listed []string // what Home listed, as kind and ID
}

// watchDebriefs looks once at once and then every minute until v closes.
func (a *App) watchDebriefs(v *persistence.Vault) {
	w := &debriefWatch{app: a, v: v}
	w.look()
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for range t.C {
		if !a.stillOpen(v) {
			return
		}
		w.look()
	}
}

// look compares what is due now with the last look. The first look only
// takes note: Home already shows what was due when Parley opened.
func (w *debriefWatch) look() {
	all, err := w.v.Negotiations()
	if err != nil || !w.app.stillOpen(w.v) {
		return
	}
	listed, due := home.Watched(all, w.app.now())
	first := !w.looked
	fresh := slices.ContainsFunc(due, func(id string) bool { return !slices.Contains(w.due, id) })
	changed := !slices.Equal(listed, w.listed)
	w.looked, w.due, w.listed = true, due, listed
	if first {
		return
	}
	if fresh {
		w.app.fyne.SendNotification(fyne.NewNotification("Parley", lang.L("A debrief is due")))
	}
	if changed {
		onUI(func() {
			if w.app.shell == nil || !w.app.stillOpen(w.v) {
				return
			}
			if r, ok := w.app.shell.current.(kit.Refresher); ok && w.app.shell.currentID == "home" {
				r.Refresh()
			}
		})
	}
}
