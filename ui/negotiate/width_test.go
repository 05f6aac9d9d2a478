package negotiate

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/ui/kit/kittest"
)

// inLanguage switches Fyne's lang to tag for one test, the way Parley
// starts with LANGUAGE set, and back afterwards.
func inLanguage(t *testing.T, tag string) {
	t.Cleanup(func() { _ = lang.AddTranslationsFS(assets.Translations, "translations") }) // after the variables are restored
	for _, name := range []string{"LC_ALL", "LC_MESSAGES"} {
		t.Setenv(name, "")
	}
	t.Setenv("LANG", "en_GB.UTF-8")
	t.Setenv("LANGUAGE", tag)
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		t.Fatal(err)
	}
	l, err := i18n.Load(tag)
	if err != nil {
		t.Fatal(err)
	}
	if want := l.Text("Settings", nil); lang.L("Settings") != want {
		t.Skipf("Fyne's lang did not switch to %s here (%q)", tag, lang.L("Settings"))
	}
}

// Every shipped language fits the editor, with its safety review, beside
// an 800 px window's icon sidebar. Before: German needed 1066 px (three
// columns of "how are you today" ticks, an activity's name and
// who-does-what in two equal columns, two unwrapped lines) and Dutch and
// Spanish about 820 px (the four buttons in one row), so the window grew
// past an 800 px screen and cut the review off (docs/screens/).
func TestTheEditorFitsAnEightHundredPixelWindowInEveryLanguage(t *testing.T) {
	for _, tag := range i18n.Shipped {
		t.Run(tag, func(t *testing.T) {
			inLanguage(t, tag)
			a := kittest.NewSection(t, nil)
			a.Window.Resize(fyne.NewSize(800, 600))
			n := openNegotiate(t, a)
			ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
			a.Drain()
			sidebar := theme.IconInlineSize() + 2*theme.InnerPadding() + 2*theme.Padding() + 1 // ui/shell.go, icons only
			if w := ed.content.MinSize().Width; w > 800-sidebar {
				t.Errorf("the editor needs %.0f px, more than the %.0f px an 800 px window leaves it", w, 800-sidebar)
			}
		})
	}
}

// The editor's empty date fields cut their hint to "Day/month/year," at
// 800 px (docs/walks/first-couple.md, 800-34): three fields share the row.
// In every shipped language the hint in an empty date field is shown
// whole beside the calendar button, in the editor as an 800 px window
// with the icon sidebar leaves it.
func TestEmptyDateFieldsShowTheirWholeHintAtEightHundredPixels(t *testing.T) {
	for _, tag := range i18n.Shipped {
		t.Run(tag, func(t *testing.T) {
			inLanguage(t, tag)
			a := kittest.NewSection(t, nil)
			sidebar := theme.IconInlineSize() + 2*theme.InnerPadding() + 2*theme.Padding() + 1 // ui/shell.go, icons only
			a.Window.Resize(fyne.NewSize(800-sidebar, 600))
			n := openNegotiate(t, a)
			ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
			a.Drain()
			for _, key := range []string{"dates/negotiated", "dates/scene", "dates/debrief"} {
				var e *formEntry
				fyne.DoAndWait(func() {
					e = field(t, ed, key)
					e.SetText("")
				})
				room := e.Size().Width - 2*theme.InnerPadding() - 2*theme.InputBorderSize()
				if e.ActionItem != nil {
					room -= e.ActionItem.Size().Width + theme.Padding()
				}
				need := fyne.MeasureText(e.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width
				if need > room {
					t.Errorf("%s: the hint %q needs %.0f px, the field shows %.0f", key, e.PlaceHolder, need, room)
				}
			}
		})
	}
}

// On a wide window the three dates stay side by side, each with its whole
// hint: they go one under another only when they must.
func TestTheDatesStaySideBySideInAWideWindow(t *testing.T) {
	a := kittest.NewSection(t, nil)
	a.Window.Resize(fyne.NewSize(1280, 800))
	n := openNegotiate(t, a)
	newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	a.Drain()
	row, box := dateRowOf(t, a)
	if row.stacked || box.Objects[0].Position().Y != box.Objects[2].Position().Y {
		t.Errorf("at 1280 px the dates go one under another (row %.0f px wide)", box.Size().Width)
	}
}

// dateRowOf finds the editor's row of dates on screen.
func dateRowOf(t *testing.T, a *kittest.Section) (*dateRow, *fyne.Container) {
	t.Helper()
	var row *dateRow
	var box *fyne.Container
	fyne.DoAndWait(func() {
		kittest.Walk(a.Window.Canvas().Content(), nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
			if c, ok := o.(*fyne.Container); ok {
				if r, ok := c.Layout.(*dateRow); ok {
					row, box = r, c
				}
			}
		})
	})
	if row == nil {
		t.Fatal("the editor shows no row of dates")
	}
	return row, box
}

// When the dates go one under another, the page grows with them: the
// debrief date and the hint after it can still be scrolled to. (Under
// Xvfb the page at first kept its old height until the next scroll; Fyne's
// test driver lays everything out again and does not show that, so this
// guards the layout's sums, and the scroll's refresh was looked at.)
func TestStackedDatesKeepTheirRoomOnThePage(t *testing.T) {
	a := kittest.NewSection(t, nil)
	sidebar := theme.IconInlineSize() + 2*theme.InnerPadding() + 2*theme.Padding() + 1 // ui/shell.go, icons only
	a.Window.Resize(fyne.NewSize(800-sidebar, 600))
	n := openNegotiate(t, a)
	ed := newDraft(t, a, n, negotiation.KindFirstScene, "Alex", "Sam")
	a.Drain()
	row, box := dateRowOf(t, a)
	if !row.stacked {
		t.Fatalf("at 800 px the dates stay side by side (row %.0f px wide)", box.Size().Width)
	}
	last := box.Objects[len(box.Objects)-1]
	if bottom := last.Position().Y + last.MinSize().Height; box.Size().Height < bottom-1 {
		t.Errorf("the stacked dates need %.0f px, the page gives them %.0f", bottom, box.Size().Height)
	}
	if ed.scroll.Content.Size().Height < ed.scroll.Content.MinSize().Height-1 {
		t.Errorf("the page is %.0f px tall, its content needs %.0f", ed.scroll.Content.Size().Height, ed.scroll.Content.MinSize().Height)
	}
}
