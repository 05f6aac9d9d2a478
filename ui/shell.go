package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/checklist"
	"parleyapp.org/parley/ui/compare"
	"parleyapp.org/parley/ui/guide"
	"parleyapp.org/parley/ui/history"
	"parleyapp.org/parley/ui/home"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/negotiate"
	"parleyapp.org/parley/ui/quiz"
)

// screen is one section of the main window.
type screen interface {
	// view is the screen's content.
	view() fyne.CanvasObject
	// leave is called before the screen goes away (another section, or a
	// lock): anything not yet saved is saved now.
	leave()
}

// moved adapts a screen from a feature package (a kit.Screen) to the shell's
// screen, passing targets on. Once every feature has moved, screen becomes
// kit.Screen and this goes.
type moved struct{ kit.Screen }

func adopt(s kit.Screen) screen         { return moved{s} }
func (m moved) view() fyne.CanvasObject { return m.View() }
func (m moved) leave()                  { m.Leave() }
func (m moved) Open(t kit.Target) {
	if o, ok := m.Screen.(kit.Opener); ok {
		o.Open(t)
	}
}
func (m moved) Refresh() {
	if r, ok := m.Screen.(kit.Refresher); ok {
		r.Refresh()
	}
}

// section is an entry of the sidebar.
type section struct {
	id    string
	title string
	icon  fyne.Resource
	make  func(a *App) screen
}

// sections lists the sidebar in order. Each capability adds its entry here.
func sections() []section {
	return []section{
		{"home", lang.L("Home"), theme.HomeIcon(), func(a *App) screen { return adopt(home.New(a.env)) }},
		{"checklist", lang.L("Checklist"), theme.CheckButtonCheckedIcon(), func(a *App) screen { return adopt(checklist.New(a.env)) }},
		{"compare", lang.L("Compare"), theme.ViewRestoreIcon(), func(a *App) screen { return adopt(compare.New(a.env, a.copySecret)) }},
		{"negotiate", lang.L("Negotiate"), theme.DocumentCreateIcon(), func(a *App) screen { return adopt(negotiate.New(a.env)) }},
		{"history", lang.L("History"), theme.HistoryIcon(), func(a *App) screen { return adopt(history.New(a.env)) }},
		{"quiz", lang.L("Personality test"), theme.RadioButtonCheckedIcon(), func() func(a *App) screen {
			m := quiz.Section()
			return func(a *App) screen { return adopt(m(a.env, a.copySecret)) }
		}()},
		{"guide", lang.L("Guide"), theme.HelpIcon(), func(a *App) screen { return adopt(guide.New(a.env)) }},
		{"settings", lang.L("Settings"), theme.SettingsIcon(), func(a *App) screen { return newSettings(a) }},
	}
}

// Shell is the main window once the vault is open: the sidebar and the
// current screen.
type Shell struct {
	app       *App
	content   fyne.CanvasObject
	nav       *widget.List
	area      *fyne.Container
	sections  []section
	current   screen
	currentID string
	lock      *kit.NamedButton
	hide      *kit.NamedButton
	narrow    bool // the sidebar shows icons only (see shellLayout)
}

// narrowShell is the window width below which the sidebar shows its icons
// only, leaving the screens room at 800 px (issue 14). The icons keep their
// order, Tab and the arrow keys reach them as before, each screen names
// itself in its heading, and the names come back once the window is wider.
const narrowShell = 1000

