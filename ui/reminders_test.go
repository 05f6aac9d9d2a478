package ui

import (
	"encoding/json"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

// realFyne is Fyne's own desktop app (not the test driver's), with its
// cache and preferences in the test's temporary home, so its real
// scheduler writes what it schedules where it would on a person's computer
// (Linux: $XDG_CACHE_HOME/fyne/ID). The window driver is never started.
//
// Fyne's preferences watch their folder from the moment the app is made,
// with a watcher nothing can stop, that makes the folder again whenever it
// is removed: it brought the folder back after every test's clean-up. So
// the app is made while XDG_CONFIG_HOME names a plain file (the watcher
// cannot start, nothing can be made under it), then XDG_CONFIG_HOME names
// the home's config folder, where the preferences it writes afterwards go
// (Fyne finds the path at each write), for the privacy tests to read. The
// home goes with the test, as any t.TempDir does.
func realFyne(t *testing.T) (fyne.App, string) {
	t.Helper()
	home := t.TempDir()
	for _, d := range []string{"cache", "config"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	nowhere := filepath.Join(home, "no-config-while-starting")
	if err := os.WriteFile(nowhere, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", home)
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, "cache"))
	t.Setenv("XDG_CONFIG_HOME", nowhere)
	logTo := log.Writer()
	log.SetOutput(io.Discard) // Fyne says it could neither load nor watch its preferences
	fa := fyneapp.NewWithID("org.parleyapp.parley.remindertest")
	log.SetOutput(logTo)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "config"))
	t.Cleanup(func() { test.NewTempApp(t) }) // later tests get the test driver back
	return fa, home
}

