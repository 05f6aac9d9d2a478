package persistence

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"parleyapp.org/parley/internal/atomicfile"
)

// OpenWithKeyring opens the vault with the key kept in the keyring. ctx
// bounds the wait for the keyring (SystemKeyring has its own limit too).
// On failure the Reason says why, for the unlock screen:
// ReasonAskMode (ErrAskMode), ReasonKeyringUnavailable, ReasonKeyringTimeout,
// ReasonKeyMissing (ErrKeyNotFound), ReasonWrongKey (ErrWrongKey),
// ReasonDamaged (ErrDamaged, or ErrUpgradeFailed), ReasonNewerVersion
// (ErrNewerVersion; the files are left exactly as they were).
func (s Store) OpenWithKeyring(ctx context.Context) (*Vault, Reason, error) {
	s.settle()
	sc, err := s.readSidecar()
	if err != nil {
		return nil, reasonFor(err), err
	}
	if sc.Mode == ModeAsk {
		return nil, ReasonAskMode, ErrAskMode
	}
	secret, err := s.keyringGet(ctx, sc.VaultID)
	if err != nil {
		return nil, reasonFor(err), err
	}
	key, err := hex.DecodeString(strings.TrimSpace(secret))
	if err == nil && len(key) == keyLen && sc.KeyChange != nil {
		if key, sc, err = s.settleKeyChange(key, sc); err != nil {
			return nil, reasonFor(err), err
		}
	}
	if err != nil || len(key) != keyLen || !sc.fits(key) {
		return nil, ReasonWrongKey, ErrWrongKey
	}
	v, err := s.openKey(key, sc)
	if err == nil {
		err = v.checkSidecar()
	}
	if err != nil {
		_ = v.Close()
		return nil, reasonFor(err), err
	}
	return v, ReasonNone, nil
}

// reasonFor names the unlock screen's reason for an error.
func reasonFor(err error) Reason {
	switch {
	case err == nil:
		return ReasonNone
	case errors.Is(err, ErrNewerVersion):
		return ReasonNewerVersion
	case errors.Is(err, ErrAskMode):
		return ReasonAskMode
	case errors.Is(err, ErrKeyringTimeout):
		return ReasonKeyringTimeout
	case errors.Is(err, ErrKeyNotFound):
		return ReasonKeyMissing
	case errors.Is(err, ErrKeyringUnavailable):
		return ReasonKeyringUnavailable
	case errors.Is(err, ErrWrongKey):
		return ReasonWrongKey
	case errors.Is(err, ErrSidecarChanged), errors.Is(err, ErrForeignSchema):
		return ReasonNone // the error's own sentence says it
	}
	return ReasonDamaged
}

// OpenWithPassphrase opens the vault with its passphrase. Errors:
// ErrNoPassphraseSet, ErrWrongPassphrase, ErrNewerVersion, ErrDamaged,
// ErrUpgradeFailed. In ModeKeyring it also puts the key back into the
// keyring (the keyring path evidently failed); if that fails the vault
// still opens and v.KeyringNote() says why. This may wait up to the
// keyring's time limit, so call it off the UI goroutine.
func (s Store) OpenWithPassphrase(pass string) (*Vault, error) {
	s.settle()
	sc, err := s.readSidecar()
	if err != nil {
		return nil, err
	}
	if sc.Passphrase == nil {
		return nil, ErrNoPassphraseSet
	}
	key, err := sc.Passphrase.unwrap(pass, sc.VaultID)
	if err != nil {
		return nil, err
	}
	if sc.KeyChange != nil {
		if key, sc, err = s.settleKeyChange(key, sc); err != nil {
			return nil, err
		}
	}
	if !sc.fits(key) {
		return nil, fail(ErrDamaged, errors.New("sealed key does not match the fingerprint"))
	}
	return s.openAndRestoreKey(key, sc)
}

