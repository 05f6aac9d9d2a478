package quiz

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestTheProgressBarFillsOnlyWhatIsDone: two statements of 24 answered,
// the bar's done part is drawn in the strong accent and the rest in a
// quiet colour near the page's, so "2 of 24" looks like a small start
// (issue 14: Fyne's bar drew its track in a faded accent, and the whole
// bar looked nearly full). In light and in dark.
func TestTheProgressBarFillsOnlyWhatIsDone(t *testing.T) {
	for _, choice := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		f := newFixture(t)
		fyne.CurrentApp().Settings().SetTheme(inVariant(choice))
		f.env.Window.Resize(fyne.NewSize(800, 600))
		q := openQuiz(t, f)
		addTaker(t, q, "Sam")
		tap(q.start)
		tap(q.ask.scale[2])
		tap(q.ask.scale[2])
		if q.ask.counter.Text != "3 of 24" && q.ask.counter.Text != "2 of 24" {
			t.Fatalf("variant %v: the counter says %q after two answers", choice, q.ask.counter.Text)
		}
		th := fyne.CurrentApp().Settings().Theme()
		primary := nrgba(th.Color(theme.ColorNamePrimary, choice))
		page := nrgba(th.Color(theme.ColorNameBackground, choice))

		img := f.env.Window.Canvas().Capture()
		bar := q.ask.progress
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(bar)
		y := int(at.Y + bar.Size().Height/2)
		done := pixel(img, f.env.Window.Canvas().Size(), int(at.X+bar.Size().Width*0.02), y)
		rest := pixel(img, f.env.Window.Canvas().Size(), int(at.X+bar.Size().Width*0.9), y)
		if distance(done, primary) > 12 {
			t.Errorf("variant %v: the done part is drawn %v, want the accent %v", choice, done, primary)
		}
		if distance(rest, page) > distance(rest, primary)/3 {
			t.Errorf("variant %v: the part still to do is drawn %v, nearer the accent %v than the quiet page %v", choice, rest, primary, page)
		}
	}
}

func nrgba(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

// pixel is the colour drawn at (x, y) in a capture of a canvas size wide.
func pixel(img image.Image, size fyne.Size, x, y int) color.NRGBA {
	s := float32(img.Bounds().Dx()) / size.Width
	return nrgba(img.At(int(float32(x)*s), int(float32(y)*s)))
}

// distance is the largest difference of one channel.
func distance(a, b color.NRGBA) int {
	d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return max(d(a.R, b.R), d(a.G, b.G), d(a.B, b.B))
}
