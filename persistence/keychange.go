package persistence

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"

	"golang.org/x/crypto/chacha20poly1305"
)

// Changing the vault key (Vault.ChangeKey) replaces the raw key the
// database is encrypted with, so an old recovery code (or a copy of the
// old key taken from the keyring) no longer opens it. It is crash-safe in
// four steps, each durable before the next:
//
//  1. The sidecar gains "key_change": the new key's fingerprint, the new
//     key sealed under the old, the old sealed under the new, and (when a
//     passphrase is set) the new key wrapped under the passphrase.
//  2. PRAGMA rekey re-encrypts every page with the new key in one
//     transaction (the WAL is checkpointed before and after).
//  3. The sidecar is written for the new key alone (fingerprint,
//     passphrase wrap, MAC), without "key_change".
//  4. In ModeKeyring the keyring gets the new key.
//
// If Parley stops on the way, the next open finds "key_change" and either
// key (from the keyring, the passphrase or the recovery code) leads to the
// other: a database that opens with the new key is finished (steps 3 and
// 4); one that still opens with the old key drops "key_change", and
// nothing has changed. A change finished that way returns no recovery code
// to anyone: Settings shows the current one ("Show my recovery code").

// Errors of the key change.
const (
	ErrKeyChangeFailed Error = "Parley could not change the vault's key. Your vault is as it was, and your recovery code still opens it. Please check that the disk is not full and try again."
)

// keyChange is the sidecar's record of a key change under way.
type keyChange struct {
	Fingerprint string      `json:"key_fingerprint"` // the new key's
	NewUnderOld []byte      `json:"new_under_old"`   // XChaCha20-Poly1305, see sealKey
	OldUnderNew []byte      `json:"old_under_new"`
	Passphrase  *wrappedKey `json:"passphrase,omitempty"` // the new key under the passphrase
}

// sealKey seals secret under a key derived from key (HMAC-SHA-256 with
// "parley-key-change-v1"), with the vault ID as additional data; the
// 24-byte nonce comes first.
func sealKey(key, secret []byte, vaultID string) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(keyChangeKey(key))
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(secret)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, secret, []byte("parley-key-change-v1:"+vaultID)), nil
}

func openKeyBox(key, sealed []byte, vaultID string) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(keyChangeKey(key))
	if err != nil {
		return nil, err
	}
	if len(sealed) != aead.NonceSize()+keyLen+aead.Overhead() {
		return nil, errors.New("sealed key of the wrong length")
	}
	return aead.Open(nil, sealed[:aead.NonceSize()], sealed[aead.NonceSize():], []byte("parley-key-change-v1:"+vaultID))
}

func keyChangeKey(key []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("parley-key-change-v1"))
	return m.Sum(nil)
}

// ChangeKey gives the vault a new random key and returns its recovery
// code (show it at once: the old code no longer opens the vault). When the
// vault has a passphrase it must be given (it wraps the new key):
// ErrPassphraseRequired when empty, ErrWrongPassphrase when it does not
// open the vault. In ModeKeyring the keyring gets the new key; if that
// fails the change still stands and KeyringNote says why. On any other
// failure the vault keeps its old key (ErrKeyChangeFailed).
func (v *Vault) ChangeKey(passphrase string) (RecoveryCode, error) {
	if err := v.ready(); err != nil {
		return "", err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return "", ErrClosed
	}
	if v.side.Passphrase != nil {
		if passphrase == "" {
			return "", ErrPassphraseRequired
		}
		old, err := v.side.Passphrase.unwrap(passphrase, v.side.VaultID)
		if err != nil {
			return "", err
		}
		if !hmac.Equal(old, v.key) {
			return "", ErrWrongPassphrase
		}
	}
	next, err := newKey()
	if err != nil {
		return "", err
	}
	change, err := v.prepareKeyChange(next, passphrase)
	if err != nil {
		return "", fail(ErrKeyChangeFailed, err)
	}
	begun := v.side
	begun.KeyChange = change
	if err := v.store.writeSidecar(&begun, v.key); err != nil { // step 1
		return "", fail(ErrKeyChangeFailed, err)
	}
	if err := rekey(v.db, next); err != nil { // step 2
		begun.KeyChange = nil
		_ = v.store.writeSidecar(&begun, v.key)
		return "", fail(ErrKeyChangeFailed, err)
	}
	// From here the database is under the new key, whatever happens next.
	clear(v.key)
	v.key, v.side = next, begun
	// The pool's DSN still names the old key: open afresh with the new one.
	_ = closeDB(v.db)
	db, err := openDB(v.store.path(dbName), next)
	if err != nil {
		v.db = nil
		return "", fail(ErrWriteFailed, err)
	}
	v.db = db
	done := finishedSidecar(begun)
	if err := v.store.writeSidecar(&done, next); err != nil { // step 3; if it fails, the next open does it
		return "", fail(ErrWriteFailed, err)
	}
	v.side = done
	if done.Mode == ModeKeyring { // step 4
		v.keyringNote = v.store.keyringSet(done.VaultID, next)
	}
	return newRecoveryCode(next), nil
}

