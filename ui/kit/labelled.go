package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Labelled puts a short label above a field.
func Labelled(label string, field fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(widget.NewLabel(label), field)
}
