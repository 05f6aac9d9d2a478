package persistence

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// The trailer of a backup (see backup.go): the last 4096 bytes of the file
// are backupMagic, then one line of JSON (backupTrailer), then zero bytes
// up to the end of the page. It is not encrypted and holds nothing
// personal: a random ID and the wrapped backup key.
const backupMagic = "PARLEY-BACKUP-KEY-1\n"

type backupTrailer struct {
	Format   int         `json:"format"`    // 1
	BackupID string      `json:"backup_id"` // 32 random hex digits
	Key      *wrappedKey `json:"key"`       // the backup key, as the sidecar's "passphrase"
}

// backupWrapID is what the wrapped key's additional data names:
// "parley-wrap-v1:backup-" + ID, so a backup's wrapped key cannot pass for
// a sidecar's or another backup's.
func backupWrapID(id string) string { return "backup-" + id }

// newBackupTrailer wraps key under passphrase and lays out the trailer page.
func newBackupTrailer(key []byte, passphrase string, p argonParams) ([]byte, error) {
	id, err := newVaultID()
	if err != nil {
		return nil, err
	}
	w, err := wrapKey(key, passphrase, backupWrapID(id), p)
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(backupTrailer{Format: 1, BackupID: id, Key: w})
	if err != nil {
		return nil, err
	}
	page := make([]byte, cipherPageSize)
	n := copy(page, backupMagic)
	if n+len(data)+1 > len(page) {
		return nil, errors.New("backup trailer too long")
	}
	copy(page[n:], append(data, '\n'))
	return page, nil
}

// readBackupKey reads the trailer of the backup at path (size bytes long)
// and unwraps its key with passphrase. found is false for a backup without
// a trailer (written before it, keyed by the passphrase itself).
func readBackupKey(path string, size int64, passphrase string) (key []byte, found bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, fail(ErrBackupDamaged, err)
	}
	defer f.Close()
	page := make([]byte, cipherPageSize)
	if _, err := f.ReadAt(page, size-cipherPageSize); err != nil && !errors.Is(err, io.EOF) {
		return nil, false, fail(ErrBackupDamaged, err)
	}
	if !bytes.HasPrefix(page, []byte(backupMagic)) {
		return nil, false, nil
	}
	line, rest, ok := bytes.Cut(page[len(backupMagic):], []byte("\n"))
	var t backupTrailer
	if !ok || len(bytes.Trim(rest, "\x00")) > 0 || json.Unmarshal(line, &t) != nil || t.Format != 1 || !isHex(t.BackupID, vaultIDLen) || t.Key == nil {
		return nil, true, fail(ErrBackupDamaged, errors.New("backup trailer unreadable"))
	}
	if err := t.Key.check(); err != nil {
		return nil, true, fail(ErrBackupDamaged, err)
	}
	key, err = t.Key.unwrap(passphrase, backupWrapID(t.BackupID))
	if errors.Is(err, ErrWrongPassphrase) {
		return nil, true, ErrBackupPassphrase
	}
	if err != nil {
		return nil, true, fail(ErrBackupDamaged, err)
	}
	return key, true, nil
}

// BackupKey unwraps a backup's key with its passphrase and returns it as
// SQLCipher takes it (64 hex digits), for opening the file in a SQLCipher
// 4 tool (see the package documentation). Old backups have no wrapped
// key: ok is false, and their passphrase is the SQLCipher key itself.
func BackupKey(path, passphrase string) (hexKey string, ok bool, err error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", false, fail(ErrBackupMissing, err)
	}
	key, found, err := readBackupKey(path, st.Size(), passphrase)
	if err != nil || !found {
		return "", false, err
	}
	defer clear(key)
	return keyHex(key), true, nil
}

// backupTempPattern names the temporary file a backup is written to, in
// the destination folder: os.CreateTemp puts a run of digits for the "*".
const backupTempPattern = ".parley-backup-*.tmp"

// backupLeftover matches exactly the names backupTempPattern gives, and
// the journal files SQLite may have left beside one.
var backupLeftover = regexp.MustCompile(`^\.parley-backup-[0-9]+\.tmp(-wal|-shm|-journal)?$`)

// leftoverAge is how old a temporary backup file must be before it counts
// as left over: a backup still running (in another copy of Parley, say)
// touches its file far more often than that.
const leftoverAge = 10 * time.Minute

// removeBackupLeftovers removes, from dir, what backups stopped half way
// left behind: regular files (never links or folders) whose name Parley's
// temporary backup files have, owned by this user, that have not changed
// for leftoverAge. Nothing else is touched. It returns what it removed.
func removeBackupLeftovers(dir string, now time.Time) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if !backupLeftover.MatchString(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < leftoverAge || !ownedByMe(info) {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed = append(removed, e.Name())
		}
	}
	return removed
}

// backupFolderMeta is the meta key of the folder the last backup went to
// (inside the encrypted vault), so that the next start can tidy it.
const backupFolderMeta = "backup_folder"

// cleanBackupFolder removes leftovers of stopped backups (see
// removeBackupLeftovers) from the folder the last backup was written to.
// It runs in the background when the vault opens (see startTimers).
func cleanBackupFolder(db *sql.DB, now time.Time) {
	var dir string
	if db.QueryRow(`SELECT value FROM meta WHERE key = ?`, backupFolderMeta).Scan(&dir) == nil {
		removeBackupLeftovers(dir, now)
	}
}
