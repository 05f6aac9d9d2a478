package quiz

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/quiz"
)

// fillOf is the colour a button is drawn with now.
func fillOf(t *testing.T, b *widget.Button) color.NRGBA {
	t.Helper()
	r, ok := test.WidgetRenderer(b).Objects()[0].(*canvas.Rectangle)
	if !ok {
		t.Fatal("the button has no background drawn first")
	}
	return color.NRGBAModel.Convert(r.FillColor).(color.NRGBA)
}

// TestTheAnswerUnderThePointerDoesNotLookChosen: after an answer is
// tapped, the next statement comes up with the pointer still over that
// answer. It must look like a hovered button, a faint neutral shade of
// the others, not like a chosen one (the accent and a tick), in light
// and in dark.
func TestTheAnswerUnderThePointerDoesNotLookChosen(t *testing.T) {
	for _, choice := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		f := newFixture(t)
		fyne.CurrentApp().Settings().SetTheme(inVariant(choice))
		q := openQuiz(t, f)
		addTaker(t, q, "Sam")
		tap(q.start)
		third := q.ask.scale[2]
		third.MouseIn(&desktop.MouseEvent{})
		tap(third)
		if q.ask.statement.Text != quiz.Questions()[1].Text {
			t.Fatalf("variant %v: the second statement is not on screen", choice)
		}
		hovered, resting := fillOf(t, third), fillOf(t, q.ask.scale[0])
		if third.Importance == widget.HighImportance || third.Icon != nil {
			t.Fatalf("variant %v: the answer under the pointer is marked chosen for a statement not answered yet", choice)
		}
		// The shade: every channel moved by the same amount (no hue of
		// the accent), by enough to see and little enough to stay quiet.
		d := [3]int{int(hovered.R) - int(resting.R), int(hovered.G) - int(resting.G), int(hovered.B) - int(resting.B)}
		lo, hi := min(d[0], d[1], d[2]), max(d[0], d[1], d[2])
		if hi-lo > 2 {
			t.Errorf("variant %v: hovering tints the answer %v → %v, toward a colour; it should only shade it", choice, resting, hovered)
		}
		if size := max(-lo, hi); size < 5 || size > 24 {
			t.Errorf("variant %v: hovering moves the colour by %d of 255; want a faint but visible shade", choice, size)
		}

		// Choosing it for this statement shows the accent and a tick.
		tap(q.ask.scale[4])
		q.move(-1)
		second := q.ask.scale[4]
		chosen := fillOf(t, second)
		if second.Importance != widget.HighImportance || second.Icon == nil {
			t.Errorf("variant %v: the chosen answer shows no tick", choice)
		}
		primary := color.NRGBAModel.Convert(fyne.CurrentApp().Settings().Theme().Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())).(color.NRGBA)
		if chosen != primary {
			t.Errorf("variant %v: the chosen answer is drawn %v, want the accent %v", choice, chosen, primary)
		}
	}
}
