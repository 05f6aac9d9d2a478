package negotiate

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/negotiation"
)

// inGerman switches Fyne's lang to German for one test, the way Parley
// starts with LANGUAGE=de, and back afterwards.
func inGerman(t *testing.T) {
	t.Cleanup(func() { _ = lang.AddTranslationsFS(assets.Translations, "translations") }) // after the variables are restored
	for _, name := range []string{"LC_ALL", "LC_MESSAGES"} {
		t.Setenv(name, "")
	}
	t.Setenv("LANG", "de_DE.UTF-8")
	t.Setenv("LANGUAGE", "de")
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		t.Fatal(err)
	}
	if lang.L("Settings") != "Einstellungen" {
		t.Skip("Fyne's lang did not switch to German here:", os.Getenv("LANGUAGE"))
	}
}

// German, the longest language, fits the editor with its safety review
// beside an 800 px window's icon sidebar: before, three columns of
// "how are you today" ticks, the activity's name and who-does-what in two
// equal columns, and two unwrapped lines made it 1066 px, so the window
// grew past an 800 px screen and cut the review off (docs/screens/).
func TestTheGermanEditorFitsAnEightHundredPixelWindow(t *testing.T) {
	inGerman(t)
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.Window.Resize(fyne.NewSize(800, 600))
	n := openNegotiate(t, a)
	ed := newDraft(t, n, negotiation.KindFirstScene, "Alex", "Sam")
	drainUI()
	sidebar := theme.IconInlineSize() + 2*theme.InnerPadding() + 2*theme.Padding() + 1 // ui/shell.go, icons only
	if w := ed.content.MinSize().Width; w > 800-sidebar {
		t.Errorf("the German editor needs %.0f px, more than the %.0f px an 800 px window leaves it", w, 800-sidebar)
	}
}
