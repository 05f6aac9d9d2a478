package printout

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readPDF writes the PDF to a temp file and reads it back with poppler's
// pdftotext and pdfinfo, as a person's PDF viewer would.
func readPDF(t *testing.T, data []byte) (text string, pages int, width, height float64) {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing: run make deps-check (package poppler-utils)", tool)
			}
			t.Skipf("%s is missing (package poppler-utils)", tool)
		}
	}
	path := filepath.Join(t.TempDir(), "page.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext could not read the PDF: %v", err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo could not read the PDF: %v", err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(info))
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", info)
	}
	pages, _ = strconv.Atoi(m[1])
	s := regexp.MustCompile(`Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(string(info))
	if s != nil {
		width, _ = strconv.ParseFloat(s[1], 64)
		height, _ = strconv.ParseFloat(s[2], 64)
	}
	return string(out), pages, width, height
}

// squash folds white space so text can be searched across line breaks.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