// OpenWithRecoveryCode opens the vault with its recovery code. Errors:
// ErrRecoveryCodeInvalid (a typing mistake: wrong length, a stray
// character, the check character does not fit), ErrWrongKey (a
// well-formed code of another vault), ErrNewerVersion, ErrDamaged. In
// ModeKeyring it puts the key back into the keyring, as OpenWithPassphrase
// does. If the sidecar is missing or unreadable but the database opens
// with the code, the sidecar is rebuilt (without a passphrase; the old one
// is kept as parley.vault.damaged).
func (s Store) OpenWithRecoveryCode(code string) (*Vault, error) {
	key, err := ParseRecoveryCode(code)
	if err != nil {
		return nil, err
	}
	s.settle()
	sc, err := s.readSidecar()
	switch {
	case errors.Is(err, ErrNewerVersion):
		return nil, err
	case err != nil:
		if sc, err = s.rebuildSidecar(key, err); err != nil {
			return nil, err
		}
	case sc.KeyChange != nil:
		if key, sc, err = s.settleKeyChange(key, sc); err != nil {
			return nil, err
		}
	}
	if !sc.fits(key) {
		return nil, ErrWrongKey
	}
	return s.openAndRestoreKey(key, sc)
}

// openAndRestoreKey opens with a key known to fit and, once the sidecar
// is seen to be Parley's own (checkSidecar) and only then, in ModeKeyring
// stores the key in the keyring again.
func (s Store) openAndRestoreKey(key []byte, sc sidecar) (*Vault, error) {
	v, err := s.openKey(key, sc)
	if err != nil {
		return nil, err
	}
	if err := v.checkSidecar(); err != nil {
		_ = v.Close()
		return nil, err
	}
	if v.side.Mode == ModeKeyring {
		v.keyringNote = s.keyringSet(sc.VaultID, key)
	}
	return v, nil
}

// openKey opens the vault's database with a key that fits its sidecar and
// brings its schema up to date. A vault newer than this build is closed
// again untouched (ErrNewerVersion).
func (s Store) openKey(key []byte, sc sidecar) (*Vault, error) {
	path := s.path(dbName)
	st, err := os.Stat(path)
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	if st.Size() < cipherPageSize {
		// Shorter than one page: never a vault, and SQLite would quietly
		// start a new, empty one over it.
		return nil, fail(ErrDamaged, errors.New("the database file is shorter than one page"))
	}
	db, err := openDB(path, key)
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	if err := upgrade(context.Background(), db); err != nil {
		_ = db.Close()
		return nil, err
	}
	v := &Vault{store: s, db: db, key: key, side: sc, stop: make(chan struct{})}
	v.startTimers()
	return v, nil
}

// upgrade checks the schema version of an existing vault and migrates it.
// A version of 0 means the file is not a finished vault.
func upgrade(ctx context.Context, db *sql.DB) error {
	have, err := userVersion(ctx, db)
	switch {
	case err != nil:
		return fail(ErrDamaged, err)
	case have > latestVersion():
		return ErrNewerVersion
	case have == 0:
		return fail(ErrDamaged, errors.New("schema version 0"))
	}
	// Checked before the migrations too, so a planted trigger never runs
	// during one.
	if err := checkSchema(ctx, db, "main", have); err != nil {
		return fail(ErrForeignSchema, err)
	}
	if err := migrate(ctx, db, migrations()); err != nil {
		return fail(ErrUpgradeFailed, err)
	}
	if err := checkSchema(ctx, db, "main", latestVersion()); err != nil {
		return fail(ErrForeignSchema, err)
	}
	return nil
}

// rebuildSidecar makes a new sidecar for a database the recovery code
// opens, when the sidecar is missing or unreadable (cause). The vault ID
// and mode come from the database's meta table.
func (s Store) rebuildSidecar(key []byte, cause error) (sidecar, error) {
	path := s.path(dbName)
	if !fileExists(path) {
		return sidecar{}, cause
	}
	db, err := openDB(path, key)
	if err != nil {
		return sidecar{}, fail(ErrWrongKey, err) // no fingerprint left to tell wrong from damaged
	}
	ctx := context.Background()
	have, verr := userVersion(ctx, db)
	meta, merr := readMeta(ctx, db)
	_ = db.Close()
	switch {
	case verr != nil || merr != nil:
		return sidecar{}, fail(ErrDamaged, errors.Join(verr, merr))
	case have > latestVersion():
		return sidecar{}, ErrNewerVersion
	}
	sc := sidecar{Format: sidecarFormat, VaultID: meta["vault_id"], Mode: Mode(meta["mode"]), Fingerprint: fingerprint(key)}
	if !isHex(sc.VaultID, vaultIDLen) {
		if sc.VaultID, err = newVaultID(); err != nil {
			return sidecar{}, err
		}
	}
	if !sc.Mode.valid() {
		sc.Mode = ModeKeyring
	}
	if fileExists(s.path(sidecarName)) {
		_ = atomicfile.Rename(s.path(sidecarName), s.path(damagedSidecarName))
	}
	err = s.writeSidecar(&sc, key)
	return sc, err
}

