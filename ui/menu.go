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
type appMenu struct {
	main *fyne.MainMenu
	lock *fyne.MenuItem
	hide *fyne.MenuItem
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
	m.main = fyne.NewMainMenu(fyne.NewMenu(lang.L("Parley"), m.lock, m.hide, fyne.NewMenuItemSeparator(), quit))
	a.menu = m
	a.win.SetMainMenu(m.main)
}

// lockable greys out "Lock Parley" while there is nothing to lock.
func (m *appMenu) lockable(on bool) {
	m.lock.Disabled = !on
	m.main.Refresh()
}
