package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Issue 14, item 1: Parley is fully usable down to 800×600. On each main
// screen nothing forces the window wider, no text is cut short, runs past
// its space, or lies over a neighbour. With PARLEY_SHOTS set to a folder,
// the screens are also saved there as PNGs to look at.
// (The editor at these sizes: negotiate's TestTheEditorCutsNothingInASmallWindow.)
func TestSmallWindowCutsNothing(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 800, Height: 600}, {Width: 1024, Height: 768}, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprintf("%.0fx%.0f", size.Width, size.Height), func(t *testing.T) {
			a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
			a.win.Resize(size)
			screens := []struct {
				name string
				open func()
			}{
				{"checklist", func() { openChecklist(t, a, "Sam") }},
				{"compare", func() { openCompare(t, a) }},
				{"history", func() { a.shell.open("history") }},
			}
			for _, s := range screens {
				s.open()
				drainUI()
				a.win.Resize(size)
				content := a.win.Canvas().Content()
				if w := content.MinSize().Width; w > size.Width {
					t.Errorf("%s: the window cannot be narrower than %.0f px", s.name, w)
				}
				content.Resize(size)
				relayout(content)
				relayout(content) // wrapped rows settle on the second pass
				shoot(t, a, s.name, size)
				for _, p := range cutText(content) {
					t.Errorf("%s: %s", s.name, p)
				}
			}
		})
	}
}

// relayout lays out everything under o from the top, as the real driver
// does over its first frames: the test driver only lays out what was
// resized, and a check must not read a layout left over from before.
func relayout(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *fyne.Container:
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
		for _, c := range x.Objects {
			relayout(c)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		r.Layout(x.Size())
		for _, c := range r.Objects() {
			relayout(c)
		}
	}
}

