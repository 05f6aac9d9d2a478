package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// appMenu is the window's one menu, "Parley": Lock (Ctrl+L), Hide the
// window (Ctrl+H) and Quit. The shortcuts live on its items because Fyne's
// desktop driver checks main-menu shortcuts before it hands a key press to
// the focused widget (internal/driver/glfw/window.go, triggersShortcut):
// a shortcut on the canvas never fires while a text field has focus, which
// is exactly when someone is typing and may need to lock or hide at once.
//
// A second menu, "Go", names every section: when a narrow window shows the
// sidebar as icons only, the names stay one key press away (issue 14).
type appMenu struct {
	main     *fyne.MainMenu
	lock     *fyne.MenuItem
	hide     *fyne.MenuItem
	sections []*fyne.MenuItem // the sections, usable while Parley is open
}

func (a *App) addMenu() {
	m := &appMenu{}
	m.lock = fyne.NewMenuItem(lang.L("Lock Parley"), a.Lock)
	m.lock.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault}
	m.lock.Disabled = true
	m.hide = fyne.NewMenuItem(lang.L("Hide the window"), a.hide)
	m.hide.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: fyne.KeyModifierShortcutDefault}
	quit := fyne.NewMenuItem(lang.L("Quit"), a.Quit)
	quit.IsQuit = true
	for _, sec := range sections() {
		id := sec.id
		it := fyne.NewMenuItem(sec.title, func() {
			if a.shell != nil {
				a.shell.open(id)
			}
		})
		it.Icon, it.Disabled = sec.icon, true
		m.sections = append(m.sections, it)
	}
	m.main = fyne.NewMainMenu(fyne.NewMenu(lang.L("Parley"), m.lock, m.hide, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu(lang.L("Go"), m.sections...))
	a.menu = m
	a.win.SetMainMenu(m.main)
}

// lockable greys out "Lock Parley" and the sections while there is
// nothing to lock (no section to go to).
func (m *appMenu) lockable(on bool) {
	m.lock.Disabled = !on
	for _, it := range m.sections {
		it.Disabled = !on
	}
	m.main.Refresh()
}
