package negotiate

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit/kittest"
)

// With PARLEY_SHOTS set to a folder, the agreement's editor and preview
// are saved there as PNGs at 800×600 and 1280×800, to look at.
func TestShootTheAgreementScreens(t *testing.T) {
	dir := os.Getenv("PARLEY_SHOTS")
	if dir == "" {
		t.Skip("PARLEY_SHOTS is not set")
	}
	for _, size := range []fyne.Size{{Width: 720, Height: 600}, {Width: 1080, Height: 800}} {
		a := kittest.NewSection(t, nil)
		a.Window.Resize(size)
		n := openNegotiate(t, a)
		shot := func(name string) {
			a.Drain()
			a.Window.Resize(size)
			kittest.SaveShot(t, a.Window, filepath.Join(dir, fmt.Sprintf("%s-%.0f.png", name, size.Width)))
		}
		test.Tap(n.newBtn)
		a.Eventually(t, "the starter", func() bool { return len(n.starter.others) > 0 })
		test.Tap(n.starter.agreementBtn)
		shot("starter")
		ed := newAgreementDraft(t, a, openNegotiate(t, a), "Alex", "Sam")
		n = a.Screen().(*Negotiate)
		fyne.DoAndWait(func() { ed.jumpTo(negotiation.SectionStanding) })
		shot("agreement-editor")
		fillIn(t, a, ed, typed{"title": "Our dynamic", "dynamic-roles/0": "The one who leads", "exit/pause": "Either of us says pause", "exit/end": "Either of us ends it, no reason needed", "exit/then": "A calm talk within two days", "check-in/rhythm": "Sundays", "safewords/word": "rutabaga", "standing/rules/0": "A message when I get home safely", "dynamic-roles/1": "The one who follows", "dynamic-roles/0/bounds": "Work and family"})
		fyne.DoAndWait(func() { ed.jumpTo(negotiation.SectionExit) })
		shot("agreement-editor-exit")
		test.Tap(ed.preview)
		shot("agreement-preview")
		if _, err := n.preview.export(filepath.Join(dir, fmt.Sprintf("agreement-%.0f.pdf", size.Width)), n.preview.facts()); err != nil {
			t.Log(err)
		}
	}
}
