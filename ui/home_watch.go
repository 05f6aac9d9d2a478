package ui

import (
	"slices"
	"time"

	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/home"
	"parleyapp.org/parley/ui/kit"
)

// debriefWatch looks, while a vault is open, for debriefs that become
// due. In "detailed" it says which with a live desktop notification
// (reminders.go: the discreet ones come from Fyne's scheduler), and it
// refreshes Home when what Home lists has changed.
type debriefWatch struct {
	app    *App
	v      *persistence.Vault
	looked bool
	due    []string // IDs of the negotiations whose debrief was due
	listed []string // what Home listed, as kind and ID
}

// watchAfresh starts the debrief watch of a vault just opened, ending the
// one before: after a restore the vault is the same and only its contents
// are new, and two watches would send each live reminder twice. Call on
// the UI goroutine.
func (a *App) watchAfresh(v *persistence.Vault) {
	a.mu.Lock()
	if a.watching != nil {
		close(a.watching)
	}
	stop := make(chan struct{})
	a.watching = stop
	a.mu.Unlock()
	go a.watchDebriefs(v, stop)
}

// watchDebriefs schedules the debrief reminders afresh (reminders.go),
// looks once at once and then every minute until v closes or stop does.
func (a *App) watchDebriefs(v *persistence.Vault, stop <-chan struct{}) {
	a.syncReminders(v, syncOpened)
	w := &debriefWatch{app: a, v: v}
	w.look()
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		if !a.stillOpen(v) {
			return
		}
		a.syncReminders(v, syncRunning)
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
	listed, dueNow := home.Watched(all, w.app.now())
	var due []string
	var fresh []home.DueDebrief
	for _, d := range dueNow {
		due = append(due, d.ID)
		if !slices.Contains(w.due, d.ID) {
			fresh = append(fresh, d)
		}
	}
	first := !w.looked
	changed := !slices.Equal(listed, w.listed)
	w.looked, w.due, w.listed = true, due, listed
	if first {
		return
	}
	for _, it := range fresh {
		if n := liveReminder(w.v, it); n != nil {
			w.app.fyne.SendNotification(n)
		}
	}
	if changed {
		w.app.env.Do(func() {
			if w.app.shell == nil || !w.app.stillOpen(w.v) {
				return
			}
			if r, ok := w.app.shell.current.(kit.Refresher); ok && w.app.shell.currentID == "home" {
				r.Refresh()
			}
		})
	}
}
