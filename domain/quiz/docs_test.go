package quiz

import (
	"os"
	"strings"
	"testing"
)

// docs/personality-test.md explains the test to people who maintain it; it
// must quote the statements and the note exactly as the app shows them.
func TestDocumentationMatchesTheTest(t *testing.T) {
	b, err := os.ReadFile("../../docs/personality-test.md")
	if err != nil {
		t.Fatalf("reading the documentation: %v", err)
	}
	doc := strings.Join(strings.Fields(string(b)), " ")
	var want []string
	for _, tr := range Traits() {
		want = append(want, tr.Name, tr.High, tr.Low, tr.Why)
	}
	for _, q := range Questions() {
		line := "`" + string(q.ID) + "` \"" + q.Text + "\""
		if q.Reversed {
			line += " *(reverse-worded)*"
		}
		want = append(want, line)
	}
	want = append(want, ComparisonNote)
	for _, w := range want {
		if !strings.Contains(doc, w) {
			t.Errorf("docs/personality-test.md lacks %q", w)
		}
	}
}
