package printout

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"parleyapp.org/parley/internal/i18n"
)

// The traffic light's label never runs under its dots, in any language:
// French's "Système des feux" did, its x hidden by the green dot. Every
// word left of the colour words ends clear of the 6.5-point dot and its
// 4-point gap.
func TestTheTrafficLightLabelStopsBeforeItsDots(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is missing (package poppler-utils)")
	}
	word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)
	for _, tag := range i18n.Shipped {
		l, err := i18n.Load(tag)
		if err != nil {
			t.Fatal(err)
		}
		r, err := NegotiationIn(firstScene(), printedOn, A4, l)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "page.pdf")
		os.WriteFile(path, r.PDF, 0o600)
		out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		type box struct{ x0, y, x1 float64 }
		var words []box
		green := -1.0
		var greenY float64
		for _, m := range word.FindAllStringSubmatch(string(out), -1) {
			x0, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			x1, _ := strconv.ParseFloat(m[3], 64)
			words = append(words, box{x0, y, x1})
			if m[4] == l.Text("outline.traffic-light.green", nil) && x0 > 250 {
				green, greenY = x0, y
			}
		}
		if green < 0 {
			t.Fatalf("%s: no traffic light on the page", tag)
		}
		for _, w := range words {
			if w.y > greenY-6 && w.y < greenY+30 && w.x0 < green && w.x1 > green-6.5-4 {
				t.Errorf("%s: a label word ends at %.1f, under the dot before %.1f", tag, w.x1, green)
			}
		}
	}
}
