package persistence

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"
)

// fakeKeyring is an in-memory keyring whose failures the test chooses.
type fakeKeyring struct {
	mu      sync.Mutex
	entries map[string]string
	getErr  error // returned by Get instead of looking (nil: look)
	setErr  error
	delErr  error
}

func newFakeKeyring() *fakeKeyring { return &fakeKeyring{entries: map[string]string{}} }

func (k *fakeKeyring) Get(service, account string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.getErr != nil {
		return "", k.getErr
	}
	s, ok := k.entries[service+"/"+account]
	if !ok {
		return "", ErrKeyNotFound
	}
	return s, nil
}

func (k *fakeKeyring) Set(service, account, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.setErr != nil {
		return k.setErr
	}
	k.entries[service+"/"+account] = secret
	return nil
}

func (k *fakeKeyring) Delete(service, account string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.delErr != nil {
		return k.delErr
	}
	if _, ok := k.entries[service+"/"+account]; !ok {
		return ErrKeyNotFound
	}
	delete(k.entries, service+"/"+account)
	return nil
}

func (k *fakeKeyring) secret(vaultID string) (string, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	s, ok := k.entries[KeyringService+"/"+Account(vaultID)]
	return s, ok
}

func (k *fakeKeyring) count() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.entries)
}

func (k *fakeKeyring) fail(get, set, del error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.getErr, k.setErr, k.delErr = get, set, del
}

// cheapArgon keeps tests quick; the default cost has its own test.
var cheapArgon = argonParams{Time: 1, MemoryKiB: 256, Threads: 1}

var fixedNow = time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)

// newStore is a store in a fresh folder (not yet created) with kr.
func newStore(t testing.TB, kr Keyring) Store {
	t.Helper()
	return Store{
		Home:    filepath.Join(t.TempDir(), "parley"),
		Keyring: kr,
		Now:     func() time.Time { return fixedNow },
		argon:   cheapArgon,
	}
}

// freshVault is a new, open vault (keyring mode, no passphrase) in a fresh
// folder with an in-memory keyring, closed when the test ends, and the
// store that made it (to reopen it, or to look at its files).
func freshVault(t testing.TB) (*Vault, Store) {
	t.Helper()
	s := newStore(t, newFakeKeyring())
	v, _ := mustCreate(t, s, ModeKeyring, "")
	t.Cleanup(func() { _ = v.Close() })
	return v, s
}

// mustReopen opens s's vault with its keyring, or stops the test; the
// vault is closed when the test ends.
func mustReopen(t *testing.T, s Store) *Vault {
	t.Helper()
	v, reason, err := s.OpenWithKeyring(t.Context())
	if err != nil {
		t.Fatalf("opening the vault again: %v (%v)", err, reason)
	}
	t.Cleanup(func() { _ = v.Close() })
	return v
}

// mustBackup backs v up under pass to a file called name in a fresh
// folder, or stops the test, and returns the file's path.
func mustBackup(t *testing.T, v *Vault, name, pass string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := v.Backup(path, pass); err != nil {
		t.Fatalf("Backup: %v", err)
	}
	return path
}

// mustCreate creates a vault or stops the test.
func mustCreate(t testing.TB, s Store, mode Mode, pass string) (*Vault, RecoveryCode) {
	t.Helper()
	v, code, err := s.Create(mode, pass)
	if err != nil {
		t.Fatalf("Create(%s): %v", mode, err)
	}
	return v, code
}

func mustSet(t *testing.T, v *Vault, key, value string) {
	t.Helper()
	if err := v.SetSetting(key, value); err != nil {
		t.Fatalf("SetSetting(%q): %v", key, err)
	}
}

// wantSetting checks one setting's value.
func wantSetting(t *testing.T, v *Vault, key, want string) {
	t.Helper()
	got, ok, err := v.Setting(key)
	if err != nil || !ok || got != want {
		t.Fatalf("Setting(%q) = %q, %v, %v; want %q", key, got, ok, err, want)
	}
}

// allSettings reads the settings table.
func allSettings(t *testing.T, v *Vault) map[string]string {
	t.Helper()
	rows, err := v.database().Query("SELECT key, value FROM settings")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, val string
		if err := rows.Scan(&k, &val); err != nil {
			t.Fatal(err)
		}
		m[k] = val
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

// snapshot hashes every file under dir, to show nothing was changed.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := readEachFile(dir, func(path string, data []byte) {
		sum := sha256.Sum256(data)
		rel, _ := filepath.Rel(dir, path)
		m[rel] = hex.EncodeToString(sum[:])
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	return m
}

// readEachFile reads every file under dir and hands it to read with its
// path; it stops at the first error.
func readEachFile(dir string, read func(path string, data []byte)) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil {
			read(path, data)
		}
		return err
	})
}

func sameSnapshot(t *testing.T, before, after map[string]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Fatalf("files changed: before %v, after %v", keys(before), keys(after))
	}
	for name, sum := range before {
		if after[name] != sum {
			t.Fatalf("%s changed", name)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// names lists the files in dir.
// onlyTheVault fails unless s's data folder holds the vault's two files and
// nothing else (no temporary or half-done file left behind).
func onlyTheVault(t *testing.T, s Store) {
	t.Helper()
	if got := names(t, s.Home); !slices.Equal(got, []string{"parley.db", "parley.vault"}) {
		t.Fatalf("data folder holds %v (a temporary file left?)", got)
	}
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}
