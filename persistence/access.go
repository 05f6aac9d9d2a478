package persistence

import (
	"context"
	"encoding/hex"
	"errors"
	"strings"
)

// ID is the vault's random ID (it names the keyring account).
func (v *Vault) ID() string {
	if v == nil {
		return ""
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.side.VaultID
}

// Mode is how the vault opens.
func (v *Vault) Mode() Mode {
	if v == nil {
		return ""
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.side.Mode
}

// HasPassphrase reports whether a passphrase opens the vault.
func (v *Vault) HasPassphrase() bool {
	if v == nil {
		return false
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.side.Passphrase != nil
}

// RecoveryCode is the vault's recovery code (empty once the vault is
// closed).
func (v *Vault) RecoveryCode() RecoveryCode {
	if v == nil {
		return ""
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ""
	}
	return newRecoveryCode(v.key)
}

// CheckPassphrase reports whether pass is the vault's passphrase: nil, or
// ErrWrongPassphrase, ErrNoPassphraseSet, ErrClosed. It takes a moment
// (Argon2id), so call it off the UI goroutine.
func (v *Vault) CheckPassphrase(pass string) error {
	if v == nil {
		return ErrClosed
	}
	v.mu.Lock()
	side, closed := v.side, v.db == nil
	v.mu.Unlock()
	if closed {
		return ErrClosed
	}
	if side.Passphrase == nil {
		return ErrNoPassphraseSet
	}
	key, err := side.Passphrase.unwrap(pass, side.VaultID)
	if err != nil {
		return err
	}
	defer clear(key)
	if !side.fits(key) {
		return ErrWrongPassphrase
	}
	return nil
}

// KeyringNote is nil when the keyring holds the key as it should, or the
// keyring error (ErrKeyringUnavailable, ErrKeyringTimeout) that kept
// Create or an unlock in ModeKeyring from storing it there. The vault is
// open either way; the UI may mention it.
func (v *Vault) KeyringNote() error {
	if v == nil {
		return nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.keyringNote
}

// SetMode changes how the vault opens.
//   - ModeAsk needs a passphrase (ErrPassphraseRequired). The mode is
//     recorded first, then the key is deleted from the keyring. If the
//     keyring cannot delete it, the mode has still changed and the keyring
//     error is returned, so the person knows the key may still be there.
//   - ModeKeyring stores the key in the keyring first (a keyring error is
//     returned and nothing changes), then records the mode. Calling it in
//     ModeKeyring puts the key back into the keyring.
func (v *Vault) SetMode(m Mode) error {
	if err := v.ready(); err != nil {
		return err
	}
	if !m.valid() {
		return ErrInvalidMode
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ErrClosed
	}
	if m == ModeKeyring {
		if err := v.store.keyringSet(v.side.VaultID, v.key); err != nil {
			return err
		}
		v.keyringNote = nil
		return v.recordMode(m)
	}
	if v.side.Passphrase == nil {
		return ErrPassphraseRequired
	}
	if err := v.recordMode(m); err != nil {
		return err
	}
	return v.store.keyringDelete(v.side.VaultID)
}

// recordMode writes the mode to the sidecar (the truth) and to the meta
// table (a hint for rebuilding a lost sidecar). Call with v.mu held.
func (v *Vault) recordMode(m Mode) error {
	sc := v.side
	sc.Mode = m
	if err := v.store.writeSidecar(&sc, v.key); err != nil {
		return err
	}
	v.side = sc
	// The hint failing changes nothing for opening; the sidecar decides.
	_ = setMeta(context.Background(), v.db, "mode", string(m))
	return nil
}

// SetPassphrase sets or changes the passphrase: the key is sealed again
// under newPass with a fresh salt, and the sidecar replaced atomically, so
// at every moment either the old or the new passphrase opens the vault.
// It takes a moment (Argon2id), so call it off the UI goroutine.
func (v *Vault) SetPassphrase(newPass string) error {
	if err := v.ready(); err != nil {
		return err
	}
	if newPass == "" {
		return ErrPassphraseRequired
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ErrClosed
	}
	w, err := wrapKey(v.key, newPass, v.side.VaultID, v.store.argonParams())
	if err != nil {
		return err
	}
	sc := v.side
	sc.Passphrase = w
	if err := v.store.writeSidecar(&sc, v.key); err != nil {
		return err
	}
	v.side = sc
	return nil
}

// RemovePassphrase removes the passphrase, leaving the keyring and the
// recovery code as the ways in. Only in ModeKeyring (in ModeAsk the
// passphrase is the way in: ErrPassphraseRequired), and only once the
// keyring has been seen to hold this vault's key; otherwise the keyring's
// error is returned and the passphrase stays.
func (v *Vault) RemovePassphrase() error {
	if err := v.ready(); err != nil {
		return err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.db == nil {
		return ErrClosed
	}
	if v.side.Mode != ModeKeyring {
		return ErrPassphraseRequired
	}
	if v.side.Passphrase == nil {
		return nil
	}
	if err := v.store.keyringSet(v.side.VaultID, v.key); err != nil {
		return err
	}
	secret, err := v.store.keyringGet(context.Background(), v.side.VaultID)
	if err != nil {
		return err
	}
	if got, err := hex.DecodeString(strings.TrimSpace(secret)); err != nil || !v.side.fits(got) {
		return fail(ErrKeyringUnavailable, errors.New("the keyring gave back a different key"))
	}
	sc := v.side
	sc.Passphrase = nil
	if err := v.store.writeSidecar(&sc, v.key); err != nil {
		return err
	}
	v.side = sc
	v.keyringNote = nil
	return nil
}
