package kittest

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit"
)

// Walk visits o and everything inside it, with the chain of its parents.
func Walk(o fyne.CanvasObject, parents []fyne.CanvasObject, visit func(fyne.CanvasObject, []fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o, parents)
	parents = append(parents, o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			Walk(c, parents, visit)
		}
	case *widget.Label:
		// its text is its Text
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			Walk(c, parents, visit)
		}
	}
}

// Texts collects the text of every label, button and entry under o.
func Texts(o fyne.CanvasObject) []string {
	var out []string
	Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Button:
			out = append(out, x.Text)
		case *kit.DialogButton:
			out = append(out, x.Text)
		case *kit.EscButton:
			out = append(out, x.Text)
		case *widget.Entry:
			out = append(out, x.Text)
		}
	})
	return out
}

// Contains reports whether any of all contains s.
func Contains(all []string, s string) bool {
	for _, x := range all {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}
