package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/guide"
)

// GuideHelp is a small "?" button for any screen: with one guide entry ID
// it opens the guide there; with several it offers them in a short menu.
func GuideHelp(env Env, ids ...string) *NamedButton {
	g := env.Lang.Guide()
	var refs []guide.Ref
	for _, id := range ids {
		if r, ok := g.Lookup(id); ok {
			refs = append(refs, r)
		}
	}
	name := lang.L("Help in the guide")
	if len(refs) == 1 {
		name = lang.L("In the guide: {{.Title}}", map[string]any{"Title": refs[0].Title})
	}
	b := NewNamedButton(name, "", theme.HelpIcon(), nil)
	b.Importance = widget.LowImportance
	b.OnTapped = func() {
		switch len(refs) {
		case 0:
			env.Navigate(GuideTopic{ID: ""})
		case 1:
			env.Navigate(GuideTopic{ID: refs[0].ID})
		default:
			var items []*fyne.MenuItem
			for _, r := range refs {
				items = append(items, fyne.NewMenuItem(lang.L("In the guide: {{.Title}}", map[string]any{"Title": r.Title}), func() { env.Navigate(GuideTopic{ID: r.ID}) }))
			}
			c := env.Window.Canvas()
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).AddXY(0, b.Size().Height)
			widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos)
		}
	}
	return b
}
