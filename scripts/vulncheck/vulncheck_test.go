//go:build vulncheck

// These tests run scripts/vulncheck.sh itself, database step included, over two
// tiny modules in testdata that use golang.org/x/text v0.3.7, which the pinned
// database lists as GO-2022-1059. They prove the offline database is really
// read and the check's rule: a called vulnerability fails it, an imported one
// that is never called is listed and does not. They need govulncheck, the
// x/vulndb snapshot and x/text v0.3.7 from the Go module proxy (or the module
// cache), so they are behind a build tag and make vulncheck runs them:
//
//	go test -count=1 -tags vulncheck ./scripts/vulncheck/
package main

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const knownID = "GO-2022-1059" // x/text/language.ParseAcceptLanguage, fixed in v0.3.8

func TestACalledVulnerabilityFailsTheCheck(t *testing.T) {
	out, code := runScript(t, "testdata/called")
	if code != 1 {
		t.Fatalf("exit status %d, want 1 (a called vulnerability); output:\n%s", code, out)
	}
	called := section(out, "Called by")
	if !strings.Contains(called, knownID) || !strings.Contains(called, "main.go:14") {
		t.Errorf("%s is not listed as called from main.go:14; output:\n%s", knownID, out)
	}
	if !strings.Contains(out, "FAILED: 1 known vulnerability is called") {
		t.Errorf("the failure is not said plainly; output:\n%s", out)
	}
}

func TestAnImportedButUncalledVulnerabilityIsListedOnly(t *testing.T) {
	out, code := runScript(t, "testdata/imported")
	if code != 0 {
		t.Fatalf("exit status %d, want 0 (nothing called); output:\n%s", code, out)
	}
	if strings.Contains(out, "Called by") {
		t.Errorf("something is listed as called; output:\n%s", out)
	}
	if !strings.Contains(section(out, "never calls"), knownID) {
		t.Errorf("%s is not listed among the imported ones; output:\n%s", knownID, out)
	}
}

// runScript runs the whole check over the module in dir and gives its output
// (standard output and error together) and exit status.
func runScript(t *testing.T, dir string) (string, int) {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("bash", "../vulncheck.sh", abs).CombinedOutput()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return string(out), exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return string(out), 0
}

// section is the output from the line containing heading to the next blank line.
func section(out, heading string) string {
	i := strings.Index(out, heading)
	if i < 0 {
		return ""
	}
	s := out[i:]
	if j := strings.Index(s, "\n\n"); j >= 0 {
		s = s[:j]
	}
	return s
}
