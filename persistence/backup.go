package persistence

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	sqlite3 "github.com/mutecomm/go-sqlcipher/v4"

	"parleyapp.org/parley/internal/atomicfile"
)

// A backup is one file: a SQLCipher 4 database (4096-byte pages, journal
// mode DELETE) keyed by a raw random 32-byte backup key, followed by one
// 4096-byte trailer page in the clear that holds the backup key wrapped as
// the sidecar wraps the vault key: XChaCha20-Poly1305 under
// Argon2id(backup passphrase), additional data
// "parley-wrap-v1:backup-" + backup_id. SQLite reads a database only up to
// the page count in its own header, so the trailer does not disturb it, and
// given the unwrapped key any SQLCipher 4 tool opens the file as it is (see
// the package documentation). Backups written before the trailer (keyed by
// the passphrase through SQLCipher's own PBKDF2) still restore.

const cipherPageSize = 4096

// Backup writes a copy of the vault to path, its key wrapped under
// passphrase (ErrPassphraseRequired when empty). The copy is written to a
// temporary file in the destination folder (.parley-backup-*.tmp), flushed,
// then renamed over path, so path is either the old file or a complete
// backup; leftovers of a backup that was stopped half way are removed from
// that folder first (removeBackupLeftovers). Errors wrap ErrWriteFailed.
func (v *Vault) Backup(path, passphrase string) error {
	if err := v.ready(); err != nil {
		return err
	}
	if passphrase == "" {
		return ErrPassphraseRequired
	}
	key, err := newKey()
	if err != nil {
		return err
	}
	defer clear(key)
	trailer, err := newBackupTrailer(key, passphrase, v.store.argonParams())
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ErrClosed
	}
	dir := filepath.Dir(path)
	removeBackupLeftovers(dir, time.Now())
	if abs, err := filepath.Abs(dir); err == nil {
		// So that the next start can tidy this folder if the backup stops.
		_ = setMeta(context.Background(), v.db, backupFolderMeta, abs)
	}
	f, err := os.CreateTemp(dir, backupTempPattern)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	tmp := f.Name()
	_ = f.Close()
	err = exportBackup(context.Background(), v.db, tmp, rawKeyString(key))
	if err == nil {
		err = appendFile(tmp, trailer)
	}
	if err == nil {
		err = atomicfile.SyncFile(tmp)
	}
	if err == nil {
		err = atomicfile.Rename(tmp, path)
	}
	if err != nil {
		removeDBFiles(tmp)
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// rawKeyString is a raw key as SQLCipher takes it in PRAGMA key and ATTACH
// ... KEY: x'<64 hex digits>'. It is the key: never log it.
func rawKeyString(key []byte) string { return "x'" + keyHex(key) + "'" }

// appendFile adds data at the end of the file at path.
func appendFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// exportBackup copies the open database into the (empty) file target,
// keyed by attachKey (a passphrase, or a raw key as rawKeyString writes it).
func exportBackup(ctx context.Context, db *sql.DB, target, attachKey string) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	version, err := schemaVersion(ctx, conn, "main")
	if err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS backup KEY ?", fileURI(target), attachKey); err != nil {
		return err
	}
	steps := []string{
		fmt.Sprintf("PRAGMA backup.cipher_page_size = %d", cipherPageSize),
		"PRAGMA backup.journal_mode = DELETE", // one self-contained file
		"SELECT sqlcipher_export('backup')",
		fmt.Sprintf("PRAGMA backup.user_version = %d", version),
	}
	for _, q := range steps {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			_, _ = conn.ExecContext(ctx, "DETACH DATABASE backup")
			return err
		}
	}
	_, err = conn.ExecContext(ctx, "DETACH DATABASE backup")
	return err
}

// Restore replaces the vault's content with a backup's. It checks the whole
// backup first: the passphrase opens it (else ErrBackupPassphrase), PRAGMA
// integrity_check says ok and it is a Parley vault (else ErrBackupDamaged,
// which includes a truncated file), and its schema version is not newer
// than this build (else ErrNewerVersion). Then it builds the new database
// beside the vault under the vault's own key (so the keyring, passphrase
// and recovery code still open it), migrates it, and only then swaps it in,
// keeping the old file until the new one opens. On any failure the current
// vault is unchanged and still open. Nothing else may use the vault while
// Restore runs (the UI shows a progress screen).
func (v *Vault) Restore(path, passphrase string) error {
	if err := v.ready(); err != nil {
		return err
	}
	b, err := verifyBackup(path, passphrase)
	if err != nil {
		return err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ErrClosed
	}
	tmp := v.store.path(restoringName)
	if err := v.store.build(tmp, v.key, v.side, fillFromBackup(path, b, v.store.now())); err != nil {
		removeDBFiles(tmp)
		return err
	}
	return v.swapIn(tmp)
}