// realFyne's home goes when its test ends and stays gone: nothing Fyne
// runs in the background (its preferences' folder watcher) makes it again
// afterwards.
func TestRealFyneLeavesNothingBehind(t *testing.T) {
	var home string
	t.Run("a reminder test", func(t *testing.T) {
		var fa fyne.App
		fa, home = realFyne(t)
		v, _, _ := reminderVault(t, home)
		syncReminders(fa, v, time.Now(), syncOpened)
		fa.Preferences().SetString("written", "by the test") // as the theme choice is
		prefs := filepath.Join(home, "config", "fyne", "org.parleyapp.parley.remindertest", "preferences.json")
		for i := 0; !strings.Contains(everythingWritten(t, home), "by the test"); i++ {
			if i == 50 {
				t.Fatalf("Fyne's preferences are not written in the home (%s), where the privacy tests look", prefs)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
	for range 25 {
		if _, err := os.Stat(home); !os.IsNotExist(err) {
			left, _ := filepath.Glob(filepath.Join(home, "*", "*"))
			t.Fatalf("after its test, realFyne's home %s is there (%v): %v", home, err, left)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// fyneSchedule is what Fyne's scheduler has written to its file in the
// app's cache folder (internal/scheduler: fyne-scheduled-notifications.json,
// its name base64-encoded on disk): one entry per pending notification.
func fyneSchedule(t *testing.T, fa fyne.App) []map[string]any {
	t.Helper()
	list, err := readFyneSchedule(fa)
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// readFyneSchedule is fyneSchedule's reading, with its error: a test that
// waits for the scheduler may meet the file while Fyne rewrites it.
func readFyneSchedule(fa fyne.App) ([]map[string]any, error) {
	const name = "fyne-scheduled-notifications.json"
	if !fa.Cache().Exists(name) {
		return nil, nil
	}
	r, err := fa.Cache().Read(name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var list []map[string]any
	err = json.NewDecoder(r).Decode(&list)
	return list, err
}

// everythingWritten is every file Fyne wrote under home, as text.
func everythingWritten(t *testing.T, home string) string {
	t.Helper()
	var all strings.Builder
	_ = filepath.WalkDir(home, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.Contains(p, "vault") {
			b, _ := os.ReadFile(p)
			all.WriteString(p + "\n" + string(b) + "\n")
		}
		return nil
	})
	return all.String()
}

// reminderVault is a fresh vault in home/vault, on the real clock (Fyne's
// scheduler refuses times that are not in the real future), holding one
// agreed negotiation whose scene was an hour ago (its debrief window
// opens in 23 hours).
func reminderVault(t *testing.T, home string) (*persistence.Vault, string, negotiation.Document) {
	t.Helper()
	st := persistence.Store{Home: filepath.Join(home, "vault"), Keyring: newMemKeyring(), Now: time.Now}
	v, _, err := st.Create(persistence.ModeKeyring, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = v.Close() })
	doc := kittest.CoupleDoc(time.Now(), "")
	doc.SetSceneOn(time.Now().Add(-time.Hour).Truncate(time.Second))
	return v, kittest.Agreed(t, v, doc), doc
}

// The reminder is scheduled for the moment the debrief window opens, with
// the discreet text, and goes again when it is no longer wanted: once every
// debrief is written, or the negotiation is deleted, or "No reminders".
func TestDebriefReminderIsScheduledAndCancelled(t *testing.T) {
	fa, home := realFyne(t)
	v, id, doc := reminderVault(t, home)
	syncReminders(fa, v, time.Now(), syncOpened)
	got := fyneSchedule(t, fa)
	if len(got) != 1 {
		t.Fatalf("Fyne's scheduler holds %d reminders, want 1: %v", len(got), got)
	}
	at, _ := time.Parse(time.RFC3339Nano, got[0]["deliveryTime"].(string))
	if want := doc.SceneOn.Add(24 * time.Hour); !at.Equal(want) {
		t.Errorf("the reminder is for %v, want %v (a day after the scene)", at, want)
	}
	if got[0]["title"] != "Parley" || got[0]["content"] != "Something is waiting for you" {
		t.Errorf("the scheduled reminder says %q / %q, want the discreet words", got[0]["title"], got[0]["content"])
	}
	syncReminders(fa, v, time.Now(), syncRunning)
	if n := len(fyneSchedule(t, fa)); n != 1 {
		t.Errorf("a second look schedules it again: %d entries", n)
	}
	syncReminders(fa, v, time.Now(), syncOpened) // unlocked again: cancelled and scheduled again, once
	if n := len(fyneSchedule(t, fa)); n != 1 {
		t.Errorf("after unlocking again Fyne holds %d reminders, want 1", n)
	}

	for _, p := range []string{"p1", "p2"} {
		if err := v.SaveDebrief(id, negotiation.Debrief{ParticipantID: p, WhatWorked: "Feeling looked after", WrittenAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	syncReminders(fa, v, time.Now(), syncRunning)
	if got := fyneSchedule(t, fa); len(got) != 0 {
		t.Errorf("with every debrief written the reminder is still scheduled: %v", got)
	}

	id2 := kittest.Agreed(t, v, doc)
	syncReminders(fa, v, time.Now(), syncRunning)
	if n := len(fyneSchedule(t, fa)); n != 1 {
		t.Fatalf("a new negotiation's reminder: %d scheduled, want 1", n)
	}
	if err := v.DeleteNegotiation(id2); err != nil {
		t.Fatal(err)
	}
	syncReminders(fa, v, time.Now(), syncRunning)
	if got := fyneSchedule(t, fa); len(got) != 0 {
		t.Errorf("a deleted negotiation's reminder is still scheduled: %v", got)
	}

	kittest.Agreed(t, v, doc)
	if err := v.SetSetting(settingReminders, string(RemindNone)); err != nil {
		t.Fatal(err)
	}
	syncReminders(fa, v, time.Now(), syncRunning)
	if got := fyneSchedule(t, fa); len(got) != 0 {
		t.Errorf("with \"No reminders\" something is still scheduled: %v", got)
	}
}

// Privacy: whatever the choice, nothing of the negotiation reaches Fyne's
// cache or preferences (plain files outside the vault): only the discreet
// words and a time. "Detailed" adds nothing there either; its words are
// sent live only (TestDetailedReminderIsSentLiveOnly).
func TestRemindersWriteNothingPersonalOutsideTheVault(t *testing.T) {
	for _, choice := range reminderChoices {
		t.Run(string(choice), func(t *testing.T) {
			fa, home := realFyne(t)
			v, _, doc := reminderVault(t, home)
			if err := v.SetSetting(settingReminders, string(choice)); err != nil {
				t.Fatal(err)
			}
			syncReminders(fa, v, time.Now(), syncOpened)
			syncReminders(fa, v, time.Now(), syncClosing) // locked: Fyne's scheduler alone
			written := everythingWritten(t, home)
			for _, secret := range []string{doc.Title, "Alex", "Sam", "Wrist cuffs", "pineapple", "gag", "debrief", "Debrief"} {
				if strings.Contains(written, secret) {
					t.Errorf("%q is in Fyne's files outside the vault:\n%s", secret, written)
				}
			}
			n := len(fyneSchedule(t, fa))
			if want := map[ReminderChoice]int{RemindNone: 0}[choice]; choice == RemindNone && n != want {
				t.Errorf("%s: %d reminders scheduled, want none", choice, n)
			} else if choice != RemindNone && n != 1 {
				t.Errorf("%s: %d reminders scheduled, want one (discreet)", choice, n)
			}
		})
	}
}

// In "detailed", the watch of a running, unlocked Parley says which
// debrief is due when its window opens; in "discreet" it sends nothing
// itself (Fyne's scheduler sends the discreet words), and the reminder
// about to fire is taken back from Fyne's scheduler so only one arrives.
func TestDetailedReminderIsSentLiveOnly(t *testing.T) {
	a, c := clockedApp(t)
	v := a.Vault()
	kittest.Agreed(t, v, kittest.CoupleDoc(c.Now(), ""))
	w := &debriefWatch{app: a.App, v: v}
	c.Set(kittest.SceneAt.Add(23 * time.Hour))
	w.look() // takes note
	c.Set(kittest.SceneAt.Add(24*time.Hour + time.Minute))
	test.AssertNotificationSent(t, nil, w.look) // discreet: the scheduler's job

	if err := v.SetSetting(settingReminders, string(RemindDetailed)); err != nil {
		t.Fatal(err)
	}
	w = &debriefWatch{app: a.App, v: v}
	c.Set(kittest.SceneAt.Add(23 * time.Hour))
	w.look()
	c.Set(kittest.SceneAt.Add(24*time.Hour + time.Minute))
	want := fyne.NewNotification("Parley", "The debrief of “Friday at ours” is due: each of you can write theirs until Monday 11 May 2026, 20:00.")
	test.AssertNotificationSent(t, want, w.look)

	wanted := wantedReminders(mustList(t, v), kittest.SceneAt.Add(23*time.Hour))
	if len(wanted) != 1 {
		t.Fatalf("an hour before the window opens %d reminders are wanted, want 1", len(wanted))
	}
}

func mustList(t *testing.T, v *persistence.Vault) []persistence.NegotiationSummary {
	t.Helper()
	all, err := v.Negotiations()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// In "detailed" while unlocked, a reminder due within liveLead is not left
// with Fyne's scheduler (the live one goes instead); at a lock it is handed
// back, since nothing live will send it.
func TestDetailedReminderAboutToFireIsLiveUntilLocked(t *testing.T) {
	fa, home := realFyne(t)
	v, _, _ := reminderVault(t, home)
	if err := v.SetSetting(settingReminders, string(RemindDetailed)); err != nil {
		t.Fatal(err)
	}
	soon := time.Now().Add(23*time.Hour - time.Minute) // the window opens in a minute
	syncReminders(fa, v, soon, syncRunning)
	if got := fyneSchedule(t, fa); len(got) != 0 {
		t.Errorf("a minute before the window opens, unlocked in detailed, Fyne still holds %v", got)
	}
	syncReminders(fa, v, soon, syncClosing)
	if n := len(fyneSchedule(t, fa)); n != 1 {
		t.Errorf("at a lock the reminder is not handed to Fyne's scheduler: %d", n)
	}
}

// Settings' choice is kept in the vault, and "discreet" is the default.
func TestSettingsKeepsTheRemindersChoice(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	v := a.Vault()
	a.shell.open("settings")
	st := a.shell.current.(*Settings)
	if st.reminders.Selected != reminderLabel(RemindDiscreet) {
		t.Errorf("the reminders choice starts at %q, want discreet", st.reminders.Selected)
	}
	st.reminders.SetSelected(reminderLabel(RemindNone))
	a.eventually(t, "the choice is saved", func() bool { return reminderChoice(v) == RemindNone })
	a.shell.reopen()
	if got := a.shell.current.(*Settings).reminders.Selected; got != reminderLabel(RemindNone) {
		t.Errorf("Settings opened again shows %q, want No reminders", got)
	}
}

// After Settings restores a backup, Fyne's scheduler holds the reminders
// of the vault as restored and nothing of what the vault held before: the
// old contents' reminder (a negotiation the backup does not have) is taken
// back, the backup's own is scheduled afresh, once.
func TestRestoringABackupReschedulesItsReminders(t *testing.T) {
	fa, home := realFyne(t)
	a := setUp(t, filepath.Join(home, "vault"), newMemKeyring(), false, "")
	a.reminding.Lock()
	a.fyne = fa // Fyne's real scheduler; the window stays on the test driver
	a.reminding.Unlock()
	v := a.Vault()
	inBackup := kittest.CoupleDoc(time.Now(), "")
	inBackup.SetSceneOn(time.Now().Add(-time.Hour).Truncate(time.Second))
	kittest.Agreed(t, v, inBackup)
	a.syncReminders(v, syncRunning)
	backup := filepath.Join(home, "friday.parleybackup")
	if err := v.Backup(backup, "a backup passphrase"); err != nil {
		t.Fatal(err)
	}
	onlyBefore := kittest.CoupleDoc(time.Now(), "")
	onlyBefore.Title = "Saturday, after the backup"
	onlyBefore.SetSceneOn(time.Now().Add(-2 * time.Hour).Truncate(time.Second))
	kittest.Agreed(t, v, onlyBefore)
	a.syncReminders(v, syncRunning)
	before := fyneSchedule(t, fa)
	if len(before) != 2 {
		t.Fatalf("before the restore Fyne holds %d reminders, want 2: %v", len(before), before)
	}

	watches := debriefWatches()
	a.shell.open("settings")
	a.shell.current.(*Settings).restoreFrom(backup, "a backup passphrase")
	a.eventually(t, "the backup is restored", func() bool {
		return topOverlay(a) != nil && slices.Contains(shownTexts(topOverlay(a)), "Your backup is restored.")
	})
	dueAt := func(e map[string]any) time.Time {
		at, _ := time.Parse(time.RFC3339Nano, e["deliveryTime"].(string))
		return at
	}
	wantAt := inBackup.SceneOn.Add(24 * time.Hour)
	a.eventually(t, "the restored vault's reminder is scheduled afresh", func() bool {
		now, err := readFyneSchedule(fa)
		for _, e := range now {
			if err == nil && dueAt(e).Equal(wantAt) && !slices.ContainsFunc(before, func(b map[string]any) bool { return b["id"] == e["id"] }) {
				return true
			}
		}
		return false
	})
	// the opening's sync cancels before it schedules: the new reminder
	// there means the cancelling is done
	got := fyneSchedule(t, fa)
	if len(got) != 1 || !dueAt(got[0]).Equal(wantAt) {
		var times []string
		for _, e := range got {
			times = append(times, dueAt(e).Format(time.RFC3339))
		}
		t.Errorf("after the restore Fyne holds reminders for %v, want only %v (the backup's scene a day on)", times, wantAt.Format(time.RFC3339))
	}
	// The vault is the same one, opened afresh: one debrief watch goes on,
	// not two (each would send a live reminder in "detailed").
	a.eventually(t, "the watch of the old contents ends", func() bool { return debriefWatches() <= watches })
}

// debriefWatches counts the running debrief watches of every app the
// tests have started (a leftover one ends at its next minute).
func debriefWatches() int {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	return strings.Count(string(buf), "ui.(*App).watchDebriefs(")
}