// prepareKeyChange is step 1's record for a change to next.
func (v *Vault) prepareKeyChange(next []byte, passphrase string) (*keyChange, error) {
	c := &keyChange{Fingerprint: fingerprint(next)}
	var err error
	if c.NewUnderOld, err = sealKey(v.key, next, v.side.VaultID); err != nil {
		return nil, err
	}
	if c.OldUnderNew, err = sealKey(next, v.key, v.side.VaultID); err != nil {
		return nil, err
	}
	if v.side.Passphrase != nil {
		if c.Passphrase, err = wrapKey(next, passphrase, v.side.VaultID, v.store.argonParams()); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// finishedSidecar is the sidecar of a finished change: the new key's.
func finishedSidecar(sc sidecar) sidecar {
	sc.Fingerprint = sc.KeyChange.Fingerprint
	if sc.Passphrase != nil {
		sc.Passphrase = sc.KeyChange.Passphrase
	}
	sc.KeyChange = nil
	return sc
}

// rekey re-encrypts the whole database with key, checkpointing the WAL
// before (so no page under the old key stays in it) and after.
func rekey(db *sql.DB, key []byte) error {
	if err := checkpoint(db); err != nil {
		return err
	}
	// PRAGMA takes no bound parameters; the key is our own hex.
	if _, err := db.Exec(`PRAGMA rekey = "` + rawKeyString(key) + `"`); err != nil {
		return err
	}
	return checkpoint(db)
}

// settleKeyChange finishes or undoes a key change that was interrupted
// (see the top of this file). key is whichever key the person brought:
// the old or the new. It returns the key and sidecar to open with.
func (s Store) settleKeyChange(key []byte, sc sidecar) ([]byte, sidecar, error) {
	c := sc.KeyChange
	var oldKey, newKey []byte
	var err error
	switch {
	case sc.fits(key):
		oldKey = key
		newKey, err = openKeyBox(key, c.NewUnderOld, sc.VaultID)
	case fingerprint(key) == c.Fingerprint:
		newKey = key
		oldKey, err = openKeyBox(key, c.OldUnderNew, sc.VaultID)
	default:
		return key, sc, nil // not this vault's key: the caller says so
	}
	if err != nil || fingerprint(newKey) != c.Fingerprint || !sc.fits(oldKey) {
		return nil, sc, fail(ErrDamaged, fmt.Errorf("key change record does not open: %v", err))
	}
	authentic := sc.authentic(oldKey)
	macKey := func(k []byte) []byte {
		if authentic {
			return k
		}
		return nil // a changed sidecar stays unauthenticated: checkSidecar deals with it
	}
	if db, err := openDB(s.path(dbName), newKey); err == nil {
		_ = closeDB(db)
		done := finishedSidecar(sc)
		if err := s.writeSidecar(&done, macKey(newKey)); err != nil {
			return nil, sc, err
		}
		if authentic && done.Mode == ModeKeyring {
			_ = s.keyringSet(done.VaultID, newKey) // retried by every later unlock that is not through the keyring
		}
		return newKey, done, nil
	}
	undone := sc
	undone.KeyChange = nil
	if err := s.writeSidecar(&undone, macKey(oldKey)); err != nil {
		return nil, sc, err
	}
	return oldKey, undone, nil
}