// swapIn puts the finished database tmp in place of the vault's database.
// Call with v.mu held and v.db open; v.db is open again afterwards, on the
// new file if all went well and on the old one otherwise.
func (v *Vault) swapIn(tmp string) error {
	dbPath, old := v.store.path(dbName), v.store.path(oldName)
	v.inUse.Wait()
	_ = checkpoint(v.db)
	if err := v.db.Close(); err != nil {
		removeDBFiles(tmp)
		return fail(ErrWriteFailed, err)
	}
	v.db = nil
	giveUp := func(err error) error {
		removeDBFiles(tmp)
		if db, rerr := openDB(dbPath, v.key); rerr == nil {
			v.db = db
		}
		return err
	}
	if fileExists(dbPath + "-wal") { // still open elsewhere: its log must not meet another file
		return giveUp(ErrInUse)
	}
	_ = os.Remove(dbPath + "-shm")
	removeDBFiles(old)
	if err := atomicfile.Rename(dbPath, old); err != nil {
		return giveUp(fail(ErrWriteFailed, err))
	}
	if err := atomicfile.Rename(tmp, dbPath); err != nil {
		_ = atomicfile.Rename(old, dbPath)
		return giveUp(fail(ErrWriteFailed, err))
	}
	db, err := openDB(dbPath, v.key)
	if err == nil {
		if err = upgrade(context.Background(), db); err != nil {
			_ = db.Close()
		}
	}
	if err != nil {
		_ = os.Remove(dbPath + "-wal")
		_ = os.Remove(dbPath + "-shm")
		_ = atomicfile.Rename(old, dbPath) // replaces the new file: the old vault is back
		return giveUp(fail(ErrWriteFailed, err))
	}
	v.db = db
	removeDBFiles(old)
	return nil
}

// CreateFromBackup is the first run from a backup: it checks the backup as
// Restore does (before anything is created), then creates a new vault as
// Create does, filled with the backup's content under a fresh key.
func (s Store) CreateFromBackup(mode Mode, passphrase, backupPath, backupPassphrase string) (*Vault, RecoveryCode, error) {
	if err := s.canCreate(mode, passphrase); err != nil {
		return nil, "", err
	}
	b, err := verifyBackup(backupPath, backupPassphrase)
	if err != nil {
		return nil, "", err
	}
	return s.create(mode, passphrase, fillFromBackup(backupPath, b, s.now()))
}

// verifiedBackup is what verifyBackup learned: how to attach the file and
// its schema version.
type verifiedBackup struct {
	attachKey string // the unwrapped key as rawKeyString, or an old backup's passphrase
	version   int
}

