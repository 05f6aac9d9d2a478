package negotiate

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/ui/kit/kittest"
)

// The printed page is in the language chosen beside the print buttons:
// the app's at first, and Deutsch prints German (read back with
// pdftotext), with the preview on screen in German too.
func TestThePrintedPageIsInTheLanguageChosen(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	n := openNegotiate(t, a)
	n.open(id)
	a.Eventually(t, "the agreed page opens", func() bool { return n.preview != nil })
	p := n.preview
	if p.language == nil || p.language.Selected != "English (UK)" {
		t.Fatalf("the page's language should start as the app's, English (UK); the choice is %+v", p.language)
	}
	de, err := i18n.Load("de")
	if err != nil {
		t.Fatal(err)
	}
	en := a.Lang
	heading := func(l *i18n.Language) string { return l.Text("section.activities", nil) }

	english := filepath.Join(t.TempDir(), "en.pdf")
	if _, err := p.export(english, p.facts()); err != nil {
		t.Fatal(err)
	}
	if got := readPDFText(t, english); !strings.Contains(got, heading(en)) {
		t.Fatalf("the English page lacks %q:\n%s", heading(en), got)
	}

	p.language.SetSelected("Deutsch")
	a.Drain()
	german := filepath.Join(t.TempDir(), "de.pdf")
	if _, err := p.export(german, p.facts()); err != nil {
		t.Fatal(err)
	}
	got := readPDFText(t, german)
	if !strings.Contains(got, heading(de)) || strings.Contains(got, heading(en)) {
		t.Errorf("choosing Deutsch should print %q, not %q:\n%s", heading(de), heading(en), got)
	}
	shown := richText(p.text)
	if !strings.Contains(shown, heading(de)) {
		t.Errorf("the preview on screen is not in German:\n%s", shown)
	}
}

func richText(r *widget.RichText) string {
	var b strings.Builder
	for _, s := range r.Segments {
		if t, ok := s.(*widget.TextSegment); ok {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}
