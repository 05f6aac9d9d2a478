package persistence

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// Errors of the people store.
const (
	ErrWrongPIN      Error = "That PIN does not open this list. Nothing was changed; please try again."
	ErrNameRequired  Error = "A person needs a name. Please type one and try again."
	ErrNoSuchProfile Error = "That person is no longer in this vault."
)

// Profile is one person using the vault: their name is visible to anyone
// with the vault open; what they answer is not when the profile is sealed.
type Profile struct {
	ID       string
	Name     string
	Pronouns string
	Colour   string
	Sealed   bool
	Created  time.Time
}

// Person is an opened profile: its rows can be read and written. For a
// sealed profile it holds the key derived from the PIN; drop it to close.
type Person struct {
	Profile
	codec codec
}

// Forget zeroes a sealed person's key: every later read or write with p
// fails (open the profile again to go on). Call it once nothing queued
// still uses p.
func (p *Person) Forget() {
	if p.codec.key != nil {
		clear(p.codec.key)
		p.codec.key = p.codec.key[:0] // still sealed, so nothing is ever written in the clear
	}
}

// Profiles lists every person, oldest first.
func (v *Vault) Profiles() ([]Profile, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	return queryAll(db, func(rows *sql.Rows, p *Profile) error {
		var created int64
		err := rows.Scan(&p.ID, &p.Name, &p.Pronouns, &p.Colour, &created, &p.Sealed)
		p.Created = time.Unix(created, 0)
		return err
	}, `SELECT id, name, pronouns, colour, created, seal IS NOT NULL FROM profiles ORDER BY created, id`)
}

