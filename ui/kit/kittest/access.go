package kittest

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"parleyapp.org/parley/ui/kit"
)

// The accessibility harness. Fyne 2.8 gives a screen reader (with the
// `accessibility` build tag, on Windows and macOS only) each widget that
// implements fyne.Accessible: its AccessibilityLabel as the name and its
// AccessibilityRole. Of Fyne's own widgets only Button, Hyperlink and Label
// do; an Entry, Check, RadioGroup, Select, Slider or List has no name. And
// the driver finds them by walking the window's content through
// *fyne.Container children only (internal/driver/glfw/accessibility_*.go,
// collectAccessibleElements): a widget inside another widget's renderer (a
// container.Scroll, Split, AppTabs, a Form, a List's rows) is never
// reached, whatever it implements.
//
// Unnamed reports both gaps for one screen, so each feature's tests can
// hold its screens to them: every interactive widget (one a person can tap
// or give the keyboard to) that has no accessible name, and, with
// reachable set, every interactive widget a 2.8 screen reader cannot reach.

// Problem is one interactive widget a screen reader cannot name or reach.
type Problem struct {
	Widget fyne.CanvasObject
	What   string // a description for a test's failure message
}

func (p Problem) String() string { return p.What }

// Unnamed walks c's content and overlays (dialogs) and returns every
// visible interactive widget without an accessible name, or named only by
// its icon (a Button with no text says its icon's resource name); with
// reachable, also every one a Fyne 2.8 screen reader cannot reach (see
// above). The parts Fyne builds a widget of (a RadioGroup's items, a List's
// rows, an Entry's reveal button) count as that widget, reported once; scroll
// bars, which only a pointer uses, and widgets that are not interactive
// (labels, icons) are not reported.
func Unnamed(c fyne.Canvas, reachable bool) []Problem {
	return UnnamedUnder(append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...), reachable)
}

// UnnamedUnder is Unnamed for what is under roots (one screen's content,
// say, before it is in a window).
func UnnamedUnder(roots []fyne.CanvasObject, reachable bool) []Problem {
	var out []Problem
	seen := map[fyne.CanvasObject]bool{}
	for _, root := range roots {
		Walk(root, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
			if !interactive(o) || !shown(o, parents) || scrollBar(o) {
				return
			}
			o, parents = owner(o, parents)
			if seen[o] {
				return
			}
			seen[o] = true
			if p, ok := problemOf(o, parents, reachable); ok {
				out = append(out, p)
			}
		})
	}
	return out
}

// fyneUnnamed are the kinds of Fyne widget that have no accessible name in
// Fyne 2.8 (only Button, Hyperlink and Label implement fyne.Accessible): the
// README's accessibility section lists them as not there yet.
var fyneUnnamed = []string{"*widget.Entry ", "*widget.Select ", "*widget.RadioGroup ", "*widget.List ", "*widget.Check "}

// FyneGap reports whether p is one of Fyne 2.8's own unnamed kinds, and
// still shows a sighted person words to know it by (an entry's placeholder
// or text, a check's words, a select's or radio group's choices; a list is
// known by its rows). Everything else interactive, Parley's own controls
// and every button above all, must carry a name a screen reader can say.
func FyneGap(p Problem) bool {
	for _, kind := range fyneUnnamed {
		if strings.HasPrefix(p.What, kind) && strings.Contains(p.What, "not a fyne.Accessible") {
			_, list := p.Widget.(*widget.List)
			return list || strings.TrimSpace(hintOf(p.Widget)) != ""
		}
	}
	return false
}

// Unexplained is problems less Fyne's own gaps (FyneGap): what a screen's
// test must not find.
func Unexplained(problems []Problem) []Problem {
	var out []Problem
	for _, p := range problems {
		if !FyneGap(p) {
			out = append(out, p)
		}
	}
	return out
}

func problemOf(o fyne.CanvasObject, parents []fyne.CanvasObject, reachable bool) (Problem, bool) {
	a, ok := o.(fyne.Accessible)
	switch {
	case !ok:
		return Problem{o, fmt.Sprintf("%s %q has no accessible name (it is not a fyne.Accessible)", typeName(o), hintOf(o))}, true
	case strings.TrimSpace(a.AccessibilityLabel()) == "":
		return Problem{o, fmt.Sprintf("%s has an empty accessible name", typeName(o))}, true
	case iconOnly(o, a):
		return Problem{o, fmt.Sprintf("%s is named only by its icon, %q", typeName(o), a.AccessibilityLabel())}, true
	case reachable && !reached(parents):
		return Problem{o, fmt.Sprintf("%s %q is inside %s, where Fyne 2.8's screen-reader walk does not go", typeName(o), a.AccessibilityLabel(), typeName(blocker(parents)))}, true
	}
	return Problem{}, false
}

