package negotiate

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// outlineDoc is a full first scene: every part of the outline has
// something to show.
func outlineDoc() negotiation.Document {
	d := negotiation.FirstScene([]negotiation.Participant{{ID: "z", Name: "Zoë", Pronouns: "she/her"}, {ID: "r", Name: "Renée"}}, time.Date(2026, 11, 20, 18, 40, 0, 0, time.UTC))
	d.Title = "Saturday at ours"
	d.SceneOn = time.Date(2026, 11, 28, 20, 0, 0, 0, time.UTC)
	d.Scene.Activities = []negotiation.Activity{
		{Name: "Wrist cuffs", Status: negotiation.StatusYes, Givers: []string{"r"}, Receivers: []string{"z"}, Note: "Padded, hands in front"},
		{Name: "Gags", Status: negotiation.StatusNotThisTime},
	}
	d.Scene.SetDuration("About 30 minutes")
	d.Participants[0].Limits.Hard = []negotiation.LimitItem{{Text: "Anything around the neck"}}
	d.Participants[1].Limits.Soft = []negotiation.LimitItem{{Text: "Name-calling", Condition: "pet names only"}}
	d.Safewords.Word, d.Safewords.Signal = "Pineapple", "Three taps on the arm"
	d.Participants[0].Aftercare.Immediate = negotiation.Care{What: "A blanket and water", By: []string{"r"}}
	d.Participants[1].Physical = "Asthma: the inhaler stays close"
	d.Participants[0].Today = negotiation.SceneDay{Fine: true}
	d.SafeCall = negotiation.SafeCall{Friend: "Jo", Arrangement: "a text by eleven"}
	return d
}

// The preview is a renderer of the same outline as the printout: every
// label and value the outline holds is on the screen, in the outline's
// words (the paper's test in printout/ checks the PDF the same way).
func TestThePreviewShowsTheOutline(t *testing.T) {
	test.NewTempApp(t)
	d := outlineDoc()
	rt := widget.NewRichText(kit.PreviewSegments(d)...)
	shown := strings.Join(strings.Fields(strings.Join(kittest.ShownText(rt), " ")), " ")
	o := negotiation.OutlineOf(d, time.Time{})
	for _, s := range o.Shown() {
		if s == o.Footer.Text {
			continue // the footer is the paper's alone
		}
		if s = strings.Join(strings.Fields(s), " "); !strings.Contains(shown, s) {
			t.Errorf("the preview does not show %q:\n%s", s, shown)
		}
	}
	for _, drifted := range []string{"Talked it through on", "Hard limits: never", "giving"} {
		if strings.Contains(shown, drifted) {
			t.Errorf("the preview still says %q, which the paper does not", drifted)
		}
	}
	if dir := os.Getenv("PARLEY_PREVIEW_PNG"); dir != "" {
		rt.Wrapping = fyne.TextWrapWord
		w := test.NewWindow(rt)
		defer w.Close()
		w.Resize(fyne.NewSize(720, rt.MinSize().Height+20))
		rt.Resize(fyne.NewSize(700, rt.MinSize().Height))
		f, err := os.Create(filepath.Join(dir, "preview.png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
}
