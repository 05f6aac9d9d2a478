package persistence

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	sqlite3 "github.com/mutecomm/go-sqlcipher/v4"
)

// A backup is one file: a SQLCipher 4 database keyed by the backup
// passphrase through SQLCipher's own key derivation (its defaults:
// PBKDF2-HMAC-SHA512, 4096-byte pages), holding a copy of every table and
// the schema version. It opens with Parley, or in any SQLCipher 4 tool
// with PRAGMA key = 'the passphrase'.

const cipherPageSize = 4096

// Backup writes a copy of the vault to path, keyed by passphrase
// (ErrPassphraseRequired when empty). The copy is written to a temporary
// file in the destination folder, flushed, then renamed over path, so path
// is either the old file or a complete backup. Errors wrap ErrWriteFailed.
func (v *Vault) Backup(path, passphrase string) error {
	if err := v.ready(); err != nil {
		return err
	}
	if passphrase == "" {
		return ErrPassphraseRequired
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ErrClosed
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".parley-backup-*.tmp")
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	tmp := f.Name()
	_ = f.Close()
	if err := exportBackup(context.Background(), v.db, tmp, passphrase); err != nil {
		removeDBFiles(tmp)
		return fail(ErrWriteFailed, err)
	}
	if err := syncFile(tmp); err != nil {
		removeDBFiles(tmp)
		return fail(ErrWriteFailed, err)
	}
	if err := renameSynced(tmp, path); err != nil {
		removeDBFiles(tmp)
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// exportBackup copies the open database into the (empty) file target,
// keyed by passphrase.
func exportBackup(ctx context.Context, db *sql.DB, target, passphrase string) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	version, err := schemaVersion(ctx, conn, "main")
	if err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS backup KEY ?", fileURI(target), passphrase); err != nil {
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
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ErrClosed
	}
	version, err := verifyBackup(path, passphrase)
	if err != nil {
		return err
	}
	tmp := v.store.path(restoringName)
	if err := v.store.build(tmp, v.key, v.side, fillFromBackup(path, passphrase, version)); err != nil {
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
	if err := renameSynced(dbPath, old); err != nil {
		return giveUp(fail(ErrWriteFailed, err))
	}
	if err := renameSynced(tmp, dbPath); err != nil {
		_ = renameSynced(old, dbPath)
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
		_ = renameSynced(old, dbPath) // replaces the new file: the old vault is back
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
	if !mode.valid() {
		return nil, "", ErrInvalidMode
	}
	if mode == ModeAsk && passphrase == "" {
		return nil, "", ErrPassphraseRequired
	}
	if s.Exists() {
		return nil, "", ErrVaultExists
	}
	version, err := verifyBackup(backupPath, backupPassphrase)
	if err != nil {
		return nil, "", err
	}
	return s.create(mode, passphrase, fillFromBackup(backupPath, backupPassphrase, version))
}

// fillFromBackup copies a verified backup into a new, empty database.
func fillFromBackup(path, passphrase string, version int) func(*sql.DB) error {
	return func(db *sql.DB) error {
		ctx := context.Background()
		conn, err := db.Conn(ctx)
		if err != nil {
			return fail(ErrWriteFailed, err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS b KEY ?", fileURI(path)+"?mode=ro", passphrase); err != nil {
			return fail(ErrBackupDamaged, err)
		}
		_, err = conn.ExecContext(ctx, "SELECT sqlcipher_export('main', 'b')")
		if err == nil {
			_, err = conn.ExecContext(ctx, fmt.Sprintf("PRAGMA main.user_version = %d", version))
		}
		_, derr := conn.ExecContext(ctx, "DETACH DATABASE b")
		if err = errors.Join(err, derr); err != nil {
			return fail(ErrWriteFailed, err)
		}
		return nil
	}
}

// verifyBackup checks a backup completely without changing it and returns
// its schema version.
func verifyBackup(path, passphrase string) (int, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return 0, fail(ErrBackupMissing, err)
	case err != nil:
		return 0, fail(ErrBackupDamaged, err)
	case !st.Mode().IsRegular() || st.Size() < cipherPageSize || st.Size()%cipherPageSize != 0:
		return 0, fail(ErrBackupDamaged, fmt.Errorf("size %d is not a whole number of pages", st.Size()))
	case passphrase == "":
		return 0, ErrBackupPassphrase
	}
	ctx := context.Background()
	host, err := sql.Open(driverName, ":memory:")
	if err != nil {
		return 0, err
	}
	defer host.Close()
	conn, err := host.Conn(ctx)
	if err != nil {
		return 0, fail(ErrBackupDamaged, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS b KEY ?", fileURI(path)+"?mode=ro", passphrase); err != nil {
		return 0, backupOpenError(err)
	}
	defer func() { _, _ = conn.ExecContext(ctx, "DETACH DATABASE b") }()
	return checkBackup(ctx, conn)
}

// checkBackup examines the attached backup b.
func checkBackup(ctx context.Context, conn *sql.Conn) (int, error) {
	var tables int
	err := conn.QueryRowContext(ctx, "SELECT count(*) FROM b.sqlite_master WHERE type = 'table' AND name IN ('settings', 'meta')").Scan(&tables)
	if err != nil {
		return 0, backupOpenError(err)
	}
	if err := integrityCheck(ctx, conn, "b"); err != nil {
		return 0, fail(ErrBackupDamaged, err)
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
	return version, nil
}

// backupOpenError tells a wrong passphrase ("file is not a database": the
// first page does not decrypt) from other damage.
func backupOpenError(err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrNotADB {
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