func newShell(a *App) *Shell {
	s := &Shell{app: a, sections: sections(), area: container.NewStack()}
	s.nav = widget.NewList(
		func() int { return len(s.sections) },
		func() fyne.CanvasObject {
			name := widget.NewLabel(widestTitle(s.sections)) // the list's width
			if s.narrow {
				name.Text = "" // icons only, at the same row height
			}
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(s.sections[i].icon)
			name := row.Objects[1].(*widget.Label)
			if s.narrow {
				name.SetText("")
			} else {
				name.SetText(s.sections[i].title)
			}
		},
	)
	s.nav.OnSelected = func(i widget.ListItemID) { s.open(s.sections[i].id) }
	// named even when narrow, where they show only their icons
	s.lock = kit.NewNamedButton(lang.L("Lock"), lang.L("Lock"), theme.LoginIcon(), a.Lock)
	s.hide = kit.NewNamedButton(lang.L("Hide"), lang.L("Hide"), theme.VisibilityOffIcon(), a.hide)
	s.lock.Importance, s.hide.Importance = widget.LowImportance, widget.LowImportance
	side := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), s.hide, s.lock), nil, nil, s.nav)
	s.content = container.New(&shellLayout{s: s}, side, widget.NewSeparator(), s.area)
	s.nav.Select(0)
	return s
}

// open shows the section with this id, saving the one being left.
func (s *Shell) open(id string) {
	if id == s.currentID {
		return
	}
	for i, sec := range s.sections {
		if sec.id != id {
			continue
		}
		s.leave()
		s.currentID = id
		s.current = sec.make(s.app)
		s.area.Objects = []fyne.CanvasObject{s.current.view()}
		s.area.Refresh()
		s.nav.Select(i)
		s.app.touch()
		return
	}
}

// navigate shows the target's section (kept if it is already showing) and,
// for a place inside it, hands the target to its screen (kit.Opener).
func (s *Shell) navigate(t kit.Target) {
	s.open(t.SectionID())
	if _, plain := t.(kit.Section); plain || s.currentID != t.SectionID() {
		return
	}
	if o, ok := s.current.(kit.Opener); ok {
		o.Open(t)
	}
}

func (s *Shell) leave() {
	if s.current != nil {
		s.current.leave()
	}
}

// reopen builds the current section afresh (saving it first).
func (s *Shell) reopen() {
	id := s.currentID
	s.currentID = ""
	s.open(id)
}

// setNarrow shows the sidebar with icons only, or with names too.
func (s *Shell) setNarrow(on bool) {
	if on == s.narrow {
		return
	}
	s.narrow = on
	s.lock.SetText(lang.L("Lock"))
	s.hide.SetText(lang.L("Hide"))
	if on {
		s.lock.SetText("")
		s.hide.SetText("")
	}
	s.nav.Refresh()
}

// widestTitle is the section name that needs the most room, so the
// sidebar is as wide as its longest name in this language (German's
// "Persönlichkeitstest" was cut to the width of "Personality test").
func widestTitle(secs []section) string {
	widest, w := "", float32(0)
	for _, sec := range secs {
		if m := fyne.MeasureText(sec.title, theme.TextSize(), fyne.TextStyle{}).Width; m > w {
			widest, w = sec.title, m
		}
	}
	return widest
}

// shellLayout places the sidebar at its own width on the left, a line, and
// the screen in the rest; below narrowShell the sidebar keeps only icons.
type shellLayout struct{ s *Shell }

func (l *shellLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	side, area := objs[0].MinSize(), objs[2].MinSize()
	narrow := theme.IconInlineSize() + 2*theme.InnerPadding() + 2*theme.Padding()
	return fyne.NewSize(narrow+area.Width+1, fyne.Max(side.Height, area.Height))
}

func (l *shellLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := objs[0].MinSize().Width
	// icons only also when the names would leave the screen less than it
	// needs (a long language's screen in a window just over narrowShell):
	// the names are what gives way, never the screen's own words
	l.s.setNarrow(size.Width < narrowShell || size.Width-w-1 < objs[2].MinSize().Width)
	if l.s.narrow {
		w = theme.IconInlineSize() + 2*theme.InnerPadding() + 2*theme.Padding()
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(1, size.Height))
	objs[2].Move(fyne.NewPos(w+1, 0))
	objs[2].Resize(fyne.NewSize(size.Width-w-1, size.Height))
}
