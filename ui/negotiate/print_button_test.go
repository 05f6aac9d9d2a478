package negotiate

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/ui/kit/kittest"
)

// textsIn lists every text drawn under o (labels and canvas texts).
func textsIn(o fyne.CanvasObject) []string {
	var out []string
	kittest.Walk(o, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *canvas.Text:
			out = append(out, x.Text)
		}
	})
	return out
}

// TestThePrintButtonSaysItSavesAndOpens: Parley prints by saving the
// PDF and opening it in the system's viewer, so the button, the line
// beside it and the file dialog it opens all say so.
func TestThePrintButtonSaysItSavesAndOpens(t *testing.T) {
	a, c := kittest.ClockedSection(t)
	id := kittest.Agreed(t, a.Vault(), kittest.CoupleDoc(c.Now(), ""))
	n := openNegotiate(t, a)
	n.open(id)
	a.Eventually(t, "the agreed page opens", func() bool { return n.preview != nil })
	p := n.preview
	if p.print.Disabled() {
		t.Fatalf("the agreed page cannot be printed: %v", p.reasons)
	}
	if p.print.Text != "Save and print…" {
		t.Errorf("the print button says %q; it should say that it saves first", p.print.Text)
	}
	if shown := strings.Join(kittest.ShownText(p.content), "\n"); !strings.Contains(shown, "Parley saves the PDF, then opens it in your system's viewer to print.") {
		t.Errorf("no line says what the button does:\n%s", shown)
	}
	test.Tap(p.print)
	top := a.Window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Save and print opened nothing")
	}
	got := strings.Join(textsIn(top), "\n")
	for _, want := range []string{"Save the PDF, then print it", "Save and open"} {
		if !strings.Contains(got, want) {
			t.Errorf("the file dialog does not say %q:\n%s", want, got)
		}
	}
}
