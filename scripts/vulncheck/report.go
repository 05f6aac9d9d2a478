package main

// The report: govulncheck's JSON stream (-format json, which always exits 0)
// turned into a short list by module, each vulnerability once, at the closest
// reach govulncheck found for it:
//
//   - called: a trace from Parley's code to the vulnerable function. These fail
//     the check, as in govulncheck's own text mode.
//   - imported: Parley imports the vulnerable package but no trace reaches the
//     vulnerable function. Listed, but they do not fail the check: the code
//     that is wrong never runs in Parley, and a check that fails for such
//     entries teaches people to look past it.
//   - required: only somewhere in a module Parley requires. Counted only.
//
// For the Go standard library the fix is a newer Go, for a module a newer
// version in go.mod; the report says which.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"time"

	"golang.org/x/mod/semver"
)

type reach int

const (
	required reach = iota
	imported
	called
)

type frame struct {
	Module   string `json:"module"`
	Version  string `json:"version"`
	Package  string `json:"package"`
	Function string `json:"function"`
	Receiver string `json:"receiver"`
	Position *struct {
		Filename string `json:"filename"`
		Line     int    `json:"line"`
	} `json:"position"`
}

// message is one value of govulncheck's JSON stream (x/vuln's
// internal/govulncheck): each holds one of these.
type message struct {
	Config *struct {
		ScannerVersion string     `json:"scanner_version"`
		DBLastModified *time.Time `json:"db_last_modified"`
		GoVersion      string     `json:"go_version"`
	} `json:"config"`
	OSV *struct {
		ID      string `json:"id"`
		Summary string `json:"summary"`
	} `json:"osv"`
	Finding *struct {
		OSV          string  `json:"osv"`
		FixedVersion string  `json:"fixed_version"`
		Trace        []frame `json:"trace"`
	} `json:"finding"`
}

// vuln is one vulnerability as the report tells it.
type vuln struct {
	id, summary     string
	module, version string // as found; module "stdlib" is Go's standard library
	fixed           string // "" when there is no fix
	reach           reach
	example         string // for a called one: where Parley's code reaches it
	steps           int    // the example's trace length: the shortest is shown
}

func report(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	vulns, header, err := readFindings(f)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	fmt.Println(header)
	counts := map[reach]int{}
	for _, v := range vulns {
		counts[v.reach]++
	}
	if counts[called] > 0 {
		fmt.Println("\nCalled by Parley's code (these fail the check):")
		printGroups(vulns, called)
	}
	if counts[imported] > 0 {
		fmt.Println("\nIn packages Parley imports but whose vulnerable code it never calls (listed; these do not fail the check):")
		printGroups(vulns, imported)
	}
	if counts[required] > 0 {
		fmt.Printf("\n%d more only in packages of required modules that Parley does not import (govulncheck -show verbose lists them).\n", counts[required])
	}
	if counts[called] > 0 {
		if counts[called] == 1 {
			return fmt.Errorf("FAILED: 1 known vulnerability is called by Parley's code (every trace: %s)", file)
		}
		return fmt.Errorf("FAILED: %d known vulnerabilities are called by Parley's code (every trace: %s)", counts[called], file)
	}
	fmt.Println("vulncheck: passed: no known vulnerability in the database is called by Parley's code.")
	return nil
}

// readFindings reads the JSON stream: one vuln per ID at its closest reach, and
// a line saying what ran against what.
func readFindings(r io.Reader) ([]*vuln, string, error) {
	byID := map[string]*vuln{}
	summaries := map[string]string{}
	header := ""
	dec := json.NewDecoder(r)
	for {
		var m message
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, "", err
		}
		switch {
		case m.Config != nil:
			header = describeRun(m.Config.ScannerVersion, m.Config.GoVersion, m.Config.DBLastModified)
		case m.OSV != nil:
			summaries[m.OSV.ID] = m.OSV.Summary
		case m.Finding != nil && len(m.Finding.Trace) > 0:
			v := toVuln(m.Finding.OSV, m.Finding.FixedVersion, m.Finding.Trace)
			if old := byID[v.id]; old == nil || v.reach > old.reach || v.reach == old.reach && v.steps < old.steps {
				byID[v.id] = v
			}
		}
	}
	if header == "" {
		return nil, "", errors.New("not govulncheck's JSON output (no config message)")
	}
	list := make([]*vuln, 0, len(byID))
	for _, v := range byID {
		v.summary = summaries[v.id]
		list = append(list, v)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].id < list[j].id })
	return list, header, nil
}

