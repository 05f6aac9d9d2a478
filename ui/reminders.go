package ui

import (
	"encoding/json"
	"maps"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/home"
	"parleyapp.org/parley/ui/kit"
)

// Debrief reminders. A scene's debrief is due from 24 to 72 hours after
// it (negotiation.DebriefDue); when the window opens, Parley reminds its
// people with a desktop notification, even when Parley is closed where the
// system allows it. Settings offers three choices:
//
//   - discreet (the default): "Parley: Something is waiting for you", and
//     nothing else, ever;
//   - detailed: the same discreet reminder is scheduled, and when the
//     window opens while Parley is open and unlocked, Parley says instead
//     which negotiation's debrief is due and until when;
//   - none: nothing is scheduled or sent.
//
// How it reaches people: Fyne 2.8's App.ScheduleNotification. On Windows
// that is a scheduled toast held by the system; on macOS, for the bundled
// .app, a request to the system's notification centre; both fire with
// Parley closed. On Linux (and macOS when not bundled) there is no system
// scheduler: Fyne keeps the schedule in the running process and writes it
// as plain JSON (title, text, time) into the app's cache folder, so a
// reminder fires only while Parley runs (locked or not), and one missed
// while it was closed fires when Parley next starts. Because that file is
// plain text outside the vault, only the discreet text ever goes to Fyne's
// scheduler, in every mode; the detailed text is sent live, by a running,
// unlocked Parley, and is written nowhere. What the file does show is the
// time of each reminder (a day after a scene); README, "Reminders", says so.
//
// What is scheduled is kept in step with the vault by sync, which compares
// the reminders wanted now (every agreed scene still to come or done, whose
// debrief window has not opened yet) with those scheduled (recorded inside
// the vault: the negotiation's ID, Fyne's ID and the time), cancelling what
// is no longer wanted (a debrief written, a negotiation deleted, its scene
// moved, the choice "none") and scheduling what is missing. It runs when a
// vault opens (after cancelling everything recorded, so a restored or
// copied vault starts clean), every minute with the debrief watch, when the
// choice changes, and before a lock or quit. A debrief written a moment
// before its reminder is therefore cancelled within the minute. Restoring
// a backup replaces the record with the backup's, so the restore first
// cancels what the old contents recorded (App.restoreBackup) and the
// vault then opens afresh; a lock needs nothing more: what stays scheduled
// while locked is the vault's own discreet reminders, handed over by the
// closing sync.

// notifier is the part of fyne.App that reminders use.
type notifier interface {
	SendNotification(*fyne.Notification)
	ScheduleNotification(*fyne.Notification, time.Time) (*fyne.ScheduledNotification, error)
	CancelScheduledNotification(id string) error
}

// ReminderChoice is the person's choice of debrief reminders.
type ReminderChoice string

const (
	RemindDiscreet ReminderChoice = "discreet"
	RemindDetailed ReminderChoice = "detailed"
	RemindNone     ReminderChoice = "none"
)

const (
	settingReminders = "debrief_reminders"           // a ReminderChoice
	settingScheduled = "debrief_reminders_scheduled" // JSON: what is scheduled (scheduled)
)

// reminderChoices are the choices in the order Settings shows them.
var reminderChoices = []ReminderChoice{RemindDiscreet, RemindDetailed, RemindNone}

func reminderLabel(c ReminderChoice) string {
	switch c {
	case RemindDetailed:
		return lang.L("Say which debrief is due (only while Parley is open and unlocked)")
	case RemindNone:
		return lang.L("No reminders")
	}
	return lang.L("Discreet: “Something is waiting for you”")
}

// reminderChoice reads the choice from the vault; discreet when unset.
func reminderChoice(v *persistence.Vault) ReminderChoice {
	s, ok, err := v.Setting(settingReminders)
	if err != nil || !ok || !slices.Contains(reminderChoices, ReminderChoice(s)) {
		return RemindDiscreet
	}
	return ReminderChoice(s)
}

// discreetReminder is the only text Parley gives Fyne's scheduler.
func discreetReminder() *fyne.Notification {
	return fyne.NewNotification("Parley", lang.L("Something is waiting for you"))
}

// scheduled is one reminder handed to Fyne's scheduler.
type scheduled struct {
	FyneID string    `json:"fyne"`
	At     time.Time `json:"at"`
}

// reminderAt is when a negotiation's reminder is due, and whether it wants
// one at all: an agreed scene (still ahead or done, debriefs missing) with
// a date whose debrief window has not opened by now.
func reminderAt(s persistence.NegotiationSummary, now time.Time) (time.Time, bool) {
	st := negotiation.State(s.State)
	if s.SceneOn.IsZero() || (st != negotiation.StateAgreed && st != negotiation.StateSceneDone) {
		return time.Time{}, false
	}
	_, from, _ := negotiation.DebriefDue(s.SceneOn, now)
	return from, from.After(now)
}

