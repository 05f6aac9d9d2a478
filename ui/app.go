package ui

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// Options are what main passes in: where the data lives, the keyring to use
// and the clock (tests pass fixed ones).
type Options struct {
	Home    string
	Keyring persistence.Keyring
	Now     func() time.Time
	Catalog *catalog.Catalog
	// Lang is the language of the domain's messages, the guide and the
	// quiz (British English when nil); the screens' own words follow
	// Fyne's lang, which main loads for the same system language.
	Lang *i18n.Language
	// FirstFrame builds the first screen in the window's first frame
	// (Fyne's Lifecycle OnStarted, which runs once the window is shown and
	// before it is first drawn) instead of inside Create, so the window
	// appears without waiting for the screen's widgets and the first text
	// measuring (fonts load then). main sets it; tests leave it off and
	// find the first screen ready when Create returns.
	FirstFrame bool
	// Do hands a function to the UI goroutine (fyne.Do when nil). Every
	// hand-back of this App goes through it: the headless tests give each
	// App a queue they drain on the test's goroutine (kittest.Queue), so
	// no screen is touched from two goroutines and tests need share nothing.
	Do func(func())
}

// App is the running window: it routes between the welcome, unlock and main
// screens and owns the open vault.
type App struct {
	fyne  fyne.App
	win   fyne.Window
	store persistence.Store
	now   func() time.Time
	cat   *catalog.Catalog
	saves *kit.Saver
	env   kit.Env // what every screen gets (ui/kit)

	mu        sync.Mutex
	reminding sync.Mutex         // one reminders sync at a time (reminders.go)
	vault     *persistence.Vault // nil while locked
	lastUsed  time.Time
	startMem  startMemory   // start-up's garbage, returned once (startmemory.go)
	watching  chan struct{} // closed to end the debrief watch (opened, home_watch.go)

	root    *fyne.Container // the current screen
	cover   *hideCover      // quick-hide cover, nil when not hidden
	shell   *Shell          // nil while locked
	welcome *Welcome
	unlock  *Unlock
	menu    *appMenu

	// what Parley last put on the clipboard, and when (see clipboard.go)
	copied   string
	copiedAt time.Time
}

// firstSize is the window's size when Parley opens: the smallest screen
// Parley is made for, because Fyne 2.8 cannot say how big the screen is
// (the monitor's size is internal to its desktop driver).
var firstSize = fyne.NewSize(800, 600)

// Create builds Parley's window and shows the first screen: the welcome on
// first run, otherwise the unlock screen (which opens at once from the
// keyring where it can).
func Create(fa fyne.App, o Options) *App {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Lang == nil {
		o.Lang = mustEnglish()
	}
	if o.Do == nil {
		o.Do = fyne.Do
	}
	a := &App{
		fyne:     fa,
		win:      fa.NewWindow("Parley"),
		store:    persistence.Store{Home: o.Home, Keyring: o.Keyring, Now: o.Now},
		now:      o.Now,
		cat:      o.Catalog,
		root:     container.NewStack(),
		saves:    kit.NewSaver(o.Do),
		startMem: newStartMemory(),
	}
	a.env = kit.Env{
		Vault: a.Vault, Window: a.win, Catalog: a.cat, Lang: o.Lang, Now: a.now,
		Do: o.Do, Save: a.saves.Save, Navigate: a.navigate, Reopen: a.reopen, Touch: a.touch,
	}
	fa.Settings().SetTheme(newTheme(ThemeChoice(fa.Preferences().StringWithFallback(prefTheme, string(ThemeSystem)))))
	a.win.SetContent(a.root)
	a.win.Resize(firstSize) // doc.go: the first size fits an 800×600 screen
	a.win.SetMaster()
	a.addMenu()
	a.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		a.touch() // any key counts for the idle lock
		if k.Name == fyne.KeyEscape {
			if !kit.EscapeDialog(a.win.Canvas()) { // kit/dialogs.go
				escapeTopDialog(a.win.Canvas()) // kit/dialogkeys.go
			}
		}
	})
	a.win.SetCloseIntercept(a.Quit)
	if o.FirstFrame {
		fa.Lifecycle().SetOnStarted(a.start)
	} else {
		a.start()
	}
	go a.watchIdle()
	return a
}

// Window is Parley's only window.
func (a *App) Window() fyne.Window { return a.win }

func (a *App) start() {
	if !a.store.Exists() {
		a.welcome = newWelcome(a)
		a.show(a.welcome.content)
		return
	}
	a.unlock = newUnlock(a, true)
	a.show(a.unlock.content)
	a.unlock.takeKeyboard()
}

func (a *App) show(c fyne.CanvasObject) {
	a.root.Objects = []fyne.CanvasObject{c}
	a.root.Refresh()
}

// opened is called on the UI goroutine once a vault is open.
func (a *App) opened(v *persistence.Vault) {
	a.mu.Lock()
	a.vault = v
	a.lastUsed = a.now()
	a.mu.Unlock()
	a.welcome, a.unlock = nil, nil
	a.shell = newShell(a)
	a.menu.lockable(true)
	a.show(a.shell.content)
	a.forgetNavigation(v)
	a.releaseStartMemory() // startmemory.go: once, after the first screen has settled
	a.watchAfresh(v)       // home_watch.go: reminders (reminders.go) and Home kept current
	if v.KeyringNote() != nil && v.Mode() == persistence.ModeKeyring {
		kit.ShowInformation(lang.L("Your passphrase is the way in for now"),
			lang.L("Your system keyring could not keep Parley's key just now, so Parley will ask for your passphrase when it opens. Once the keyring works again, unlocking with your passphrase puts the key back."), a.win)
	}
}

