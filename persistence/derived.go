package persistence

// Derived data: what is worked out from a protected list is as private as
// the list. A saved comparison, the limits a person brought into a draft
// from their protected list, and the discoveries in their debrief are kept
// sealed to that person, so a partner at the same keyboard (with the vault
// open) reads none of it without the person's PIN.
//
// Sealing to a person must work while that person is not at the keyboard:
// a draft is autosaved long after the PIN was typed, and a debrief may be
// written on another day. So every protected profile has an X25519 key
// pair (table profile_keys): the public half is plain, so anyone can seal
// to the person; the private half is a profile row like their answers,
// sealed by their codec under the PIN-derived key (and re-sealed by
// SealPerson whenever the PIN changes, because profile_keys is one of
// profileTables).
//
// A sealed value (a "box") is JSON:
//
//	{"v":1, "epk": ephemeral X25519 public key, "to": [{"profile": id, "key": wrapped content key}],
//	 "nonce": 24 bytes, "ct": XChaCha20-Poly1305(content key, plain, ad)}
//
// The content key is 32 random bytes, one per box. For each recipient it is
// wrapped with XChaCha20-Poly1305 under HKDF-SHA-256(X25519(ephemeral,
// recipient), salt epk || recipient public key, info "parley-derived-v1").
// Both the wrap and the content carry as associated data the box's place
// ("comparisons|<id>", "limits|<negotiation>|<participant>",
// "discoveries|<negotiation>|<participant>") and the recipient, so a box
// cannot be moved to another row and still open.
//
// A box opens with the Person of any one recipient (see openBox): for a
// comparison between two protected people, either PIN opens it.

import (
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"

	"golang.org/x/crypto/chacha20poly1305"
)

// Errors of derived data.
const (
	// ErrProtectedResult: the value is sealed to protected lists and the
	// person given is none of them (or none was given).
	ErrProtectedResult Error = "This is protected by a PIN: only someone whose protected list it belongs to can open it, with their PIN."
	// ErrNeedsPINOnce: a protected list whose PIN has not been entered
	// since this version of Parley, so nothing can be sealed to it yet.
	ErrNeedsPINOnce Error = "This belongs to a protected list that has not been opened with its PIN since Parley was updated, so it can't be kept safely yet. Open that list once with its PIN (in Checklist), then try again; nothing you typed is lost."
)

const (
	keysTable   = "profile_keys"
	keySlot     = "x25519"
	derivedInfo = "parley-derived-v1"
)

type boxWrap struct {
	Profile string `json:"profile"`
	Key     []byte `json:"key"`
}

type box struct {
	V     int       `json:"v"`
	EPK   []byte    `json:"epk"`
	To    []boxWrap `json:"to"`
	Nonce []byte    `json:"nonce"`
	CT    []byte    `json:"ct"`
}

// rowQuerier is what *sql.DB and *sql.Tx offer for one row.
type rowQuerier interface {
	QueryRow(string, ...any) *sql.Row
}

// ensureKeys gives a profile its key pair, the private half sealed by c,
// unless it has one already.
func ensureKeys(tx *sql.Tx, profileID string, c codec) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM profile_keys WHERE profile_id = ?`, profileID).Scan(&n); err != nil || n > 0 {
		return err
	}
	priv, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	payload, err := c.encode(keysTable, envelope{Slot: keySlot, Data: priv.Bytes()})
	if err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO profile_keys (profile_id, public, slot, payload) VALUES (?, ?, ?, ?)`,
		profileID, priv.PublicKey().Bytes(), c.slot(keySlot), payload)
	return err
}

// publicKey is a profile's public key; ErrNeedsPINOnce when it has none.
func publicKey(q rowQuerier, profileID string) (*ecdh.PublicKey, error) {
	var pub []byte
	err := q.QueryRow(`SELECT public FROM profile_keys WHERE profile_id = ?`, profileID).Scan(&pub)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNeedsPINOnce
	}
	if err != nil {
		return nil, err
	}
	return ecdh.X25519().NewPublicKey(pub)
}

// privateKey reads person's private key through their codec.
func privateKey(q rowQuerier, p *Person) (*ecdh.PrivateKey, error) {
	var payload []byte
	err := q.QueryRow(`SELECT payload FROM profile_keys WHERE profile_id = ?`, p.ID).Scan(&payload)
	if err != nil {
		return nil, err
	}
	var env struct {
		Data []byte `json:"data"`
	}
	if err := p.codec.decode(keysTable, payload, &env); err != nil {
		return nil, err
	}
	defer clear(env.Data)
	return ecdh.X25519().NewPrivateKey(env.Data)
}

