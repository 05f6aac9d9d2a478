package persistence

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"testing"
)

// buildAtVersion makes a vault whose schema stops at step k, as an older
// Parley would have left it, with one setting written by that version.
func buildAtVersion(t *testing.T, k int) (Store, *fakeKeyring) {
	t.Helper()
	s, kr, id, db := olderDatabase(t, k)
	defer db.Close()
	if _, err := db.Exec("INSERT INTO settings VALUES ('written-at', ?)", fmt.Sprint(k)); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("INSERT INTO meta VALUES ('vault_id', ?)", id); err != nil {
		t.Fatal(err)
	}
	return s, kr
}

// olderDatabase makes a vault (keyring mode) and rebuilds its database
// from nothing with the first k schema steps only, as an older Parley
// would have left it. It returns the vault's ID (not yet written into the
// rebuilt meta table) and the open database, for the caller to fill and
// close.
func olderDatabase(t *testing.T, k int) (Store, *fakeKeyring, string, *sql.DB) {
	t.Helper()
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "")
	id, key := v.ID(), append([]byte(nil), v.key...)
	v.Close()
	removeDBFiles(s.DatabasePath())
	db, err := openDB(s.DatabasePath(), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(context.Background(), db, migrations()[:k]); err != nil {
		db.Close()
		t.Fatal(err)
	}
	return s, kr, id, db
}

// stmt is one statement an older Parley wrote, with its arguments.
type stmt struct {
	sql  string
	args []any
}

// writeAsOlder runs each statement on the older database, closes it, and
// opens the vault with the keyring as the updated Parley does (running the
// rest of the migrations; mustReopen).
func writeAsOlder(t *testing.T, s Store, db *sql.DB, stmts []stmt) *Vault {
	t.Helper()
	for _, q := range stmts {
		if _, err := db.Exec(q.sql, q.args...); err != nil {
			db.Close()
			t.Fatal(err)
		}
	}
	db.Close()
	return mustReopen(t, s)
}

// From every earlier version (1 .. latest) a vault opens at the latest
// version with its data; from empty is Create itself.
func TestMigrationsFromEveryEarlierVersion(t *testing.T) {
	for k := 1; k <= latestVersion(); k++ {
		t.Run(fmt.Sprint("from ", k), func(t *testing.T) {
			s, _ := buildAtVersion(t, k)
			v := mustReopen(t, s)
			if got, _ := userVersion(context.Background(), v.database()); got != latestVersion() {
				t.Fatalf("user_version %d, want %d", got, latestVersion())
			}
			wantSetting(t, v, "written-at", fmt.Sprint(k))
		})
	}
	t.Run("from empty", func(t *testing.T) {
		v, _ := freshVault(t)
		if got, _ := userVersion(context.Background(), v.database()); got != latestVersion() {
			t.Fatalf("user_version %d", got)
		}
		meta, err := readMeta(context.Background(), v.database())
		if err != nil || meta["vault_id"] != v.ID() || meta["mode"] != "keyring" || meta["created_at"] != "2025-03-14T09:30:00Z" {
			t.Fatalf("meta %v, %v", meta, err)
		}
	})
}

// The runner itself, with a longer made-up history: steps apply in order,
// each in its own transaction; a failing step leaves the database at the
// step before it, with none of its own changes.
func TestMigrateRunsStepsInOrderAndAtomically(t *testing.T) {
	v, _ := freshVault(t)
	db := v.database()
	base := migrations()
	list := append(append([]migration(nil), base...),
		migration{"people", execAll(`CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`)},
		migration{"a person", execAll(`INSERT INTO people (name) VALUES ('Sam')`)},
		migration{"breaks half way", execAll(
			`ALTER TABLE people ADD COLUMN pronouns TEXT`,
			`INSERT INTO nowhere VALUES (1)`,
		)},
		migration{"never reached", execAll(`CREATE TABLE later (x)`)},
	)
	err := migrate(context.Background(), db, list)
	if err == nil {
		t.Fatal("the broken step passed")
	}
	ctx := context.Background()
	if got, _ := userVersion(ctx, db); got != len(base)+2 {
		t.Fatalf("user_version %d, want %d (the last good step)", got, len(base)+2)
	}
	var name string
	if err := db.QueryRow("SELECT name FROM people").Scan(&name); err != nil || name != "Sam" {
		t.Fatalf("earlier steps lost: %q, %v", name, err)
	}
	if _, err := db.Exec("SELECT pronouns FROM people"); err == nil {
		t.Fatal("half of the broken step stayed")
	}
	// Fix the step and run again: it continues where it stopped.
	list[len(base)+2] = migration{"fixed", execAll(`ALTER TABLE people ADD COLUMN pronouns TEXT`)}
	if err := migrate(ctx, db, list); err != nil {
		t.Fatal(err)
	}
	if got, _ := userVersion(ctx, db); got != len(list) {
		t.Fatalf("user_version %d", got)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM people").Scan(&n); err != nil || n != 1 {
		t.Fatalf("a step ran twice: %d rows, %v", n, err)
	}
	// Running again changes nothing.
	if err := migrate(ctx, db, list); err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, base); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("an older list on a newer database: %v", err)
	}
}

// A vault written by a newer Parley is refused, byte for byte untouched.
func TestNewerVaultIsRefusedUntouched(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeKeyring, "pass")
	mustSet(t, v, "k", "v")
	if _, err := v.database().Exec(fmt.Sprintf("PRAGMA user_version = %d", latestVersion()+1)); err != nil {
		t.Fatal(err)
	}
	v.Close()
	before := snapshot(t, s.Home)
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonNewerVersion || !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("OpenWithKeyring: %v, %v", reason, err)
	}
	sameSnapshot(t, before, snapshot(t, s.Home))
	if _, err := s.OpenWithPassphrase("pass"); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("OpenWithPassphrase: %v", err)
	}
	if _, err := s.OpenWithRecoveryCode(string(code)); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("OpenWithRecoveryCode: %v", err)
	}
	// Also when the sidecar is gone and the code would rebuild it.
	if err := os.Rename(s.path(sidecarName), s.path("aside")); err != nil {
		t.Fatal(err)
	}
	before = snapshot(t, s.Home)
	if _, err := s.OpenWithRecoveryCode(string(code)); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("OpenWithRecoveryCode without sidecar: %v", err)
	}
	sameSnapshot(t, before, snapshot(t, s.Home))
}

// A database at version 0 (an empty or unfinished file) is not a vault:
// it is never silently turned into a new, empty one.
func TestVersionZeroIsDamaged(t *testing.T) {
	s, _ := buildAtVersion(t, 1)
	v := mustReopen(t, s)
	key := append([]byte(nil), v.key...)
	v.Close()
	removeDBFiles(s.DatabasePath())
	db, err := openDB(s.DatabasePath(), key)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonDamaged || !errors.Is(err, ErrDamaged) {
		t.Fatalf("version 0: %v, %v", reason, err)
	}
	if err := os.Truncate(s.DatabasePath(), 0); err != nil {
		t.Fatal(err)
	}
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonDamaged || !errors.Is(err, ErrDamaged) {
		t.Fatalf("empty file: %v, %v", reason, err)
	}
	if info, _ := os.Stat(s.DatabasePath()); info.Size() != 0 {
		t.Fatal("the empty file was written to")
	}
}