// shoot saves the window as PARLEY_SHOTS/NAME-WxH.png when asked to.
func shoot(t *testing.T, a *App, name string, size fyne.Size) {
	dir := os.Getenv("PARLEY_SHOTS")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%.0fx%.0f.png", name, size.Width, size.Height)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, a.win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// cutText lists every visible text on screen that is shortened with an
// ellipsis, wider than the space it was given, or drawn over the text of
// another widget. Text scrolled out of view is not looked at.
func cutText(root fyne.CanvasObject) []string {
	type placed struct {
		text  string
		pos   fyne.Position
		size  fyne.Size
		owner fyne.CanvasObject
	}
	type rect struct{ pos, end fyne.Position }
	window := root.Size()
	var shown []placed
	var problems []string
	var visit func(o fyne.CanvasObject, at fyne.Position, owner fyne.CanvasObject, clip rect)
	visit = func(o fyne.CanvasObject, at fyne.Position, owner fyne.CanvasObject, clip rect) {
		if o == nil || !o.Visible() {
			return
		}
		pos := at.Add(o.Position())
		switch x := o.(type) {
		case *canvas.Text:
			if strings.TrimSpace(x.Text) == "" {
				return
			}
			end := pos.Add(fyne.NewPos(x.Size().Width, x.Size().Height))
			if w := fyne.MeasureText(x.Text, x.TextSize, x.TextStyle).Width; pos.X+fyne.Min(w, x.Size().Width) > window.Width+1 {
				problems = append(problems, fmt.Sprintf("%q runs out of the window", x.Text))
				return
			}
			if pos.X < clip.pos.X-1 || pos.Y < clip.pos.Y-1 || end.X > clip.end.X+1 || end.Y > clip.end.Y+1 {
				return // scrolled (partly) out of view
			}
			w := fyne.MeasureText(x.Text, x.TextSize, x.TextStyle).Width
			if l, ok := owner.(*widget.Label); ok && strings.HasSuffix(x.Text, "…") && !strings.HasSuffix(l.Text, "…") {
				problems = append(problems, fmt.Sprintf("%q is cut short", x.Text))
			}
			if w > x.Size().Width+1 && x.Alignment == fyne.TextAlignLeading {
				problems = append(problems, fmt.Sprintf("%q needs %.0f px but has %.0f", x.Text, w, x.Size().Width))
			}
			shown = append(shown, placed{x.Text, pos, fyne.NewSize(fyne.Min(w, x.Size().Width), x.Size().Height), owner})
			return
		case *fyne.Container:
			for _, c := range x.Objects {
				visit(c, pos, owner, clip)
			}
		case interface{ SetPlaceHolder(string) }, *widget.Select:
			return // fields: their text scrolls inside the field by design
		case fyne.Widget:
			switch x.(type) {
			case *widget.Label, *widget.Button, *widget.Check, *widget.RichText, *widget.Hyperlink:
				if owner == nil {
					owner = x
				}
			}
			if sc, ok := x.(*container.Scroll); ok {
				// a scroller hides what is scrolled away on purpose, but
				// a vertical one must not hide text cut at its side
				end := pos.Add(fyne.NewPos(x.Size().Width, x.Size().Height))
				clip.pos.Y, clip.end.Y = fyne.Max(pos.Y, clip.pos.Y), fyne.Min(end.Y, clip.end.Y)
				if sc.Direction != container.ScrollVerticalOnly {
					clip.pos.X, clip.end.X = fyne.Max(pos.X, clip.pos.X), fyne.Min(end.X, clip.end.X)
				} else if x.Size().Width+1 < sc.Content.MinSize().Width {
					problems = append(problems, fmt.Sprintf("a vertical scroller is %.0f px wide for content of %.0f", x.Size().Width, sc.Content.MinSize().Width))
				}
			}
			for _, c := range test.WidgetRenderer(x).Objects() {
				visit(c, pos, owner, clip)
			}
		}
	}
	visit(root, fyne.Position{}, nil, rect{end: fyne.NewPos(window.Width, window.Height)})
	for i := range shown {
		for j := i + 1; j < len(shown); j++ {
			p, q := shown[i], shown[j]
			if p.owner == q.owner {
				continue
			}
			if overlaps(p.pos, p.size, q.pos, q.size) {
				problems = append(problems, fmt.Sprintf("%q lies over %q", p.text, q.text))
			}
		}
	}
	return problems
}

func overlaps(ap fyne.Position, as fyne.Size, bp fyne.Position, bs fyne.Size) bool {
	const slack = 2
	return ap.X+as.Width-slack > bp.X && bp.X+bs.Width-slack > ap.X &&
		ap.Y+as.Height-slack > bp.Y && bp.Y+bs.Height-slack > ap.Y
}

// Below 1000 px the sidebar keeps its icons only; the Go menu still names
// every section and opens it, and is greyed out while Parley is locked.
func TestNarrowSidebarKeepsTheSectionsReachable(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.win.Resize(fyne.NewSize(800, 600))
	relayout(a.win.Canvas().Content())
	if !a.shell.narrow {
		t.Fatal("at 800 px the sidebar still shows its names")
	}
	var goMenu *fyne.Menu
	for _, m := range a.win.MainMenu().Items {
		if m.Label == "Go" {
			goMenu = m
		}
	}
	if goMenu == nil || len(goMenu.Items) != len(sections()) {
		t.Fatal("there is no Go menu naming every section")
	}
	for _, it := range goMenu.Items {
		if it.Label == "History" {
			it.Action()
		}
	}
	if a.shell.currentID != "history" {
		t.Errorf("Go › History opened %q", a.shell.currentID)
	}
	a.win.Resize(fyne.NewSize(1280, 800))
	relayout(a.win.Canvas().Content())
	if a.shell.narrow {
		t.Error("at 1280 px the sidebar still shows icons only")
	}
	a.Lock()
	if !goMenu.Items[0].Disabled {
		t.Error("the Go menu stays usable while Parley is locked")
	}
}