func wrapKey32(shared, epk, pub []byte) ([]byte, error) {
	return hkdf.Key(sha256.New, shared, append(slices.Clone(epk), pub...), derivedInfo, chacha20poly1305.KeySize)
}

func boxAD(place, profile string) []byte { return []byte(derivedInfo + "|" + place + "|" + profile) }

// sealBox seals v (as JSON) to every profile in to, for the row named by
// place.
func sealBox(q rowQuerier, to []string, place string, v any) ([]byte, error) {
	plain, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	defer clear(plain)
	content := make([]byte, chacha20poly1305.KeySize)
	if _, err := rand.Read(content); err != nil {
		return nil, err
	}
	defer clear(content)
	eph, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	b := box{V: 1, EPK: eph.PublicKey().Bytes()}
	for _, id := range to {
		pub, err := publicKey(q, id)
		if err != nil {
			return nil, err
		}
		shared, err := eph.ECDH(pub)
		if err != nil {
			return nil, err
		}
		kek, err := wrapKey32(shared, b.EPK, pub.Bytes())
		clear(shared)
		if err != nil {
			return nil, err
		}
		wrapped, err := aeadSeal(kek, content, boxAD(place, id))
		clear(kek)
		if err != nil {
			return nil, err
		}
		b.To = append(b.To, boxWrap{Profile: id, Key: wrapped})
	}
	sealed, err := aeadSeal(content, plain, boxAD(place, ""))
	if err != nil {
		return nil, err
	}
	n := chacha20poly1305.NonceSizeX
	b.Nonce, b.CT = sealed[:n], sealed[n:]
	return json.Marshal(b)
}

// openBox opens a box with one of its recipients, into v.
// ErrProtectedResult when person is nil or not a recipient.
func openBox(q rowQuerier, p *Person, place string, data []byte, v any) error {
	var b box
	if err := json.Unmarshal(data, &b); err != nil || b.V != 1 {
		return fail(ErrDamaged, err)
	}
	if p == nil {
		return ErrProtectedResult
	}
	i := slices.IndexFunc(b.To, func(w boxWrap) bool { return w.Profile == p.ID })
	if i < 0 {
		return ErrProtectedResult
	}
	priv, err := privateKey(q, p)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrProtectedResult
	}
	if err != nil {
		return fail(ErrDamaged, err)
	}
	epk, err := ecdh.X25519().NewPublicKey(b.EPK)
	if err != nil {
		return fail(ErrDamaged, err)
	}
	shared, err := priv.ECDH(epk)
	if err != nil {
		return fail(ErrDamaged, err)
	}
	kek, err := wrapKey32(shared, b.EPK, priv.PublicKey().Bytes())
	clear(shared)
	if err != nil {
		return fail(ErrDamaged, err)
	}
	content, err := aeadOpen(kek, b.To[i].Key, boxAD(place, p.ID))
	clear(kek)
	if err != nil {
		return fail(ErrDamaged, err)
	}
	defer clear(content)
	plain, err := aeadOpen(content, append(slices.Clone(b.Nonce), b.CT...), boxAD(place, ""))
	if err != nil {
		return fail(ErrDamaged, err)
	}
	defer clear(plain)
	if err := json.Unmarshal(plain, v); err != nil {
		return fail(ErrDamaged, err)
	}
	return nil
}

// aeadSeal is XChaCha20-Poly1305 with a random nonce in front.
func aeadSeal(key, plain, ad []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plain)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plain, ad), nil
}

func aeadOpen(key, sealed, ad []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < aead.NonceSize() {
		return nil, errors.New("sealed value too short")
	}
	return aead.Open(nil, sealed[:aead.NonceSize()], sealed[aead.NonceSize():], ad)
}

// protectedAmong lists which of these profiles are sealed (protected by a
// PIN), in the order given, without repeats.
func protectedAmong(q rowQuerier, ids []string) ([]string, error) {
	var out []string
	for _, id := range ids {
		if id == "" || slices.Contains(out, id) {
			continue
		}
		var sealed bool
		err := q.QueryRow(`SELECT seal IS NOT NULL FROM profiles WHERE id = ?`, id).Scan(&sealed)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		if sealed {
			out = append(out, id)
		}
	}
	return out, nil
}
