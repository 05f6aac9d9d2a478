package persistence

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	sqlite3 "github.com/mutecomm/go-sqlcipher/v4"
)

// Nothing a person writes, nor their passphrase, reaches the data folder
// in the clear: not the database, its WAL and shared-memory files, nor the
// sidecar; while the vault is open and after it is closed.
func TestNothingPersonalOnDiskInTheClear(t *testing.T) {
	const marker = "MARKER-7f3a"
	const pass = "PASSPHRASE-91c2 tea at five"
	s := newStore(t, newFakeKeyring())
	v, code := mustCreate(t, s, ModeKeyring, pass)
	for i, value := range []string{marker, "before " + marker + " after", marker + marker} {
		mustSet(t, v, marker+string(rune('a'+i)), value)
	}
	check := func(when string) {
		t.Helper()
		files, _ := filepath.Glob(filepath.Join(s.Home, "*"))
		if len(files) < 2 {
			t.Fatalf("%s: only %v in the data folder", when, files)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, secret := range [][]byte{[]byte(marker), []byte(pass), []byte(code.Hex())} {
				if bytes.Contains(data, secret) {
					t.Fatalf("%s: %s contains %q", when, filepath.Base(f), secret)
				}
			}
		}
	}
	check("while open")
	if _, err := os.Stat(s.DatabasePath() + "-wal"); err != nil {
		t.Fatalf("expected a WAL file while open: %v", err)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	check("after closing")
	if enc, err := sqlite3.IsEncrypted(s.DatabasePath()); err != nil || !enc {
		t.Fatalf("IsEncrypted = %v, %v", enc, err)
	}
	if info, _ := os.Stat(s.Home); info.Mode().Perm() != 0o700 {
		t.Errorf("data folder permissions %v", info.Mode().Perm())
	}
}
