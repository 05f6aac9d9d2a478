package main

// The database govulncheck reads with -db file://DIR, built from the OSV files
// in a downloaded golang.org/x/vulndb module (data/osv/, one file per entry).
// It is the database's "v1" layout, exactly what govulncheck's file client
// reads (golang.org/x/vuln's internal/client):
//
//	index/db.json         {"modified": …}: when the database last changed
//	index/modules.json    every affected module, its entries and latest fixes
//	ID/GO-YYYY-NNNN.json  each entry, byte for byte as in data/osv/
//
// plus a file named version holding the x/vulndb version it came from, so the
// script rebuilds only when the pin moves. The entries in data/osv/ carry no
// modification times (the real database takes them from the repository's git
// history, which a module zip does not have), so index/db.json says the
// snapshot's own commit time, from the module proxy's .info file.
//
// The database is written beside OUT-DIR and moved into place whole, so an
// interrupted run never leaves a half-built one that looks finished.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/mod/semver"
)

// download is the part of `go mod download -json` this program reads.
type download struct {
	Path, Version, Info, Dir, Error string
}

// entry is the part of an OSV entry the indexes are made from.
type entry struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
	Affected []struct {
		Package struct {
			Name string `json:"name"`
		} `json:"package"`
		Ranges []osvRange `json:"ranges"`
	} `json:"affected"`
}

type osvRange struct {
	Type   string `json:"type"`
	Events []struct {
		Introduced string `json:"introduced"`
		Fixed      string `json:"fixed"`
	} `json:"events"`
}

// moduleVuln and moduleMeta are index/modules.json's shapes (x/vuln's
// internal/client/schema.go).
type moduleVuln struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
	Fixed    string    `json:"fixed,omitempty"`
}

type moduleMeta struct {
	Path  string       `json:"path"`
	Vulns []moduleVuln `json:"vulns"`
}

// buildDB reads go mod download's answer for x/vulndb on standard input and
// writes the database into out.
func buildDB(out string) error {
	var d download
	if err := json.NewDecoder(os.Stdin).Decode(&d); err != nil {
		return fmt.Errorf("reading go mod download's answer: %w", err)
	}
	if d.Error != "" {
		return fmt.Errorf("go mod download %s@%s: %s", d.Path, d.Version, d.Error)
	}
	if d.Path != "golang.org/x/vulndb" || d.Dir == "" {
		return fmt.Errorf("expected the downloaded golang.org/x/vulndb module, got %q", d.Path)
	}
	snapshot, err := snapshotTime(d.Info)
	if err != nil {
		return err
	}
	tmp := out + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	n, err := writeDB(filepath.Join(d.Dir, "data", "osv"), tmp, snapshot)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "version"), []byte(d.Version+"\n"), 0o644); err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Printf("vulncheck: built the database in %s: %d entries from golang.org/x/vulndb@%s (snapshot of %s)\n",
		out, n, d.Version, snapshot.Format("2 January 2006"))
	return nil
}

// snapshotTime reads the commit time the module proxy gives for the version.
func snapshotTime(infoFile string) (time.Time, error) {
	b, err := os.ReadFile(infoFile)
	if err != nil {
		return time.Time{}, err
	}
	var info struct{ Time time.Time }
	if err := json.Unmarshal(b, &info); err != nil || info.Time.IsZero() {
		return time.Time{}, fmt.Errorf("%s: no commit time in the module's .info file", infoFile)
	}
	return info.Time, nil
}

// writeDB writes the v1 layout of every OSV file in osvDir into out and says
// how many entries it holds.
func writeDB(osvDir, out string, snapshot time.Time) (int, error) {
	files, err := filepath.Glob(filepath.Join(osvDir, "*.json"))
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("%s holds no OSV files", osvDir)
	}
	for _, dir := range []string{"index", "ID"} {
		if err := os.MkdirAll(filepath.Join(out, dir), 0o755); err != nil {
			return 0, err
		}
	}
	modified := snapshot
	modules := map[string]*moduleMeta{}
	for _, f := range files {
		e, raw, err := readEntry(f)
		if err != nil {
			return 0, err
		}
		if e.Modified.After(modified) {
			modified = e.Modified
		}
		addToIndex(modules, e)
		if err := os.WriteFile(filepath.Join(out, "ID", e.ID+".json"), raw, 0o644); err != nil {
			return 0, err
		}
	}
	if err := writeJSON(filepath.Join(out, "index", "db.json"), map[string]time.Time{"modified": modified}); err != nil {
		return 0, err
	}
	return len(files), writeJSON(filepath.Join(out, "index", "modules.json"), sortedModules(modules))
}

func readEntry(file string) (entry, []byte, error) {
	var e entry
	raw, err := os.ReadFile(file)
	if err != nil {
		return e, nil, err
	}
	if err := json.Unmarshal(raw, &e); err != nil {
		return e, nil, fmt.Errorf("%s: %w", file, err)
	}
	if e.ID == "" || filepath.Base(file) != e.ID+".json" {
		return e, nil, fmt.Errorf("%s: file name does not match its id %q", file, e.ID)
	}
	return e, raw, nil
}

// addToIndex lists e under every module it affects, with the fix that module
// needs: govulncheck reads an entry only for a module older than that fix (or
// when there is none). Like x/vulndb's own index, an entry with two blocks for
// one module is listed twice.
func addToIndex(modules map[string]*moduleMeta, e entry) {
	for _, a := range e.Affected {
		path := a.Package.Name
		if modules[path] == nil {
			modules[path] = &moduleMeta{Path: path, Vulns: []moduleVuln{}}
		}
		m := modules[path]
		m.Vulns = append(m.Vulns, moduleVuln{ID: e.ID, Modified: e.Modified, Fixed: latestFix(a.Ranges)})
	}
}

// latestFix is the newest fixed version in ranges, or "" when the problem came
// back after it or was never fixed: x/vuln's semver.NonSupersededFix.
func latestFix(ranges []osvRange) string {
	latest := ""
	for _, r := range ranges {
		if r.Type != "SEMVER" {
			continue
		}
		for _, ev := range r.Events {
			if ev.Fixed != "" && less(latest, ev.Fixed) {
				latest = ev.Fixed
			}
		}
		for _, ev := range r.Events {
			if ev.Introduced != "" && ev.Introduced != "0" && less(latest, ev.Introduced) {
				latest = ""
				break
			}
		}
	}
	return latest
}

// less compares OSV versions, which have no "v" (an empty one is the lowest).
func less(a, b string) bool {
	return semver.Compare("v"+strings.TrimPrefix(a, "v"), "v"+strings.TrimPrefix(b, "v")) < 0
}

func sortedModules(modules map[string]*moduleMeta) []*moduleMeta {
	list := make([]*moduleMeta, 0, len(modules))
	for _, m := range modules {
		sort.Slice(m.Vulns, func(i, j int) bool { return m.Vulns[i].ID < m.Vulns[j].ID })
		list = append(list, m)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Path < list[j].Path })
	return list
}

func writeJSON(file string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}