// AddProfile adds a person (open, not sealed) and returns it with its ID.
func (v *Vault) AddProfile(p Profile) (Profile, error) {
	if err := v.ready(); err != nil {
		return Profile{}, err
	}
	p.Name = strings.TrimSpace(p.Name)
	if p.Name == "" {
		return Profile{}, ErrNameRequired
	}
	id := make([]byte, 8)
	if _, err := rand.Read(id); err != nil {
		return Profile{}, err
	}
	p.ID, p.Sealed, p.Created = hex.EncodeToString(id), false, v.store.now().Truncate(time.Second)
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO profiles (id, name, pronouns, colour, created) VALUES (?, ?, ?, ?, ?)`,
			p.ID, p.Name, strings.TrimSpace(p.Pronouns), p.Colour, p.Created.Unix())
		return err
	})

	if err != nil {
		return Profile{}, fail(ErrWriteFailed, err)
	}
	return p, nil
}

// OpenPerson opens a profile's rows; pin is ignored for an open profile.
func (v *Vault) OpenPerson(id, pin string) (*Person, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	var p Profile
	var created int64
	var seal []byte
	err = db.QueryRow(`SELECT id, name, pronouns, colour, created, seal FROM profiles WHERE id = ?`, id).
		Scan(&p.ID, &p.Name, &p.Pronouns, &p.Colour, &created, &seal)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoSuchProfile
	}
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	p.Created, p.Sealed = time.Unix(created, 0), seal != nil
	person := &Person{Profile: p, codec: codec{profileID: p.ID}}
	if seal == nil {
		return person, nil
	}
	var info sealInfo
	if err := json.Unmarshal(seal, &info); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	person.codec, err = info.open(p.ID, pin)
	if err != nil {
		return nil, err
	}
	if err := v.checkRows(person.codec); err != nil {
		return nil, err
	}
	v.catchUp(person) // derived.go: seal what was kept plain before
	return person, nil
}

// checkRows reads every versioned row of a sealed person and checks it
// against their manifest (ErrRowsChanged); a person sealed before
// manifests gets one now, their rows written again in the new form.
func (v *Vault) checkRows(c codec) error {
	ctx := context.Background()
	migrated := false
	err := v.tx(ctx, func(tx *sql.Tx) error {
		info, err := loadSeal(ctx, tx, c.profileID)
		if err != nil {
			return err
		}
		m, err := c.manifestOf(info)
		if err != nil {
			return err
		}
		if m == nil {
			if m, err = rewriteRows(ctx, tx, c, nil, true, c); err != nil {
				return err
			}
			migrated = true
			return c.saveSeal(ctx, tx, info, m)
		}
		for _, t := range append(append([]string{}, keyedTables...), appendedTables...) {
			if _, err := readRows(ctx, tx, c, m, false, t); err != nil {
				return err
			}
		}
		return nil
	})

	if migrated {
		v.checkpointNow() // the rows in their old form leave the WAL
	}
	return writeFailed(err)
}

// SealPerson seals the person's rows under a new PIN, or opens them for
// good when pin is empty. Every row is rewritten in one transaction: either
// all of them change or none does.
func (v *Vault) SealPerson(p *Person, pin string) error {
	if err := v.ready(); err != nil {
		return err
	}
	next := codec{profileID: p.ID}
	var info sealInfo
	if pin != "" {
		var err error
		if info, next, err = newSeal(p.ID, pin, v.store.argonParams()); err != nil {
			return err
		}
	}
	ctx := context.Background()
	err := v.tx(ctx, func(tx *sql.Tx) error {
		m, err := currentManifest(ctx, tx, p.codec)
		if err != nil {
			return err
		}
		nextRows, err := rewriteRows(ctx, tx, p.codec, m, false, next)
		if err != nil {
			return err
		}
		for _, t := range profileTables {
			if err := recode(tx, t, p.codec, next); err != nil {
				return err
			}
		}
		if next.sealed() {

			if err := sealDerivedOf(tx, p.ID, next); err != nil {
				return err
			}
			return next.saveSeal(ctx, tx, &info, nextRows)
		}
		_, err = tx.Exec(`UPDATE profiles SET seal = NULL WHERE id = ?`, p.ID)
		return err
	})

	if err != nil {
		return writeFailed(err)
	}
	// The rows as they were (open, or under the old PIN) leave the WAL now;
	// secure_delete has already overwritten them in the database's pages.
	v.checkpointNow()
	p.codec, p.Sealed = next, pin != ""
	return nil
}

// profileTable is a table whose rows belong to one profile.
type profileTable struct {
	name  string
	keyed bool // has a slot column (else rows are ordered by id)
}

// profileTables are a person's tables stored with codec.encode, recoded by
// SealPerson; the checklist's and the personality test's tables are
// versioned (rows.go) and rewritten by rewriteRows.
var profileTables = []profileTable{
	{keysTable, true}, // derived.go: the list's key pair
}

// recode rewrites one table's rows of a profile from one codec to another.
func recode(tx *sql.Tx, t profileTable, from, to codec) error {
	type row struct {
		id      int64
		slot    string
		payload []byte
	}
	cols := "id, '' , payload"
	if t.keyed {
		cols = "0, slot, payload"
	}
	rows, err := tx.Query(`SELECT `+cols+` FROM `+t.name+` WHERE profile_id = ?`, from.profileID)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.slot, &r.payload); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		var content struct {
			Slot string          `json:"slot,omitempty"`
			Data json.RawMessage `json:"data"`
		}
		if err := from.decode(t.name, r.payload, &content); err != nil {
			return err
		}
		payload, err := to.encode(t.name, content)
		if err != nil {
			return err
		}
		if t.keyed {
			_, err = tx.Exec(`UPDATE `+t.name+` SET slot = ?, payload = ? WHERE profile_id = ? AND slot = ?`,
				to.slot(content.Slot), payload, from.profileID, r.slot)
		} else {
			_, err = tx.Exec(`UPDATE `+t.name+` SET payload = ? WHERE id = ?`, payload, r.id)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// envelope is how every profile row is stored: the row's plain slot name
// (inside the payload, so a sealed profile can be re-sealed) and its data.
type envelope struct {
	Slot string `json:"slot,omitempty"`
	Data any    `json:"data"`
}
