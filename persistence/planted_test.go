package persistence

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

var caning = checklist.Key{Activity: "caning", Direction: checklist.Receiving}

// rawDB opens a closed vault's database with its key, as someone who
// holds the key (from the keyring, or the recovery code) could.
func rawDB(t *testing.T, s Store, code RecoveryCode) *sql.DB {
	t.Helper()
	key, err := ParseRecoveryCode(code.String())
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", dsn(s.path(dbName), key))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	return db
}

func execAllOn(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// saveAnswer saves one answer for p.
func saveAnswer(t *testing.T, v *Vault, p *Person, k checklist.Key, a checklist.Answer) {
	t.Helper()
	if err := v.SaveAnswer(p, k, checklist.Entry{Answer: a, Changed: fixedNow}, nil); err != nil {
		t.Fatal(err)
	}
}

func answerOf(t *testing.T, v *Vault, p *Person, k checklist.Key) (checklist.Answer, error) {
	t.Helper()
	sheet, _, err := v.LoadChecklist(p)
	if err != nil {
		return checklist.Unanswered, err
	}
	return sheet.Get(k).Answer, nil
}

// Issue 12, item 5: a trigger planted in the vault turns a Hard limit into
// a Yes as it is saved. The vault must refuse to open with it in place.
func TestPlantedTriggerIsRefused(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	v, code := mustCreate(t, s, ModeKeyring, "")
	p, err := v.AddProfile(Profile{Name: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
	db := rawDB(t, s, code)
	execAllOn(t, db, `CREATE TRIGGER soften AFTER INSERT ON answers BEGIN
		UPDATE answers SET payload = CAST(replace(CAST(payload AS TEXT), '"hard-limit"', '"yes"') AS BLOB)
		WHERE profile_id = NEW.profile_id AND slot = NEW.slot; END`)
	db.Close()
	v, _, err = s.OpenWithKeyring(context.Background())
	if err == nil {
		person, _ := v.OpenPerson(p.ID, "")
		saveAnswer(t, v, person, caning, checklist.HardLimit)
		got, _ := answerOf(t, v, person, caning)
		v.Close()
		t.Fatalf("the vault opened with a planted trigger; the Hard limit reads back as %v", got)
	}
	if !errors.Is(err, ErrForeignSchema) {
		t.Fatalf("OpenWithKeyring: %v, want ErrForeignSchema", err)
	}
}

// A view, an extra table or an extra index in the vault: refused too, with
// the files left as they were.
func TestPlantedSchemaObjectsAreRefused(t *testing.T) {
	for name, q := range map[string]string{
		"view":  `CREATE VIEW answers_view AS SELECT * FROM answers`,
		"table": `CREATE TABLE notes (x TEXT)`,
		"index": `CREATE INDEX answers_payload ON answers(payload)`,
	} {
		t.Run(name, func(t *testing.T) {
			s := newStore(t, newFakeKeyring())
			v, code := mustCreate(t, s, ModeKeyring, "")
			v.Close()
			db := rawDB(t, s, code)
			execAllOn(t, db, q)
			db.Close()
			before := snapshot(t, s.Home)
			if _, reason, err := s.OpenWithKeyring(context.Background()); !errors.Is(err, ErrForeignSchema) || reason != ReasonNone {
				t.Fatalf("OpenWithKeyring: %v (%v), want ErrForeignSchema, told in its own words", err, reason)
			}
			sameSnapshot(t, before, snapshot(t, s.Home))
		})
	}
}

// Every connection runs with trusted_schema off.
func TestTrustedSchemaIsOff(t *testing.T) {
	v, _ := freshVault(t)
	var on int
	if err := v.database().QueryRow("PRAGMA trusted_schema").Scan(&on); err != nil || on != 0 {
		t.Fatalf("trusted_schema = %d, %v", on, err)
	}
}

// editBackup changes a backup's database as someone with its passphrase
// could: the trailer is taken off, the database changed with its key, and
// the trailer put back (old backups have none and are changed in place).
func editBackup(t *testing.T, path, pass string, stmts ...string) {
	t.Helper()
	hexKey, wrapped, err := BackupKey(path, pass)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	key := pass
	var trailer []byte
	if wrapped {
		trailer = data[len(data)-cipherPageSize:]
		if err := os.Truncate(path, int64(len(data)-cipherPageSize)); err != nil {
			t.Fatal(err)
		}
		key = "x'" + hexKey + "'"
	}
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	execAllOn(t, db, "PRAGMA trusted_schema = ON")
	if _, err := db.Exec("ATTACH DATABASE ? AS b KEY ?", fileURI(path), key); err != nil {
		t.Fatal(err)
	}
	execAllOn(t, db, stmts...)
	execAllOn(t, db, "DETACH DATABASE b")
	db.Close()
	if wrapped {
		if err := appendFile(path, trailer); err != nil {
			t.Fatal(err)
		}
	}
}

// Issue 12, item 5: a view and an extra table added to a backup, new or
// old: Restore refuses it and nothing of it reaches the vault.
func TestRestoreRefusesPlantedBackup(t *testing.T) {
	for _, kind := range []string{"old", "new"} {
		t.Run(kind, func(t *testing.T) {
			v, _ := freshVault(t)
			mustSet(t, v, "theme", "dark")
			path := filepath.Join(t.TempDir(), "b.parley")
			if kind == "old" {
				oldBackup(t, v, path, "words")
			} else if err := v.Backup(path, "words"); err != nil {
				t.Fatal(err)
			}
			editBackup(t, path, "words",
				`CREATE TABLE b.planted (x TEXT)`, `INSERT INTO b.planted VALUES ('from the backup')`,
				`CREATE VIEW b.everything AS SELECT * FROM b.settings`,
				`CREATE TRIGGER b.soften AFTER INSERT ON answers BEGIN SELECT 1; END`)
			err := v.Restore(path, "words")
			var n int
			_ = v.database().QueryRow(`SELECT count(*) FROM sqlite_master WHERE name IN ('planted', 'everything', 'soften')`).Scan(&n)
			if !errors.Is(err, ErrBackupForeign) || n != 0 {
				t.Fatalf("Restore of a planted backup: %v; %d planted objects in the vault", err, n)
			}
			s2 := newStore(t, nil)
			if _, _, err := s2.CreateFromBackup(ModeAsk, "new", path, "words"); !errors.Is(err, ErrBackupForeign) || s2.Exists() {
				t.Fatalf("first run from it: %v", err)
			}
		})
	}
}

// An extra column added to one of Parley's tables in a backup is refused
// too (its CREATE TABLE text differs).
func TestRestoreRefusesExtraColumn(t *testing.T) {
	v, _ := freshVault(t)
	path := mustBackup(t, v, "b.parley", "words")
	editBackup(t, path, "words", `ALTER TABLE b.settings ADD COLUMN extra TEXT`)
	if err := v.Restore(path, "words"); !errors.Is(err, ErrBackupForeign) {
		t.Fatalf("Restore: %v", err)
	}
}

// Issue 12, item 7: leftovers of stopped backups beside the destination go
// at the next backup to that folder, and at the next start; look-alikes,
// fresh temporary files and links stay.
func TestBackupLeftoversAreTidied(t *testing.T) {
	v, s := freshVault(t)
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	plant := func(name string, when time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, when, when); err != nil {
			t.Fatal(err)
		}
		return p
	}
	leftovers := []string{plant(".parley-backup-123456.tmp", old), plant(".parley-backup-123456.tmp-journal", old)}
	keep := []string{
		plant(".parley-backup-777.tmp", time.Now()), // a backup still being written
		plant(".parley-backup-123456.tmp.keep", old),
		plant(".parley-backup-abc.tmp", old),
		plant("parley-backup-123.tmp", old),
		plant("my-notes.tmp", old),
	}
	target := plant("elsewhere.txt", old)
	link := filepath.Join(dir, ".parley-backup-555.tmp")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	keep = append(keep, link, target)
	if err := v.Backup(filepath.Join(dir, "b.parley"), "words"); err != nil {
		t.Fatal(err)
	}
	for _, p := range leftovers {
		if fileExists(p) {
			t.Errorf("%s is still there after the next backup", filepath.Base(p))
		}
	}
	for _, p := range keep {
		if !fileExists(p) {
			t.Errorf("%s was removed", filepath.Base(p))
		}
	}
	// A backup stopped after that one; the next start tidies it.
	late := plant(".parley-backup-98765.tmp", old)
	v.Close()
	mustReopen(t, s) // the start tidies; the test closes it
	for deadline := time.Now().Add(5 * time.Second); fileExists(late) && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if fileExists(late) {
		t.Fatal("the next start left a stopped backup's temporary file")
	}
	for _, p := range keep {
		if !fileExists(p) {
			t.Errorf("%s was removed at the start", filepath.Base(p))
		}
	}
}

// A vault of an older version with a planted trigger is refused before
// any migration step runs (a step's own writes could fire it), and stays
// at its version.
func TestPlantedTriggerInAnOlderVaultIsRefusedBeforeMigrating(t *testing.T) {
	s, kr := buildAtVersion(t, 1)
	sc, err := s.readSidecar()
	if err != nil {
		t.Fatal(err)
	}
	secret, _ := kr.secret(sc.VaultID)
	key, _ := hex.DecodeString(secret)
	db, err := openDB(s.path(dbName), key)
	if err != nil {
		t.Fatal(err)
	}
	execAllOn(t, db, `CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM settings; END`)
	_ = closeDB(db)
	if _, _, err := s.OpenWithKeyring(context.Background()); !errors.Is(err, ErrForeignSchema) {
		t.Fatalf("OpenWithKeyring: %v", err)
	}
	db, _ = openDB(s.path(dbName), key)
	defer closeDB(db)
	if got, _ := userVersion(context.Background(), db); got != 1 {
		t.Fatalf("the refused vault was migrated to %d", got)
	}
}
