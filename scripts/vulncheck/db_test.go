package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// An entry fixed in 1.2.0 but back again from 1.3.0 with no fix since must be
// indexed with no fix: govulncheck skips every entry whose indexed fix is older
// than the version in use, so "1.2.0" would hide it from a module at v1.4.0.
const reintroduced = `{"id":"GO-2099-0001","modified":"0001-01-01T00:00:00Z","affected":[
 {"package":{"name":"example.org/back"},"ranges":[{"type":"SEMVER","events":[
  {"introduced":"0"},{"fixed":"1.2.0"},{"introduced":"1.3.0"}]}]}]}`

// Fixed twice, in two release lines: the newest fix is the one to index, by
// semantic version (1.10.1 is newer than 1.9.5; a pseudo-version is oldest).
const twoLines = `{"id":"GO-2099-0002","modified":"0001-01-01T00:00:00Z","affected":[
 {"package":{"name":"example.org/lines"},"ranges":[{"type":"SEMVER","events":[
  {"introduced":"0"},{"fixed":"0.0.0-20200101000000-abcdefabcdef"},
  {"introduced":"1.9.0"},{"fixed":"1.9.5"},{"introduced":"1.10.0"},{"fixed":"1.10.1"}]}]}]}`

func TestTheIndexKeepsEveryEntryThatMayStillApply(t *testing.T) {
	osvDir, out := t.TempDir(), filepath.Join(t.TempDir(), "db")
	writeFile(t, filepath.Join(osvDir, "GO-2099-0001.json"), reintroduced)
	writeFile(t, filepath.Join(osvDir, "GO-2099-0002.json"), twoLines)
	snapshot := time.Date(2026, 11, 5, 23, 49, 57, 0, time.UTC)

	n, err := writeDB(osvDir, out, snapshot)
	if err != nil || n != 2 {
		t.Fatalf("writeDB: %d entries, %v", n, err)
	}
	var modules []moduleMeta
	readJSON(t, filepath.Join(out, "index", "modules.json"), &modules)
	fixes := map[string]string{}
	for _, m := range modules {
		for _, v := range m.Vulns {
			fixes[m.Path+" "+v.ID] = v.Fixed
		}
	}
	want := map[string]string{"example.org/back GO-2099-0001": "", "example.org/lines GO-2099-0002": "1.10.1"}
	if len(fixes) != len(want) {
		t.Fatalf("index lists %v, want %v", fixes, want)
	}
	for k, fix := range want {
		if got, ok := fixes[k]; !ok || got != fix {
			t.Errorf("%s: indexed fix %q, want %q", k, got, fix)
		}
	}

	var db struct{ Modified time.Time }
	readJSON(t, filepath.Join(out, "index", "db.json"), &db)
	if !db.Modified.Equal(snapshot) {
		t.Errorf("the database says it changed on %v, want the snapshot's %v", db.Modified, snapshot)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "ID", "GO-2099-0002.json")); string(b) != twoLines {
		t.Errorf("ID/GO-2099-0002.json is not the OSV file as it was:\n%s", b)
	}
}

func TestAnEntryWhoseNameIsNotItsIDIsRefused(t *testing.T) {
	osvDir := t.TempDir()
	writeFile(t, filepath.Join(osvDir, "GO-2099-0003.json"), reintroduced)
	if _, err := writeDB(osvDir, filepath.Join(t.TempDir(), "db"), time.Now()); err == nil {
		t.Fatal("an entry saved under another ID's name was accepted: govulncheck would never find it")
	}
}

func writeFile(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}
