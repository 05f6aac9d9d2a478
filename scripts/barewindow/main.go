// Command barewindow is the start-up baseline for `make bench`: the
// smallest Fyne program, a window titled "Bare" holding one label. Parley's
// start-up time and idle memory are measured against it, built the same
// way in the same run.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("org.parleyapp.barewindow")
	w := a.NewWindow("Bare")
	w.SetContent(widget.NewLabel("Bare"))
	w.ShowAndRun()
}