// wantedReminders maps negotiation IDs to their reminder's time.
func wantedReminders(all []persistence.NegotiationSummary, now time.Time) map[string]time.Time {
	out := map[string]time.Time{}
	for _, s := range all {
		if at, ok := reminderAt(s, now); ok {
			out[s.ID] = at
		}
	}
	return out
}

// readScheduled is what the vault records as scheduled.
func readScheduled(v *persistence.Vault) map[string]scheduled {
	out := map[string]scheduled{}
	if s, ok, err := v.Setting(settingScheduled); err == nil && ok {
		_ = json.Unmarshal([]byte(s), &out) // a damaged record: start again
	}
	return out
}

// liveLead is how far ahead, in "detailed" while Parley stays unlocked, a
// reminder is taken back from Fyne's scheduler so that only the detailed
// one, sent live by the debrief watch (which looks every minute), arrives.
const liveLead = 2 * time.Minute

// syncStep says when syncReminders runs.
type syncStep int

const (
	syncOpened  syncStep = iota // a vault has just opened: cancel all recorded, schedule again
	syncRunning                 // while unlocked (the minute's look, a changed choice)
	syncClosing                 // before a lock or quit: the live sender stops
)

// syncReminders brings what is scheduled in line with the vault (see the
// comment at the top). Errors are quiet: a reminder is a help, and Home
// shows every debrief that is due anyway.
func syncReminders(n notifier, v *persistence.Vault, now time.Time, step syncStep) {
	have := readScheduled(v)
	before := maps.Clone(have)
	want := map[string]time.Time{}
	if choice := reminderChoice(v); choice != RemindNone {
		all, err := v.Negotiations()
		if err != nil {
			return
		}
		want = wantedReminders(all, now)
		if choice == RemindDetailed && step != syncClosing {
			maps.DeleteFunc(want, func(_ string, at time.Time) bool { return at.Sub(now) <= liveLead })
		}
	}
	fresh := step == syncOpened
	for id, s := range have {
		if at, ok := want[id]; !ok || fresh || !at.Equal(s.At) {
			_ = n.CancelScheduledNotification(s.FyneID)
			delete(have, id)
		}
	}
	for id, at := range want {
		if _, ok := have[id]; ok {
			continue
		}
		if sn, err := n.ScheduleNotification(discreetReminder(), at); err == nil {
			have[id] = scheduled{FyneID: sn.ID(), At: at}
		}
	}
	if maps.EqualFunc(before, have, func(a, b scheduled) bool { return a == b }) {
		return
	}
	b, err := json.Marshal(have)
	if err == nil {
		_ = v.SetSetting(settingScheduled, string(b))
	}
}

// syncReminders runs syncReminders for the app, one at a time (the
// minute's look, a changed choice and a lock may meet).
func (a *App) syncReminders(v *persistence.Vault, step syncStep) {
	a.reminding.Lock()
	defer a.reminding.Unlock()
	syncReminders(a.fyne, v, a.now(), step)
}

// liveReminder is what a running, unlocked Parley says when a debrief
// window opens (the debrief watch sends it): the detailed text in
// "detailed", nothing otherwise (Fyne's scheduler sends the discreet one).
func liveReminder(v *persistence.Vault, it home.DueDebrief) *fyne.Notification {
	if reminderChoice(v) != RemindDetailed {
		return nil
	}
	return fyne.NewNotification("Parley", lang.L("The debrief of “{{.Title}}” is due: each of you can write theirs until {{.Until}}.",
		map[string]any{"Title": it.Title, "Until": kit.LongDate(it.Until)}))
}

// newReminderChoice is Settings' choice of reminders; a change is saved and
// the schedule follows it at once.
func newReminderChoice(a *App, v *persistence.Vault, problem *problem) *widget.RadioGroup {
	labels := make([]string, len(reminderChoices))
	for i, c := range reminderChoices {
		labels[i] = reminderLabel(c)
	}
	g := widget.NewRadioGroup(labels, nil)
	g.Required = true
	g.SetSelected(reminderLabel(reminderChoice(v)))
	g.OnChanged = func(label string) {
		i := slices.Index(labels, label)
		if i < 0 || !a.stillOpen(v) {
			return
		}
		a.touch()
		choice := reminderChoices[i]
		kit.Background(a.env, func() (struct{}, error) {
			if err := v.SetSetting(settingReminders, string(choice)); err != nil {
				return struct{}{}, err
			}
			a.syncReminders(v, syncRunning)
			return struct{}{}, nil
		}, func(_ struct{}, err error) { problem.Say(errorSentence(err)) })
	}
	return g
}

// cancelScheduled takes back from Fyne's scheduler every reminder in a
// record (what readScheduled returns).
func cancelScheduled(n notifier, record map[string]scheduled) {
	for _, s := range record {
		_ = n.CancelScheduledNotification(s.FyneID)
	}
}