// settle finishes or undoes what an interrupted create or restore left
// behind, so the data folder holds one clear vault.
func (s Store) settle() {
	db, old := s.path(dbName), s.path(oldName)
	switch {
	case !fileExists(db) && fileExists(old):
		_ = atomicfile.Rename(old, db) // a restore stopped before its new file was in place
	case !fileExists(db) && fileExists(s.path(creatingName)) && fileExists(s.path(sidecarName)):
		_ = atomicfile.Rename(s.path(creatingName), db) // a create stopped at its last step
	}
	if fileExists(db) {
		removeDBFiles(old) // a restore finished but had not tidied up
		removeDBFiles(s.path(restoringName))
		removeDBFiles(s.path(creatingName))
	}
	leftovers, _ := filepath.Glob(filepath.Join(s.Home, "."+sidecarName+"-*.tmp"))
	for _, f := range leftovers {
		_ = os.Remove(f)
	}
}

// The meta row that says this vault's sidecar carries a MAC: once it is
// there, a sidecar without one was changed outside Parley.
const (
	sidecarAuthMeta  = "sidecar_auth"
	sidecarAuthValue = "hmac-sha256-v1"
)

// checkSidecar runs as soon as the key is known and the database is open,
// before anything is written to the keyring. A sidecar whose MAC fits is
// Parley's own. One without a MAC, in a vault that never had one and whose
// meta table records the same mode, was written by an older Parley: it is
// authenticated now. Anything else was changed outside Parley: the
// sidecar is written again from what the encrypted database records (its
// mode and vault ID; the mode "ask" when an old vault's two records
// disagree) and ErrSidecarChanged is returned, so the caller closes the
// vault and says so; the next unlock opens it as it was.
func (v *Vault) checkSidecar() error {
	ctx := context.Background()
	meta, err := readMeta(ctx, v.db)
	if err != nil {
		return fail(ErrDamaged, err)
	}
	sc := v.side
	if sc.authentic(v.key) {
		if meta[sidecarAuthMeta] != sidecarAuthValue || meta["mode"] != string(sc.Mode) {
			_ = setMeta(ctx, v.db, sidecarAuthMeta, sidecarAuthValue) // a hint; the sidecar decides
			_ = setMeta(ctx, v.db, "mode", string(sc.Mode))
		}
		return nil
	}
	recorded := Mode(meta["mode"])
	legacy := sc.MAC == "" && meta[sidecarAuthMeta] == "" && (recorded == "" || recorded == sc.Mode)
	if !legacy {
		sc.Mode = trustedMode(recorded, meta[sidecarAuthMeta] != "", sc)
		if isHex(meta["vault_id"], vaultIDLen) {
			sc.VaultID = meta["vault_id"]
		}
	}
	if err := v.store.writeSidecar(&sc, v.key); err != nil {
		return err
	}
	v.side = sc
	if err := setMeta(ctx, v.db, sidecarAuthMeta, sidecarAuthValue); err != nil {
		return fail(ErrWriteFailed, err)
	}
	if err := setMeta(ctx, v.db, "mode", string(sc.Mode)); err != nil {
		return fail(ErrWriteFailed, err)
	}
	if !legacy {
		return ErrSidecarChanged
	}
	return nil
}

// trustedMode is the mode to put back into a sidecar changed outside
// Parley: the one the database records once sidecars carry a MAC (authentic
// opens keep it in step); for an older vault whose two records disagree,
// "ask" when a passphrase can open it, since that never puts the key into
// the keyring.
func trustedMode(recorded Mode, authenticated bool, sc sidecar) Mode {
	if authenticated && recorded.valid() {
		return recorded
	}
	if sc.Passphrase != nil {
		return ModeAsk
	}
	return ModeKeyring
}