func describeRun(scanner, goVersion string, db *time.Time) string {
	when := "of an unknown date"
	if db != nil {
		when = "of " + db.Format("2 January 2006")
	}
	return fmt.Sprintf("govulncheck %s, %s, offline database %s", scanner, goVersion, when)
}

// toVuln reads one finding. Its trace starts at the vulnerable symbol (or only
// its package or module) and, when called, ends in Parley's code.
func toVuln(id, fixed string, trace []frame) *vuln {
	top := trace[0]
	v := &vuln{id: id, module: top.Module, version: top.Version, fixed: fixed, steps: len(trace)}
	switch {
	case top.Function != "":
		v.reach = called
		v.example = fmt.Sprintf("%s reaches %s %s", callSite(trace[len(trace)-1]), top.Package, symbol(top))
	case top.Package != "":
		v.reach = imported
	}
	return v
}

// callSite is where a trace enters from Parley's code: file:line and function.
func callSite(f frame) string {
	name := path.Base(f.Package) + "." + symbol(f)
	if f.Position == nil {
		return name
	}
	return fmt.Sprintf("%s:%d %s", f.Position.Filename, f.Position.Line, name)
}

// symbol is a function's name with its receiver, as in (*Certificate).Verify.
func symbol(f frame) string {
	if f.Receiver != "" {
		return "(" + f.Receiver + ")." + f.Function
	}
	return f.Function
}

// printGroups lists the vulns of one reach by module, each module with the
// version that fixes all of them.
func printGroups(vulns []*vuln, r reach) {
	groups := map[string][]*vuln{}
	var modules []string
	for _, v := range vulns {
		if v.reach != r {
			continue
		}
		if groups[v.module] == nil {
			modules = append(modules, v.module)
		}
		groups[v.module] = append(groups[v.module], v)
	}
	sort.Strings(modules)
	for _, m := range modules {
		fmt.Println("  " + groupLine(groups[m]))
		for _, v := range groups[m] {
			fmt.Printf("    %s  %s (fixed in %s)\n", v.id, v.summary, showVersion(v.module, v.fixed))
			if v.example != "" {
				fmt.Printf("      e.g. %s\n", v.example)
			}
		}
	}
}

// groupLine names a module, the version found and what to do about it.
func groupLine(vs []*vuln) string {
	mod, found := vs[0].module, vs[0].version
	fix := ""
	for _, v := range vs {
		if v.fixed == "" {
			fix = ""
			break
		}
		if fix == "" || semver.Compare(v.fixed, fix) > 0 {
			fix = v.fixed
		}
	}
	if mod == "stdlib" {
		if fix == "" {
			return fmt.Sprintf("Go standard library %s: not all of these are fixed in any Go yet", showVersion(mod, found))
		}
		return fmt.Sprintf("Go standard library %s: all fixed in %s; build with that Go or newer", showVersion(mod, found), showVersion(mod, fix))
	}
	if fix == "" {
		return fmt.Sprintf("%s %s: not all of these are fixed in any version yet", mod, found)
	}
	return fmt.Sprintf("%s %s: all fixed in %s; go get %s@%s, then go mod tidy", mod, found, fix, mod, fix)
}

// showVersion writes the standard library's versions as Go names them.
func showVersion(module, version string) string {
	if version == "" {
		return "no version yet"
	}
	if module == "stdlib" {
		return "go" + strings.TrimPrefix(version, "v")
	}
	return version
}
