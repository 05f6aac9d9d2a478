package persistence

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"

	sqlite3 "github.com/mutecomm/go-sqlcipher/v4"
)

// vaultWithData is a keyring-mode vault holding a few settings.
func vaultWithData(t *testing.T) (Store, *fakeKeyring, *Vault, map[string]string) {
	t.Helper()
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "")
	want := map[string]string{"page-size": "A4", "auto-lock": "5", "note": "Ünïcode ✓ and 'quotes'"}
	for k, val := range want {
		mustSet(t, v, k, val)
	}
	return s, kr, v, want
}

func TestBackupThenCreateFromBackup(t *testing.T) {
	_, _, v, want := vaultWithData(t)
	defer v.Close()
	path := mustBackup(t, v, "my backup.parley", "backup words")
	if enc, err := sqlite3.IsEncrypted(path); err != nil || !enc {
		t.Fatalf("the backup is not encrypted: %v, %v", enc, err)
	}
	if got := names(t, filepath.Dir(path)); !slices.Equal(got, []string{"my backup.parley"}) {
		t.Fatalf("backup folder holds %v", got)
	}
	// First run on another computer: a new vault from the backup.
	s2 := newStore(t, newFakeKeyring())
	v2, code2, err := s2.CreateFromBackup(ModeAsk, "new passphrase", path, "backup words")
	if err != nil {
		t.Fatal(err)
	}
	if code2 == v.RecoveryCode() {
		t.Fatal("the new vault reuses the old key")
	}
	if got := allSettings(t, v2); !maps.Equal(got, want) {
		t.Fatalf("restored %v, want %v", got, want)
	}
	meta, _ := readMeta(context.Background(), v2.database())
	if meta["vault_id"] != v2.ID() || meta["mode"] != "ask" {
		t.Fatalf("meta of the new vault: %v", meta)
	}
	v2.Close()
	v2, err = s2.OpenWithPassphrase("new passphrase")
	if err != nil {
		t.Fatal(err)
	}
	defer v2.Close()
	if got := allSettings(t, v2); !maps.Equal(got, want) {
		t.Fatalf("after reopening %v", got)
	}
}

// The backup opens in any SQLCipher 4 tool given its unwrapped key
// (BackupKey) and SQLCipher 4's page size: here go-sqlcipher's own raw-key
// DSN, which runs PRAGMA key = "x'<hex>'" as the sqlcipher shell would, on
// the file as it is, trailer and all.
func TestBackupOpensWithPlainSQLCipher(t *testing.T) {
	_, _, v, want := vaultWithData(t)
	defer v.Close()
	path := mustBackup(t, v, "b.parley", "it's a backup")
	if _, _, err := BackupKey(path, "it's not"); !errors.Is(err, ErrBackupPassphrase) {
		t.Fatalf("BackupKey with a wrong passphrase: %v", err)
	}
	hexKey, ok, err := BackupKey(path, "it's a backup")
	if err != nil || !ok || len(hexKey) != 64 {
		t.Fatalf("BackupKey: %v %v", ok, err)
	}
	if data, _ := os.ReadFile(path); bytes.Contains(data, []byte(hexKey)) {
		t.Fatal("the backup holds its key in the clear")
	}
	conn := backupConn(t, path, "it's a backup")
	var value string
	if err := conn.QueryRowContext(context.Background(), "SELECT value FROM settings WHERE key = 'page-size'").Scan(&value); err != nil || value != want["page-size"] {
		t.Fatalf("read %q, %v", value, err)
	}
	var version int
	_ = conn.QueryRowContext(context.Background(), "PRAGMA user_version").Scan(&version)
	if version != latestVersion() {
		t.Fatalf("backup user_version %d", version)
	}
	if err := integrityCheck(context.Background(), conn, "main"); err != nil {
		t.Fatalf("the sqlcipher view of the backup: %v", err)
	}
}

