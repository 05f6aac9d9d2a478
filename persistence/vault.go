package persistence

import (
	"context"
	"database/sql"
	"path/filepath"
	"sync"
	"time"

	_ "github.com/mutecomm/go-sqlcipher/v4" // the "sqlite3" driver: SQLite with SQLCipher
)

// Files in the data folder.
const (
	dbName             = "parley.db"            // the SQLCipher database
	sidecarName        = "parley.vault"         // the sidecar (see sidecar.go)
	creatingName       = "parley.db.creating"   // a new vault being built
	restoringName      = "parley.db.restoring"  // a restored vault being built
	oldName            = "parley.db.old"        // the vault being replaced by a restore
	damagedSidecarName = "parley.vault.damaged" // a sidecar set aside when rebuilt
)

// Store is where a vault lives and what it needs to open: the data folder,
// the keyring and the clock. It holds no open state; its methods open or
// create a Vault. The zero Keyring means "no keyring on this computer".
type Store struct {
	Home    string // the data folder (PARLEY_HOME, or Fyne's app storage root)
	Keyring Keyring
	Now     func() time.Time

	argon argonParams // Argon2id cost for new passphrases; zero means defaultArgon()
}

// Vault is an open vault. Its methods are safe to call from several
// goroutines, but each call may touch the disk or the keyring, so call them
// off the UI goroutine. Close it when the app locks.
type Vault struct {
	store       Store
	mu          sync.Mutex
	db          *sql.DB // nil once closed
	key         []byte
	side        sidecar
	keyringNote error
}

func (s Store) path(name string) string { return filepath.Join(s.Home, name) }

// DatabasePath is where the vault's database file is (or would be).
func (s Store) DatabasePath() string { return s.path(dbName) }

func (s Store) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

func (s Store) argonParams() argonParams {
	if s.argon == (argonParams{}) {
		return defaultArgon()
	}
	return s.argon
}

// Exists reports whether a vault is there: its database file or its
// sidecar is present. Either one alone is enough, so that a half-missing
// vault is shown as something to unlock or repair, never overwritten by a
// new one.
func (s Store) Exists() bool {
	return fileExists(s.path(dbName)) || fileExists(s.path(sidecarName))
}

// Mode is how the vault opens, read from the sidecar without unlocking.
// ErrDamaged when the sidecar is missing or unreadable, ErrNewerVersion
// when a newer Parley wrote it.
func (s Store) Mode() (Mode, error) {
	sc, err := s.readSidecar()
	if err != nil {
		return "", err
	}
	return sc.Mode, nil
}

// Close closes the database and forgets the key. Closing twice is fine.
// Every method afterwards returns ErrClosed.
func (v *Vault) Close() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return nil
	}
	err := v.db.Close()
	v.db = nil
	clear(v.key)
	return err
}

// DB is the open database, for the feature stores inside this package
// only: screens never use it (they call the stores' methods), and nothing
// outside persistence writes SQL. It is nil once the vault is closed. The
// pool has one connection: inside Tx, use the *sql.Tx, never DB(), or the
// call waits for ever.
func (v *Vault) DB() *sql.DB {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.db
}

func (v *Vault) conn() (*sql.DB, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return nil, ErrClosed
	}
	return v.db, nil
}

// Tx runs fn in one transaction: committed if fn returns nil, rolled back
// if it returns an error (returned as it is) or panics (the panic goes on).
// Every change that touches more than one row goes through Tx.
func (v *Vault) Tx(ctx context.Context, fn func(*sql.Tx) error) error {
	db, err := v.conn()
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	committed := false
	defer func() {
		if !committed {
			_ = tx.Rollback()
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fail(ErrWriteFailed, err)
	}
	committed = true
	return nil
}
