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
