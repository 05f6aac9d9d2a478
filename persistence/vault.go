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

	argon     argonParams   // Argon2id cost for new passphrases; zero means defaultArgon()
	wipeEvery time.Duration // how often expired exchange secrets are wiped; zero means a minute
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
	inUse       sync.WaitGroup // calls holding the database (see use)
	timers      sync.WaitGroup // the vault's own background work (see exchanges.go)
	stop        chan struct{}  // closed by Close: background work ends
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

// Close waits for every call still using the database (a background read
// may be half way), checkpoints the WAL into the database file and empties
// it (TRUNCATE), then closes the database and forgets the key, so a quit
// leaves no parley.db-wal or parley.db-shm behind. Closing twice is fine.
// Every method afterwards returns ErrClosed.
func (v *Vault) Close() error {
	if v == nil {
		return nil
	}
	v.mu.Lock()
	db := v.db
	v.db = nil // no new call gets the database from here on
	if db != nil {
		close(v.stop)
	}
	v.mu.Unlock()
	if db == nil {
		return nil
	}
	v.inUse.Wait()
	v.timers.Wait()
	// With one connection, the checkpoint also waits for a query still
	// reading its rows.
	err := checkpoint(db)
	if cerr := closeDB(db); cerr != nil {
		err = cerr
	}
	v.mu.Lock()
	clear(v.key)
	v.mu.Unlock()
	return err
}

// closeDB closes db and waits (at most closeWait) until its connection is
// really closed: database/sql's Close leaves a connection that a
// late-comer is still using open until that query ends, and only the last
// close of the connection removes the -wal and -shm files.
func closeDB(db *sql.DB) error {
	err := db.Close()
	for deadline := time.Now().Add(closeWait); db.Stats().OpenConnections > 0 && time.Now().Before(deadline); {
		time.Sleep(2 * time.Millisecond)
	}
	return err
}

// closeWait bounds how long Close waits for a query that is still running.
const closeWait = 10 * time.Second

// checkpoint copies the WAL into the database file and truncates it, so no
// page of an old row version stays in the log.
func checkpoint(db *sql.DB) error {
	_, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	return err
}

// checkpointNow checkpoints the open database (TRUNCATE), so that pages
// holding what was just sealed or forgotten leave the WAL at once.
func (v *Vault) checkpointNow() {
	if db, err := v.conn(); err == nil {
		_ = checkpoint(db)
	}
}

// database is the open database, for the feature stores inside this package
// only: screens never use it (they call the stores' methods), and nothing
// outside persistence writes SQL. It is nil once the vault is closed. The
// pool has one connection: inside tx, use the *sql.Tx, never database(), or the
// call waits for ever.
func (v *Vault) database() *sql.DB {
	if v == nil {
		return nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.db
}

// conn is the open database, or ErrClosed (also for a nil *Vault, so a
// screen that outlived a lock gets a sentence, not a panic). Close waits
// for calls that hold it through use; conn alone is for single statements,
// which database/sql finishes before Close closes the connection.
func (v *Vault) conn() (*sql.DB, error) {
	if v == nil {
		return nil, ErrClosed
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return nil, ErrClosed
	}
	return v.db, nil
}

// ready is nil while the vault is open, else ErrClosed. Every exported
// method that does not start with conn, use or tx checks it first, so a
// locked vault is named before anything else is checked.
func (v *Vault) ready() error {
	_, err := v.conn()
	return err
}

// use is conn for a call that keeps the database for several statements:
// Close waits until done is called.
func (v *Vault) use() (db *sql.DB, done func(), err error) {
	if v == nil {
		return nil, nil, ErrClosed
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return nil, nil, ErrClosed
	}
	v.inUse.Add(1)
	return v.db, v.inUse.Done, nil
}

// tx runs fn in one transaction: committed if fn returns nil, rolled back
// if it returns an error (returned as it is) or panics (the panic goes on).
// Every change that touches more than one row goes through tx.
func (v *Vault) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	db, done, err := v.use()
	if err != nil {
		return err
	}
	defer done()
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
