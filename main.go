// Parley helps consenting adults negotiate a scene before it happens, and
// keeps everything they write in an encrypted vault on their own computer.
package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui"
)

func main() {
	a := app.NewWithID("org.parleyapp.parley")
	home := dataHome(a)
	cat, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		panic(err) // the shipped catalog is checked by its tests
	}
	// The language setting beside the vault, else the system's language if
	// Parley ships it, else British English; Fyne's lang makes the same
	// choice for the screens' own words (ui/language.go).
	l, err := ui.StartLanguage(home, i18n.Embedded())
	if err != nil {
		panic(err) // the shipped languages are checked by their tests
	}
	p := ui.Create(a, ui.Options{
		Home:    home,
		Keyring: persistence.SystemKeyring(4 * time.Second),
		Catalog: l.Catalog(cat),
		Lang:    l,
		// The window first, then the first screen in its first frame: the
		// window appears sooner (docs/performance.md, start-up).
		FirstFrame: true,
	})
	quitOnSignal(p)
	p.Window().ShowAndRun()
}

// dataHome is PARLEY_HOME when set (tests, portable installs), otherwise
// Fyne's storage folder for this app.
func dataHome(a fyne.App) string {
	if h := os.Getenv("PARLEY_HOME"); h != "" {
		return h
	}
	return a.Storage().RootURI().Path()
}

// quitOnSignal closes the vault and quits cleanly on SIGTERM or SIGINT (a
// logout, or a test harness).
func quitOnSignal(p *ui.App) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-c
		quit := make(chan struct{})
		fyne.Do(func() { p.Quit(); close(quit) })
		select {
		case <-quit:
		case <-time.After(5 * time.Second):
		}
		// Fyne 2.8.1 catches SIGTERM too, and its Run can then wait for
		// ever on an event queue whose runner needs the finished main loop
		// (seen once in five smoke runs). The vault is closed by now: leave.
		time.Sleep(2 * time.Second)
		os.Exit(0)
	}()
}
