package persistence

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"

	"parleyapp.org/parley/internal/atomicfile"
)

// sidecarFormat is the version of the sidecar file this build writes and
// reads; a higher number was written by a newer Parley.
const sidecarFormat = 1

// sidecar is the small JSON file beside the database that can be read
// without unlocking. It holds nothing personal: which vault this is, how it
// opens, a fingerprint of its key, and (when a passphrase is set) the key
// sealed under the passphrase.
type sidecar struct {
	Format      int         `json:"format"`
	VaultID     string      `json:"vault_id"`        // 32 hex digits, random; names the keyring account
	Mode        Mode        `json:"mode"`            // how the vault opens
	Fingerprint string      `json:"key_fingerprint"` // see fingerprint
	Passphrase  *wrappedKey `json:"passphrase,omitempty"`
	// MAC authenticates every field above under the vault key (see
	// sidecarMAC); empty in a sidecar written before Parley had it.
	MAC string `json:"mac,omitempty"`
	// KeyChange is there only while a key change is under way (keychange.go).
	KeyChange *keyChange `json:"key_change,omitempty"`
}

// wrappedKey is the vault key sealed with XChaCha20-Poly1305 under a key
// derived from the passphrase by Argon2id. The additional data is
// "parley-wrap-v1:" followed by the vault ID, so a sealed key cannot be
// moved to another vault's sidecar.
type wrappedKey struct {
	KDF       string `json:"kdf"` // "argon2id"
	Time      uint32 `json:"time"`
	MemoryKiB uint32 `json:"memory_kib"`
	Threads   uint8  `json:"threads"`
	Salt      []byte `json:"salt"`   // 16 random bytes
	Cipher    string `json:"cipher"` // "xchacha20poly1305"
	Nonce     []byte `json:"nonce"`  // 24 random bytes
	Sealed    []byte `json:"sealed_key"`
}

// argonParams are Argon2id's cost settings.
type argonParams struct {
	Time      uint32
	MemoryKiB uint32
	Threads   uint8
}

// defaultArgon is what new passphrases use: about a quarter of a second
// and 64 MiB on a modest two-core laptop, so guessing is slow.
func defaultArgon() argonParams { return argonParams{Time: 3, MemoryKiB: 64 * 1024, Threads: 2} }

// Limits on stored parameters, so a tampered sidecar cannot make Parley
// allocate gigabytes or spin for minutes.
const (
	maxArgonTime   = 20
	maxArgonMemory = 1024 * 1024 // KiB, 1 GiB
	maxArgonThread = 16
)

const (
	kdfName    = "argon2id"
	cipherName = "xchacha20poly1305"
	saltLen    = 16
	vaultIDLen = 16
)

// fingerprint identifies a key without revealing it: hex of the first 16
// bytes of SHA-256("parley-key-fingerprint-v1" || key). A key whose
// fingerprint matches the sidecar's is this vault's key, so if the
// database then does not open, the file is damaged rather than the key
// wrong.
func fingerprint(key []byte) string {
	h := sha256.New()
	h.Write([]byte("parley-key-fingerprint-v1"))
	h.Write(key)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func (sc sidecar) fits(key []byte) bool {
	return subtle.ConstantTimeCompare([]byte(fingerprint(key)), []byte(sc.Fingerprint)) == 1
}

func wrapAD(vaultID string) []byte { return []byte("parley-wrap-v1:" + vaultID) }

// wrapKey seals key under passphrase with fresh salt and nonce.
func wrapKey(key []byte, passphrase, vaultID string, p argonParams) (*wrappedKey, error) {
	w := &wrappedKey{KDF: kdfName, Time: p.Time, MemoryKiB: p.MemoryKiB, Threads: p.Threads,
		Cipher: cipherName, Salt: make([]byte, saltLen), Nonce: make([]byte, chacha20poly1305.NonceSizeX)}
	if _, err := rand.Read(w.Salt); err != nil {
		return nil, err
	}
	if _, err := rand.Read(w.Nonce); err != nil {
		return nil, err
	}
	aead, err := chacha20poly1305.NewX(w.derive(passphrase))
	if err != nil {
		return nil, err
	}
	w.Sealed = aead.Seal(nil, w.Nonce, key, wrapAD(vaultID))
	return w, nil
}

// unwrapKey opens the sealed key; a wrong passphrase fails the AEAD check
// and gives ErrWrongPassphrase.
func (w *wrappedKey) unwrap(passphrase, vaultID string) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(w.derive(passphrase))
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	key, err := aead.Open(nil, w.Nonce, w.Sealed, wrapAD(vaultID))
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	return key, nil
}

func (w *wrappedKey) derive(passphrase string) []byte {
	return argon2.IDKey([]byte(passphrase), w.Salt, w.Time, w.MemoryKiB, w.Threads, chacha20poly1305.KeySize)
}

func (w *wrappedKey) check() error {
	switch {
	case w.KDF != kdfName || w.Cipher != cipherName:
		return fmt.Errorf("unknown kdf %q or cipher %q", w.KDF, w.Cipher)
	case w.Time < 1 || w.Time > maxArgonTime || w.MemoryKiB < 8 || w.MemoryKiB > maxArgonMemory ||
		w.Threads < 1 || w.Threads > maxArgonThread:
		return errors.New("argon2id parameters out of range")
	case len(w.Salt) != saltLen || len(w.Nonce) != chacha20poly1305.NonceSizeX ||
		len(w.Sealed) != keyLen+chacha20poly1305.Overhead:
		return errors.New("wrong salt, nonce or sealed key length")
	}
	return nil
}