// A backup is not keyed by SQLCipher's PBKDF2 of the passphrase any more:
// the passphrase alone, as a SQLCipher key, does not open it.
func TestBackupPassphraseIsNotTheSQLCipherKey(t *testing.T) {
	_, _, v, _ := vaultWithData(t)
	defer v.Close()
	path := mustBackup(t, v, "b.parley", "it's a backup")
	db, err := sql.Open("sqlite3", "file:"+path+"?_pragma_key="+url.QueryEscape("it's a backup"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err == nil {
		t.Fatal("the backup opens with SQLCipher's PBKDF2 of its passphrase")
	}
}

// A backup written before the wrapped key (keyed by the passphrase through
// SQLCipher's PBKDF2) still restores, and first run from it still works.
func TestOldBackupStillRestores(t *testing.T) {
	s, _, v, want := vaultWithData(t)
	defer v.Close()
	path := filepath.Join(t.TempDir(), "old.parley")
	oldBackup(t, v, path, "old words")
	mustSet(t, v, "later", "change")
	if err := v.Restore(path, "old wordz"); !errors.Is(err, ErrBackupPassphrase) {
		t.Fatalf("old backup, wrong passphrase: %v", err)
	}
	if err := v.Restore(path, "old words"); err != nil {
		t.Fatalf("old backup: %v", err)
	}
	if got := allSettings(t, v); !maps.Equal(got, want) {
		t.Fatalf("restored %v, want %v", got, want)
	}
	_ = s
	s2 := newStore(t, newFakeKeyring())
	v2, _, err := s2.CreateFromBackup(ModeKeyring, "", path, "old words")
	if err != nil {
		t.Fatal(err)
	}
	v2.Close()
}

// oldBackup writes a backup as Parley did before the wrapped key.
func oldBackup(t *testing.T, v *Vault, path, pass string) {
	t.Helper()
	if err := exportBackup(context.Background(), v.database(), path, pass); err != nil {
		t.Fatal(err)
	}
}

func TestRestoreReplacesContentAndKeepsTheKey(t *testing.T) {
	s, kr, v, want := vaultWithData(t)
	id := v.ID()
	code := v.RecoveryCode()
	path := mustBackup(t, v, "b.parley", "backup words")
	mustSet(t, v, "page-size", "Letter")
	mustSet(t, v, "added-later", "x")
	if err := v.Restore(path, "backup words"); err != nil {
		t.Fatal(err)
	}
	if got := allSettings(t, v); !maps.Equal(got, want) {
		t.Fatalf("after restore %v, want %v", got, want)
	}
	mustSet(t, v, "after", "restore") // still open and usable
	v.Close()
	onlyTheVault(t, s)
	// Same vault, same key: the keyring and the recovery code still open it.
	v = mustReopen(t, s)
	wantSetting(t, v, "after", "restore")
	if v.ID() != id || v.RecoveryCode() != code || kr.count() != 1 {
		t.Fatal("the vault's identity changed")
	}
	meta, _ := readMeta(context.Background(), v.database())
	if meta["vault_id"] != id {
		t.Fatalf("meta vault_id %s, want %s", meta["vault_id"], id)
	}
	v.Close()
}

// Every refused backup leaves the current vault as it was, and open.
func TestRestoreRefusesBadBackups(t *testing.T) {
	s, _, v, _ := vaultWithData(t)
	defer v.Close()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.parley")
	if err := v.Backup(good, "backup words"); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(good)
	data, _ := os.ReadFile(good)
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A newer Parley's backup.
	newer := filepath.Join(dir, "newer.parley")
	if err := v.Backup(newer, "backup words"); err != nil {
		t.Fatal(err)
	}
	setBackupVersion(t, newer, "backup words", latestVersion()+1)
	// Another encrypted database that is not a Parley vault.
	foreign := filepath.Join(dir, "foreign.db")
	makeForeign(t, foreign, "backup words")

	mustSet(t, v, "current", "state")
	content := allSettings(t, v)
	cases := []struct {
		name, path, pass string
		want             error
	}{
		{"wrong passphrase", good, "backup wordz", ErrBackupPassphrase},
		{"empty passphrase", good, "", ErrBackupPassphrase},
		{"truncated mid-page", write("cut.parley", data[:len(data)/2+100]), "backup words", ErrBackupDamaged},
		// Cut to whole pages, the trailer is gone and the rest reads as an
		// old backup that this passphrase does not open: the file alone
		// cannot tell the two apart.
		{"truncated to whole pages", write("short.parley", data[:cipherPageSize]), "backup words", ErrBackupPassphrase},
		{"trailer cut to its half", write("halftrailer.parley", append(slices.Clone(data[:len(data)-cipherPageSize]), data[len(data)-cipherPageSize:len(data)-cipherPageSize/2]...)), "backup words", ErrBackupDamaged},
		{"empty file", write("empty.parley", nil), "backup words", ErrBackupDamaged},
		{"missing", filepath.Join(dir, "absent.parley"), "backup words", ErrBackupMissing},
		{"newer version", newer, "backup words", ErrNewerVersion},
		{"not a Parley vault", foreign, "backup words", ErrBackupDamaged},
	}
	if info.Size() <= cipherPageSize {
		t.Fatalf("backup of %d bytes is too small for the truncation cases", info.Size())
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, s.Home)
			if err := v.Restore(tc.path, tc.pass); !errors.Is(err, tc.want) {
				t.Fatalf("Restore: %v, want %v", err, tc.want)
			}
			sameSnapshot(t, before, snapshot(t, s.Home))
			if got := allSettings(t, v); !maps.Equal(got, content) {
				t.Fatalf("content changed: %v", got)
			}
			mustSet(t, v, "still", "usable")
			content["still"] = "usable"
			// The same refusals on first run, and nothing is created.
			s2 := newStore(t, newFakeKeyring())
			if _, _, err := s2.CreateFromBackup(ModeKeyring, "", tc.path, tc.pass); !errors.Is(err, tc.want) {
				t.Fatalf("CreateFromBackup: %v", err)
			}
			if s2.Exists() {
				t.Fatal("a refused CreateFromBackup left a vault")
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "absent.parley")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("checking a missing backup created it")
	}
	after, _ := os.ReadFile(good)
	if string(after) != string(data) {
		t.Fatal("checking a backup changed it")
	}
}

// setBackupVersion rewrites a backup's schema version, as a newer Parley
// would have written it.
func setBackupVersion(t *testing.T, path, pass string, version int) {
	t.Helper()
	conn := backupConn(t, path, pass)
	if _, err := conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		t.Fatal(err)
	}
}

