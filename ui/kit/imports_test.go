package kit_test

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "parleyapp.org/parley"

// features are the screen packages. Each may use kit and the layers below
// it, never another feature nor the shell (package ui): that is what lets
// one person move or change a feature without touching the others.
var features = []string{"checklist", "compare", "negotiate", "history", "quiz", "guide", "home"}

// deps maps each package matching pattern to every package it imports,
// directly or not (go list -deps), as the go tool itself sees them.
func deps(t *testing.T, pattern string) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, pattern).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", pattern, err, out)
	}
	m := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) > 0 {
			m[f[0]] = f[1:]
		}
	}
	return m
}

// featureOf is the feature a package belongs to ("" for none).
func featureOf(pkg string) string {
	for _, f := range features {
		p := module + "/ui/" + f
		if pkg == p || strings.HasPrefix(pkg, p+"/") {
			return f
		}
	}
	return ""
}

func TestNoFeatureImportsAnotherOrTheShell(t *testing.T) {
	for pkg, ds := range deps(t, module+"/ui/...") {
		own := featureOf(pkg)
		if own == "" && pkg != module+"/ui/kit" {
			continue
		}
		for _, d := range ds {
			if other := featureOf(d); other != "" && other != own {
				t.Errorf("%s imports the feature %s (%s): share it through ui/kit instead", pkg, other, d)
			}
			if d == module+"/ui" {
				t.Errorf("%s imports the shell (package ui): take what it needs from kit.Env", pkg)
			}
		}
	}
}

// forbiddenInDomain are what the domain must never reach: it is pure Go, so
// the rules can be read and tested without a window, a database or paper.
var forbiddenInDomain = []string{
	"fyne.io/",                      // the window
	"database/sql",                  // SQL
	"github.com/mutecomm/",          // SQLCipher
	"github.com/zalando/go-keyring", // the keyring
	"github.com/signintech/gopdf",   // PDF
	module + "/persistence",
	module + "/printout",
	module + "/ui",
}

func TestDomainImportsNoWindowDatabaseKeyringOrPDF(t *testing.T) {
	all := deps(t, module+"/domain/...")
	if len(all) == 0 {
		t.Fatal("go list found no domain packages")
	}
	for pkg, ds := range all {
		for _, d := range ds {
			for _, bad := range forbiddenInDomain {
				bad = strings.TrimSuffix(bad, "/")
				if d == bad || strings.HasPrefix(d, bad+"/") {
					t.Errorf("%s imports %s", pkg, d)
				}
			}
		}
	}
}
