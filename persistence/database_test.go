package persistence

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestDSNIsTheDocumentedOne(t *testing.T) {
	key := make([]byte, keyLen)
	key[0], key[31] = 0xab, 0x01
	want := "file:/data/parley.db?_pragma_key=x'ab" + strings.Repeat("00", 30) + "01'" +
		"&_pragma_cipher_page_size=4096&_journal_mode=WAL&_foreign_keys=1&_busy_timeout=5000&_synchronous=FULL&_secure_delete=on"
	if runtime.GOOS != "windows" {
		if got := dsn("/data/parley.db", key); got != want {
			t.Fatalf("dsn\n got %s\nwant %s", got, want)
		}
	}
}

func TestFileURIEscapesWhatURIsGiveMeaningTo(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX paths")
	}
	for path, want := range map[string]string{
		"/home/sam/parley.db":          "file:/home/sam/parley.db",
		"/home/sam/my files/parley.db": "file:/home/sam/my%20files/parley.db",
		"/tmp/what?#100%/x.db":         "file:/tmp/what%3F%23100%25/x.db",
		"/home/zoë/x.db":               "file:/home/zoë/x.db",
	} {
		if got := fileURI(path); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", path, got, want)
		}
	}
}

// A data folder whose name holds characters a URI treats specially still
// works end to end, and the files land where they should.
func TestVaultInAnAwkwardlyNamedFolder(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	s.Home = filepath.Join(t.TempDir(), "Sam's files? #1 100% sûr")
	v, _ := mustCreate(t, s, ModeKeyring, "")
	mustSet(t, v, "k", "v")
	path := mustBackup(t, v, "back up? #2.parley", "p")
	if err := v.Restore(path, "p"); err != nil {
		t.Fatal(err)
	}
	v.Close()
	onlyTheVault(t, s)
	v = mustReopen(t, s)
	wantSetting(t, v, "k", "v")
	v.Close()
}

// What an interrupted create or restore leaves behind is sorted out on the
// next open.
func TestSettleAfterAnInterruption(t *testing.T) {
	t.Run("restore stopped between its two renames", func(t *testing.T) {
		v, s := freshVault(t)
		mustSet(t, v, "k", "old")
		v.Close()
		if err := os.Rename(s.DatabasePath(), s.path(oldName)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(s.path(restoringName), []byte("half a file"), 0o600); err != nil {
			t.Fatal(err)
		}
		v = mustReopen(t, s)
		wantSetting(t, v, "k", "old")
		v.Close()
		onlyTheVault(t, s)
	})
	t.Run("restore stopped before tidying up", func(t *testing.T) {
		v, s := freshVault(t)
		mustSet(t, v, "k", "new")
		v.Close()
		if err := os.WriteFile(s.path(oldName), []byte("the previous vault"), 0o600); err != nil {
			t.Fatal(err)
		}
		v = mustReopen(t, s)
		wantSetting(t, v, "k", "new")
		v.Close()
		onlyTheVault(t, s)
	})
	t.Run("create stopped before its last rename", func(t *testing.T) {
		v, s := freshVault(t)
		v.Close()
		if err := os.Rename(s.DatabasePath(), s.path(creatingName)); err != nil {
			t.Fatal(err)
		}
		if !s.Exists() {
			t.Fatal("a vault with its sidecar written is not seen")
		}
		v = mustReopen(t, s)
		v.Close()
	})
	t.Run("create stopped before its sidecar", func(t *testing.T) {
		s := newStore(t, newFakeKeyring())
		if err := os.MkdirAll(s.Home, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(s.path(creatingName), []byte("half a file"), 0o600); err != nil {
			t.Fatal(err)
		}
		if s.Exists() {
			t.Fatal("a half-built database counts as a vault")
		}
		v, _ := mustCreate(t, s, ModeKeyring, "")
		v.Close()
		onlyTheVault(t, s)
	})
}
