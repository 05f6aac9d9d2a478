package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "recovery.txt")
	for _, content := range []string{"first", "second, longer than the first"} {
		if err := Write(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(path)
		if string(got) != content {
			t.Fatalf("read %q", got)
		}
	}
	if got := names(t, dir); !slices.Equal(got, []string{"recovery.txt"}) {
		t.Fatalf("folder holds %v", got)
	}
	if info, _ := os.Stat(path); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Fatalf("permissions %v", info.Mode().Perm())
	}
	if err := Write(filepath.Join(dir, "missing", "x"), nil); err == nil {
		t.Fatal("writing into a missing folder succeeded")
	}
}

// A write that cannot finish leaves the old file as it was and no
// temporary file behind.
func TestFailedWriteKeepsTheOldFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("a folder over the file's name cannot be renamed over on Windows the same way")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.pdf")
	if err := os.Mkdir(path, 0o700); err != nil { // a folder where the file should go: the rename fails
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, "inside"), []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("new")); err == nil {
		t.Fatal("renaming over a folder that is not empty succeeded")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"doc.pdf"}) {
		t.Fatalf("folder holds %v after a failed write", got)
	}
	if got, _ := os.ReadFile(filepath.Join(path, "inside")); string(got) != "old" {
		t.Fatalf("the old content became %q", got)
	}
}

func TestRenameMovesTheFile(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := Write(from, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if err := SyncFile(from); err != nil {
		t.Fatal(err)
	}
	if err := Rename(from, to); err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"b"}) {
		t.Fatalf("folder holds %v", got)
	}
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}