// settingNegotiateFrom is the settings key through which Compare once told
// Negotiate which comparison to start from. Navigation is in memory now
// (kit.NegotiateFrom); a vault written by an older Parley may still hold the
// row, so it is ignored and removed when the vault opens.
const settingNegotiateFrom = "negotiate_from_comparison"

// forgetNavigation removes navigation state an older Parley kept in v.
func (a *App) forgetNavigation(v *persistence.Vault) {
	a.saves.Save(func() error { return v.DeleteSetting(settingNegotiateFrom) }, nil)
}

// navigate goes to a target (kit.Env.Navigate): the shell shows the
// target's section, then hands the target to its screen.
// reopen builds the current section afresh (kit.Env.Reopen).
func (a *App) reopen() {
	if a.shell != nil {
		a.shell.reopen()
	}
}

func (a *App) navigate(t kit.Target) {
	if a.shell != nil {
		a.shell.navigate(t)
	}
}

// Vault is the open vault, or nil while Parley is locked.
func (a *App) Vault() *persistence.Vault {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.vault
}

// stillOpen reports whether v is still the open vault: background work
// that finishes after a lock must not touch the screens any more.
func (a *App) stillOpen(v *persistence.Vault) bool { return v != nil && a.Vault() == v }

// Lock closes every dialog, the vault and every screen, and takes back
// what Parley put on the clipboard; the unlock screen takes over. Screens
// drop the people they opened as they leave.
func (a *App) Lock() {
	if a.Vault() == nil {
		return
	}
	a.closeOverlays()
	if a.shell != nil {
		a.shell.leave()
	}
	a.beforeClose()
	a.closeVault()
	a.shell = nil
	a.clearClipboard()
	a.unhide()
	a.unlock = newUnlock(a, false)
	a.show(a.unlock.content)
	a.closeOverlays() // anything a leaving screen opened
	a.unlock.takeKeyboard()
	a.menu.lockable(false)
}

// closeOverlays closes every dialog and pop-up of the window (they live in
// the canvas's overlays, above the screens). A dialog closed this way does
// not run its callback: nothing it would have done happens.
func (a *App) closeOverlays() {
	c := a.win.Canvas()
	ov := c.Overlays()
	for top := ov.Top(); top != nil; top = ov.Top() {
		top.Hide()
		if ov.Top() == top {
			ov.Remove(top)
		}
	}
	c.Unfocus()
}

// beforeClose hands the debrief reminders to Fyne's scheduler alone
// (reminders.go), since the open Parley stops sending them.
func (a *App) beforeClose() {
	if v := a.Vault(); v != nil {
		a.saves.Wait()
		a.syncReminders(v, syncClosing)
	}
}

func (a *App) closeVault() {
	a.saves.Wait()
	a.mu.Lock()
	v := a.vault
	a.vault = nil
	a.mu.Unlock()
	if v != nil {
		_ = v.Close()
	}
}

// touch records that the person is using Parley, for the idle lock.
func (a *App) touch() {
	a.mu.Lock()
	a.lastUsed = a.now()
	a.mu.Unlock()
}

// keyringContext limits how long the app waits for the OS keyring.
func keyringContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 5*time.Second)
}

// watchIdle checks every 15 seconds whether Parley has been idle too long
// and whether a copied secret has been on the clipboard long enough.
func (a *App) watchIdle() {
	for range time.Tick(15 * time.Second) {
		a.env.Do(func() {
			a.expireClipboard()
			a.checkIdle()
		})
	}
}

// checkIdle locks the vault after the person's chosen number of idle
// minutes (0 = never).
func (a *App) checkIdle() {
	v := a.Vault()
	if v == nil {
		return
	}
	limit := autoLockMinutes(v)
	a.mu.Lock()
	idle := a.now().Sub(a.lastUsed)
	a.mu.Unlock()
	if limit > 0 && idle >= time.Duration(limit)*time.Minute {
		a.Lock()
	}
}

// hideCover is the quick-hide screen: plain, with nothing on it but a way back.
type hideCover struct {
	content fyne.CanvasObject
}

// hide covers the window at once: every dialog closes (a half-typed
// dialog is the price of hiding fast) and a copied secret leaves the
// clipboard, but the screens underneath keep what was typed in them.
func (a *App) hide() {
	a.closeOverlays()
	a.clearClipboard()
	if a.cover != nil {
		return
	}
	a.cover = &hideCover{content: newCover(lang.L("Show Parley"), a.unhide)}
	a.root.Objects = append(a.root.Objects, a.cover.content)
	a.root.Refresh()
}

func (a *App) unhide() {
	if a.cover == nil {
		return
	}
	a.root.Remove(a.cover.content)
	a.cover = nil
	a.touch()
}

// Quit closes the vault, then the app.
func (a *App) Quit() {
	if a.shell != nil {
		a.shell.leave()
	}
	a.beforeClose()
	a.closeVault()
	a.fyne.Quit()
}

// mustEnglish is British English, the language every shipped file falls
// back to; it is embedded, so failing to load it is a broken build.
func mustEnglish() *i18n.Language {
	l, err := i18n.Load("en")
	if err != nil {
		panic(err)
	}
	return l
}