// fillFromBackup fills a new, empty database from a verified backup: it
// builds Parley's schema at the backup's version, copies only Parley's own
// tables and columns (checking the schema once more, in case the file
// changed since it was verified), and forgets the private part of every
// exchange, whose secrets may already have answered a reply since the
// backup was made: such an exchange counts as expired from now, so a late
// code is told so (see exchanges.go).
func fillFromBackup(path string, b verifiedBackup, now time.Time) func(*sql.DB) error {
	return func(db *sql.DB) error {
		ctx := context.Background()
		if err := migrate(ctx, db, migrations()[:b.version]); err != nil {
			return fail(ErrWriteFailed, err)
		}
		conn, err := db.Conn(ctx)
		if err != nil {
			return fail(ErrWriteFailed, err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS b KEY ?", fileURI(path)+"?mode=ro", b.attachKey); err != nil {
			return fail(ErrBackupDamaged, err)
		}
		err = copyBackup(ctx, conn, b.version, now)
		_, derr := conn.ExecContext(ctx, "DETACH DATABASE b")
		if err != nil {
			return err
		}
		if derr != nil {
			return fail(ErrWriteFailed, derr)
		}
		return nil
	}
}

// copyBackup copies the attached backup b into main in one transaction.
func copyBackup(ctx context.Context, conn *sql.Conn, version int, now time.Time) error {
	if err := checkSchema(ctx, conn, "b", version); err != nil {
		return fail(ErrBackupForeign, err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	defer func() { _ = tx.Rollback() }()
	if err := copyOwnTables(ctx, tx, "b", version); err != nil {
		return fail(ErrWriteFailed, err)
	}
	if version >= exchangesVersion {
		if err := forgetRestoredExchanges(ctx, tx, now); err != nil {
			return fail(ErrWriteFailed, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// verifyBackup checks a backup completely without changing it: its
// trailer, if it has one, gives the key under passphrase
// (ErrBackupPassphrase when it does not); the database opens with it;
// and checkBackup finds a whole Parley vault of a version this build
// reads, holding nothing Parley did not create.
func verifyBackup(path, passphrase string) (verifiedBackup, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return verifiedBackup{}, fail(ErrBackupMissing, err)
	case err != nil:
		return verifiedBackup{}, fail(ErrBackupDamaged, err)
	case !st.Mode().IsRegular() || st.Size() < cipherPageSize || st.Size()%cipherPageSize != 0:
		return verifiedBackup{}, fail(ErrBackupDamaged, fmt.Errorf("size %d is not a whole number of pages", st.Size()))
	case passphrase == "":
		return verifiedBackup{}, ErrBackupPassphrase
	}
	b := verifiedBackup{attachKey: passphrase}
	key, found, err := readBackupKey(path, st.Size(), passphrase)
	switch {
	case err != nil:
		return verifiedBackup{}, err
	case found:
		b.attachKey = rawKeyString(key)
		clear(key)
	}
	ctx := context.Background()
	host, err := sql.Open(driverName, ":memory:")
	if err != nil {
		return verifiedBackup{}, err
	}
	defer host.Close()
	conn, err := host.Conn(ctx)
	if err != nil {
		return verifiedBackup{}, fail(ErrBackupDamaged, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS b KEY ?", fileURI(path)+"?mode=ro", b.attachKey); err != nil {
		return verifiedBackup{}, backupOpenError(err, found)
	}
	defer func() { _, _ = conn.ExecContext(ctx, "DETACH DATABASE b") }()
	b.version, err = checkBackup(ctx, conn, found)
	return b, err
}

// checkBackup examines the attached backup b (wrapped: its key came from
// the trailer, so a page that does not decrypt is damage, not a wrong
// passphrase).
func checkBackup(ctx context.Context, conn *sql.Conn, wrapped bool) (int, error) {
	var tables int
	err := conn.QueryRowContext(ctx, "SELECT count(*) FROM b.sqlite_master WHERE type = 'table' AND name IN ('settings', 'meta')").Scan(&tables)
	if err != nil {
		return 0, backupOpenError(err, wrapped)
	}
	version, err := schemaVersion(ctx, conn, "b")
	switch {
	case err != nil:
		return 0, fail(ErrBackupDamaged, err)
	case version > latestVersion():
		return 0, ErrNewerVersion
	case version < 1 || tables != 2:
		return 0, fail(ErrBackupDamaged, errors.New("not a Parley vault"))
	}
	// The schema is compared before the integrity check: PRAGMA
	// integrity_check computes every index expression and generated column,
	// so a planted one would run inside Parley first.
	if err := checkSchema(ctx, conn, "b", version); err != nil {
		return 0, fail(ErrBackupForeign, err)
	}
	if err := integrityCheck(ctx, conn, "b"); err != nil {
		return 0, fail(ErrBackupDamaged, err)
	}
	return version, nil
}

// backupOpenError tells a wrong passphrase ("file is not a database": the
// first page does not decrypt) from other damage. With a wrapped key the
// passphrase was already proven right by the trailer.
func backupOpenError(err error, wrapped bool) error {
	var se sqlite3.Error
	if !wrapped && errors.As(err, &se) && se.Code == sqlite3.ErrNotADB {
		return fail(ErrBackupPassphrase, err)
	}
	return fail(ErrBackupDamaged, err)
}

// schemaVersion reads PRAGMA <schema>.user_version (schema is ours: main,
// b or backup).
func schemaVersion(ctx context.Context, conn *sql.Conn, schema string) (int, error) {
	var v int
	err := conn.QueryRowContext(ctx, "PRAGMA "+schema+".user_version").Scan(&v)
	return v, err
}
