package invite

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The embedded engine is the one today's sources build: a page made by a
// Parley whose engine is older than its domain/match would answer with
// yesterday's rules. make invite-engine rebuilds it; this test catches a
// tree where it was not run.
func TestEmbeddedEngineIsCurrent(t *testing.T) {
	gz, err := fs.ReadFile(engineFiles, EngineFile)
	if err != nil {
		t.Fatalf("the engine is not built: run make invite-engine (%v)", err)
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "engine.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the engine: %v\n%s", err, msg)
	}
	fresh, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, embedded) {
		t.Fatal("the embedded engine is older than the sources: run make invite-engine")
	}
}