// iconOnly reports whether a button's name is its icon's resource name.
func iconOnly(o fyne.CanvasObject, a fyne.Accessible) bool {
	b, ok := o.(*widget.Button)
	return ok && b.Text == "" && b.Icon != nil && a.AccessibilityLabel() == b.Icon.Name()
}

// owner is the widget a part belongs to: the nearest enclosing widget of an
// exported type, for the unexported parts Fyne builds its widgets of.
func owner(o fyne.CanvasObject, parents []fyne.CanvasObject) (fyne.CanvasObject, []fyne.CanvasObject) {
	for i := len(parents); i > 0 && !exported(o); i-- {
		o, parents = parents[i-1], parents[:i-1]
	}
	return o, parents
}

func exported(o fyne.CanvasObject) bool {
	t := reflect.TypeOf(o)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name() != "" && unicode.IsUpper(rune(t.Name()[0]))
}

func scrollBar(o fyne.CanvasObject) bool {
	return strings.Contains(strings.ToLower(typeName(o)), "scrollbar")
}

func typeName(o fyne.CanvasObject) string { return fmt.Sprintf("%T", o) }

// interactive reports whether a person can tap o or give it the keyboard.
func interactive(o fyne.CanvasObject) bool {
	if _, ok := o.(*fyne.Container); ok {
		return false
	}
	_, tap := o.(fyne.Tappable)
	_, focus := o.(fyne.Focusable)
	if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
		return false
	}
	return tap || focus
}

// shown reports whether o and every parent are visible.
func shown(o fyne.CanvasObject, parents []fyne.CanvasObject) bool {
	if !o.Visible() {
		return false
	}
	for _, p := range parents {
		if !p.Visible() {
			return false
		}
	}
	return true
}

// reached reports whether the chain from the root to a widget is plain
// containers only, as Fyne 2.8's accessibility walk needs. The first
// parent (the root) may be anything the driver starts from.
func reached(parents []fyne.CanvasObject) bool { return blocker(parents) == nil }

func blocker(parents []fyne.CanvasObject) fyne.CanvasObject {
	for i, p := range parents {
		if _, ok := p.(*fyne.Container); !ok && i > 0 {
			return p
		}
	}
	return nil
}

// hintOf is something to recognise an unnamed widget by in a message.
func hintOf(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Entry:
		return x.PlaceHolder + x.Text
	case *widget.Check:
		return x.Text
	case *widget.Select:
		return x.PlaceHolder + x.Selected
	case *widget.RadioGroup:
		return strings.Join(x.Options, " / ")
	}
	return fmt.Sprintf("at %v", o.Position())
}

// FieldName is what a screen reader would call o: its fyne.Accessible
// label, or, for Fyne's own fields that 2.8 gives no such label (Entry,
// Check, Select, and kit's PageEntry), the words they show. Features whose
// screens hold other unnamed things (the checklist's list rows) add their
// own rule before it.
func FieldName(o fyne.CanvasObject) string {
	if a, ok := o.(fyne.Accessible); ok {
		return a.AccessibilityLabel()
	}
	switch x := o.(type) {
	case *widget.Check:
		return x.Text
	case *widget.Entry:
		return x.PlaceHolder
	case *kit.PageEntry:
		return x.PlaceHolder
	case *widget.Select:
		if x.Selected != "" {
			return x.Selected
		}
		return x.PlaceHolder
	}
	return ""
}

// ControlsNamedBy lists the type of every tappable or focusable object
// under root to which name gives no name: a feature's own naming rule for
// its own screens. What lies inside another interactive widget belongs to
// it, unless inside says that widget holds controls of its own (a list's
// rows); Fyne's scroll bars are the wheel's, not the keyboard's.
func ControlsNamedBy(root fyne.CanvasObject, name func(fyne.CanvasObject) string, inside func(fyne.CanvasObject) bool) []string {
	var out []string
	Walk(root, nil, func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		for _, p := range parents {
			if inside(p) {
				continue
			}
			_, tap := p.(fyne.Tappable)
			_, foc := p.(fyne.Focusable)
			if tap || foc {
				return
			}
		}
		_, tap := o.(fyne.Tappable)
		_, foc := o.(fyne.Focusable)
		if fmt.Sprintf("%T", o) == "*widget.scrollBarArea" {
			return
		}
		if (tap || foc) && name(o) == "" {
			out = append(out, fmt.Sprintf("%T", o))
		}
	})
	return out
}
