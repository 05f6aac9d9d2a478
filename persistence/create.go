package persistence

import (
	"context"
	"database/sql"
	"os"

	"parleyapp.org/parley/internal/atomicfile"
)

// Create makes a new vault with a fresh random key and returns it open,
// with its recovery code (show it once; it is the key itself).
//
// It refuses with ErrVaultExists when any vault is there: it never makes a
// new key over an existing vault. ModeAsk needs a passphrase
// (ErrPassphraseRequired). In ModeKeyring the key is stored in the keyring
// first; when that fails (ErrKeyringUnavailable or ErrKeyringTimeout):
//   - without a passphrase, nothing is created and that error is returned,
//     so the UI can ask for a passphrase and call Create again;
//   - with a passphrase, the vault is created anyway (the passphrase is the
//     way in) and v.KeyringNote() reports why the key is not in the
//     keyring. A later passphrase unlock retries storing it.
func (s Store) Create(mode Mode, passphrase string) (*Vault, RecoveryCode, error) {
	return s.create(mode, passphrase, nil)
}

// canCreate says why a vault cannot be created here in mode with
// passphrase, or nil: one place for Create's and CreateFromBackup's rules.
func (s Store) canCreate(mode Mode, passphrase string) error {
	switch {
	case !mode.valid():
		return ErrInvalidMode
	case mode == ModeAsk && passphrase == "":
		return ErrPassphraseRequired
	case s.Exists():
		return ErrVaultExists
	}
	return nil
}

// create makes a new vault. fill, when given, puts content into the fresh
// database before the migrations run (restoring a backup).
func (s Store) create(mode Mode, passphrase string, fill func(*sql.DB) error) (*Vault, RecoveryCode, error) {
	if err := s.canCreate(mode, passphrase); err != nil {
		return nil, "", err
	}
	if err := os.MkdirAll(s.Home, 0o700); err != nil {
		return nil, "", fail(ErrWriteFailed, err)
	}
	key, err := newKey()
	if err != nil {
		return nil, "", err
	}
	id, err := newVaultID()
	if err != nil {
		return nil, "", err
	}
	sc := sidecar{Format: sidecarFormat, VaultID: id, Mode: mode, Fingerprint: fingerprint(key)}
	if passphrase != "" {
		if sc.Passphrase, err = wrapKey(key, passphrase, id, s.argonParams()); err != nil {
			return nil, "", err
		}
	}
	var note error
	if mode == ModeKeyring {
		if note = s.keyringSet(id, key); note != nil && passphrase == "" {
			return nil, "", note
		}
	}
	if err := s.install(key, sc, fill); err != nil {
		if mode == ModeKeyring && note == nil {
			_ = s.keyringDelete(id) // the vault was never made; its key goes too
		}
		return nil, "", err
	}
	v, err := s.openKey(key, sc)
	if err != nil {
		return nil, "", err
	}
	v.keyringNote = note
	return v, newRecoveryCode(key), nil
}

// install builds the database under a temporary name, writes the sidecar,
// then moves the database into place. If the computer stops in between,
// settle finishes the move on the next start.
func (s Store) install(key []byte, sc sidecar, fill func(*sql.DB) error) error {
	tmp := s.path(creatingName)
	if err := s.build(tmp, key, sc, fill); err != nil {
		removeDBFiles(tmp)
		return err
	}
	if err := s.writeSidecar(&sc, key); err != nil {
		removeDBFiles(tmp)
		return err
	}
	if err := atomicfile.Rename(tmp, s.path(dbName)); err != nil {
		_ = os.Remove(s.path(sidecarName)) // ours, written a moment ago for this key
		removeDBFiles(tmp)
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// build makes a complete, closed database file at path: filled (if fill is
// given), migrated to the latest version, with its meta rows, checked.
func (s Store) build(path string, key []byte, sc sidecar, fill func(*sql.DB) error) error {
	removeDBFiles(path)
	db, err := openDB(path, key)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	err = s.fillAndMigrate(db, sc, fill)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fail(ErrWriteFailed, cerr)
	}
	if err != nil {
		return err
	}
	if err := atomicfile.SyncFile(path); err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

func (s Store) fillAndMigrate(db *sql.DB, sc sidecar, fill func(*sql.DB) error) error {
	ctx := context.Background()
	if fill != nil {
		if err := fill(db); err != nil {
			return err
		}
	}
	if err := migrate(ctx, db, migrations()); err != nil {
		return fail(ErrUpgradeFailed, err)
	}
	if err := writeMeta(ctx, db, sc, s.now()); err != nil {
		return fail(ErrWriteFailed, err)
	}
	if err := integrityCheck(ctx, db, "main"); err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}