// check reports a sidecar that this build cannot trust: ErrNewerVersion
// for a newer format, ErrDamaged for anything malformed.
func (sc sidecar) check() error {
	if sc.Format > sidecarFormat {
		return ErrNewerVersion
	}
	if sc.Format != sidecarFormat {
		return fail(ErrDamaged, fmt.Errorf("sidecar format %d", sc.Format))
	}
	if !isHex(sc.VaultID, vaultIDLen) || !isHex(sc.Fingerprint, 16) || !sc.Mode.valid() {
		return fail(ErrDamaged, errors.New("sidecar fields malformed"))
	}
	if sc.MAC != "" && !isHex(sc.MAC, sha256.Size) {
		return fail(ErrDamaged, errors.New("sidecar MAC malformed"))
	}
	if sc.Passphrase != nil {
		if err := sc.Passphrase.check(); err != nil {
			return fail(ErrDamaged, err)
		}
	}
	if c := sc.KeyChange; c != nil {
		if !isHex(c.Fingerprint, 16) || (c.Passphrase == nil) != (sc.Passphrase == nil) {
			return fail(ErrDamaged, errors.New("key change record malformed"))
		}
		if c.Passphrase != nil {
			if err := c.Passphrase.check(); err != nil {
				return fail(ErrDamaged, err)
			}
		}
	}
	return nil
}

func isHex(s string, bytes int) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == bytes && s == hex.EncodeToString(b)
}

// readSidecar reads and checks the sidecar. A missing or unreadable file
// is ErrDamaged (wrapping the cause, e.g. os.ErrNotExist).
func (s Store) readSidecar() (sidecar, error) {
	var sc sidecar
	data, err := os.ReadFile(s.path(sidecarName))
	if err != nil {
		return sc, fail(ErrDamaged, err)
	}
	if err := json.Unmarshal(data, &sc); err != nil {
		return sc, fail(ErrDamaged, err)
	}
	return sc, sc.check()
}

// writeSidecar replaces the sidecar atomically, authenticated under key
// (with a nil key, as it is: for tests that write a sidecar by hand).
func (s Store) writeSidecar(sc *sidecar, key []byte) error {
	if key != nil {
		sc.MAC = sidecarMAC(key, *sc)
	}
	data, err := json.MarshalIndent(sc, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(s.path(sidecarName), append(data, '\n')); err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// newVaultID draws a random vault ID.
func newVaultID() (string, error) {
	b := make([]byte, vaultIDLen)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// newKey draws a random 32-byte vault key.
func newKey() ([]byte, error) {
	key := make([]byte, keyLen)
	_, err := rand.Read(key)
	return key, err
}

// sidecarMAC authenticates every field of the sidecar, so that nothing in
// it (above all the mode: "ask" turned into "keyring" would make Parley put
// the key into the keyring) can be changed without the vault key. It is
// HMAC-SHA-256 under HMAC-SHA-256(key, "parley-sidecar-mac-key-v1") over
// the canonical encoding of canonicalFields, each field as a 4-byte
// big-endian length and its bytes; written as 64 hex digits.
func sidecarMAC(key []byte, sc sidecar) string {
	k := hmac.New(sha256.New, key)
	k.Write([]byte("parley-sidecar-mac-key-v1"))
	m := hmac.New(sha256.New, k.Sum(nil))
	var n [4]byte
	for _, f := range sc.canonicalFields() {
		binary.BigEndian.PutUint32(n[:], uint32(len(f)))
		m.Write(n[:])
		m.Write(f)
	}
	return hex.EncodeToString(m.Sum(nil))
}

// canonicalFields lists the sidecar's fields in a fixed order: a label,
// format, vault_id, mode, key_fingerprint, then either "no-passphrase" or
// "passphrase" followed by kdf, time, memory_kib, threads, salt, cipher,
// nonce and sealed_key (numbers in decimal, bytes raw); then, only while a
// key change is under way, "key-change", its key_fingerprint,
// new_under_old, old_under_new and its passphrase as before.
func (sc sidecar) canonicalFields() [][]byte {
	f := [][]byte{[]byte("parley-sidecar-v1"), []byte(strconv.Itoa(sc.Format)), []byte(sc.VaultID),
		[]byte(sc.Mode), []byte(sc.Fingerprint)}
	f = append(f, wrapFields(sc.Passphrase)...)
	if c := sc.KeyChange; c != nil {
		f = append(f, []byte("key-change"), []byte(c.Fingerprint), c.NewUnderOld, c.OldUnderNew)
		f = append(f, wrapFields(c.Passphrase)...)
	}
	return f
}

// wrapFields is a wrapped key's part of canonicalFields.
func wrapFields(w *wrappedKey) [][]byte {
	if w == nil {
		return [][]byte{[]byte("no-passphrase")}
	}
	return [][]byte{[]byte("passphrase"), []byte(w.KDF), []byte(strconv.FormatUint(uint64(w.Time), 10)),
		[]byte(strconv.FormatUint(uint64(w.MemoryKiB), 10)), []byte(strconv.FormatUint(uint64(w.Threads), 10)),
		w.Salt, []byte(w.Cipher), w.Nonce, w.Sealed}
}

// authentic reports whether the sidecar carries a MAC that fits key.
func (sc sidecar) authentic(key []byte) bool {
	return sc.MAC != "" && hmac.Equal([]byte(sc.MAC), []byte(sidecarMAC(key, sc)))
}
