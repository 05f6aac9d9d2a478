package persistence

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// A profile can be sealed with a PIN or passphrase so that a partner using
// the same (open) vault cannot read its rows. A sealed profile's rows hold:
//   - slot names keyed with HMAC-SHA-256 under the profile key, so even
//     which activities were answered is hidden;
//   - payloads sealed with XChaCha20-Poly1305 under the profile key: with
//     encode/decode, the profile ID and table as associated data (a row
//     cannot be moved to another profile or table); the checklist's and
//     the personality test's rows go through sealRow/openRow instead,
//     which bind each row to its slot and version too and keep a manifest
//     (rows.go).
// The profile key is Argon2id(PIN, salt). A short PIN can be guessed by
// someone who has the open vault and time; the UI says so honestly.

const sealCheckText = "parley-profile-seal-v1"

// sealInfo is what profiles.seal holds: how to derive the key and a value
// that tells a wrong PIN from a right one.
type sealInfo struct {
	Salt      []byte `json:"salt"`
	Time      uint32 `json:"t"`
	MemoryKiB uint32 `json:"m"`
	Threads   uint8  `json:"p"`
	Check     []byte `json:"check"`
	// Rows is the person's row manifest, sealed (rows.go); absent in a
	// seal made before it, until the person is next opened.
	Rows []byte `json:"rows,omitempty"`
}

// codec turns a profile's rows to and from what is stored. The zero codec
// stores them as they are (an open profile).
type codec struct {
	profileID string
	key       []byte // nil for an open profile
}

func (c codec) sealed() bool { return c.key != nil }

// slot names a row within its table.
func (c codec) slot(name string) string {
	if !c.sealed() {
		return name
	}
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte("slot:" + name))
	return hex.EncodeToString(m.Sum(nil)[:20])
}

func (c codec) ad(table string) []byte { return []byte(c.profileID + "|" + table) }

// encode stores v as JSON, sealed when the profile is.
func (c codec) encode(table string, v any) ([]byte, error) {
	plain, err := json.Marshal(v)
	if err != nil || !c.sealed() {
		return plain, err
	}
	return c.seal(table, plain)
}

func (c codec) seal(table string, plain []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(c.key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plain)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plain, c.ad(table)), nil
}

// decode reads a stored payload into v.
func (c codec) decode(table string, data []byte, v any) error {
	if c.sealed() {
		aead, err := chacha20poly1305.NewX(c.key)
		if err != nil {
			return err
		}
		if len(data) < aead.NonceSize() {
			return fmt.Errorf("sealed row too short")
		}
		data, err = aead.Open(nil, data[:aead.NonceSize()], data[aead.NonceSize():], c.ad(table))
		if err != nil {
			return err
		}
	}
	return json.Unmarshal(data, v)
}

// newSeal draws a salt and derives a key for pin.
func newSeal(profileID, pin string, p argonParams) (sealInfo, codec, error) {
	info := sealInfo{Salt: make([]byte, 16), Time: p.Time, MemoryKiB: p.MemoryKiB, Threads: p.Threads}
	if _, err := rand.Read(info.Salt); err != nil {
		return sealInfo{}, codec{}, err
	}
	c := codec{profileID: profileID, key: info.derive(pin)}
	check, err := c.seal("check", []byte(sealCheckText))
	if err != nil {
		return sealInfo{}, codec{}, err
	}
	info.Check = check
	return info, c, nil
}

func (s sealInfo) derive(pin string) []byte {
	return argon2.IDKey([]byte(pin), s.Salt, s.Time, s.MemoryKiB, s.Threads, chacha20poly1305.KeySize)
}

// open derives the key for pin and checks it: ErrWrongPIN when it does not fit.
func (s sealInfo) open(profileID, pin string) (codec, error) {
	if s.Time < 1 || s.Time > maxArgonTime || s.MemoryKiB < 8 || s.MemoryKiB > maxArgonMemory || s.Threads < 1 || s.Threads > maxArgonThread {
		return codec{}, ErrDamaged
	}
	c := codec{profileID: profileID, key: s.derive(pin)}
	aead, err := chacha20poly1305.NewX(c.key)
	if err != nil || len(s.Check) < aead.NonceSize() {
		return codec{}, ErrDamaged
	}
	plain, err := aead.Open(nil, s.Check[:aead.NonceSize()], s.Check[aead.NonceSize():], c.ad("check"))
	if err != nil {
		return codec{}, ErrWrongPIN
	}
	if string(plain) != sealCheckText {
		return codec{}, ErrWrongPIN
	}
	return c, nil
}