func makeForeign(t *testing.T, path, pass string) {
	t.Helper()
	conn := passphraseConn(t, path, pass)
	for _, q := range []string{"CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('soup')"} {
		if _, err := conn.ExecContext(context.Background(), q); err != nil {
			t.Fatal(err)
		}
	}
}

// backupConn opens a backup as a SQLCipher 4 tool would: with the key
// BackupKey unwraps, or an old backup's passphrase.
func backupConn(t *testing.T, path, pass string) *sql.Conn {
	t.Helper()
	hexKey, ok, err := BackupKey(path, pass)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return passphraseConn(t, path, pass)
	}
	return sqlcipherConn(t, "file:"+path+"?_pragma_key=x'"+hexKey+"'&_pragma_cipher_page_size=4096")
}

// passphraseConn opens a SQLCipher file keyed by a passphrase (SQLCipher's
// own key derivation), independently of this package's code.
func passphraseConn(t *testing.T, path, pass string) *sql.Conn {
	t.Helper()
	return sqlcipherConn(t, "file:"+path+"?_pragma_key="+url.QueryEscape(pass))
}

// sqlcipherConn is one connection to the database named by a go-sqlcipher
// DSN, closed when the test ends.
func sqlcipherConn(t *testing.T, dsn string) *sql.Conn {
	t.Helper()
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func TestBackupNeedsAPassphraseAndReplacesAnOldFile(t *testing.T) {
	_, _, v, want := vaultWithData(t)
	defer v.Close()
	path := filepath.Join(t.TempDir(), "b.parley")
	if err := v.Backup(path, ""); !errors.Is(err, ErrPassphraseRequired) {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("an older file"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := v.Backup(path, "p"); err != nil {
		t.Fatal(err)
	}
	s2 := newStore(t, newFakeKeyring())
	v2, _, err := s2.CreateFromBackup(ModeKeyring, "", path, "p")
	if err != nil {
		t.Fatal(err)
	}
	defer v2.Close()
	if got := allSettings(t, v2); !maps.Equal(got, want) {
		t.Fatalf("got %v", got)
	}
	if err := v.Backup(filepath.Join(t.TempDir(), "no such folder", "b.parley"), "p"); !errors.Is(err, ErrWriteFailed) {
		t.Fatalf("into a missing folder: %v", err)
	}
}
