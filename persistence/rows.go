package persistence

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/crypto/chacha20poly1305"
)

// A sealed person's rows in answers, custom_activities, answer_history and
// quiz_results are bound to their place and their version, so that someone
// who holds the vault's key (but not the PIN) cannot put an older row back
// (a Hard limit read as the Yes it once was), move a row to another slot
// or person, or remove one without it being noticed:
//
//   - Each row is sealed (XChaCha20-Poly1305 under the PIN key) with the
//     additional data "parley-row-v2|" + profile ID + "|" + table + "|" +
//     slot + "|" + version, where slot is the stored slot name (keyed
//     tables) or "#" + the row's id (answer_history, quiz_results), and
//     version a number that grows with every write of that person. The
//     stored payload is the version (8 bytes, big-endian), the 24-byte
//     nonce and the sealed JSON.
//   - The person's row manifest, sealed under the PIN key too and kept in
//     profiles.seal ("rows"), lists the version of every keyed row and the
//     count and last id of the appended ones. It is rewritten in the same
//     transaction as every row.
//   - Opening the person checks every row against it, and each read does
//     again: a row with another version, a row in the wrong place, a row
//     missing or a row too many is ErrRowsChanged, and nothing is read.
//
// A sealed person from before (no manifest) is moved to this form when it
// is next opened with its PIN. An open person's rows are plain JSON: anyone
// with the vault's key may change them, and only the schema check
// (schema.go) stands in the way of SQL planted in the file. A rollback of
// the whole vault file, or of one person's rows and seal together, to an
// earlier copy is not detected (see docs/threat-model-vault.md).

// ErrRowsChanged: a sealed person's rows do not match their manifest.
const ErrRowsChanged Error = "Part of this protected list is not as Parley last saved it: something outside Parley changed, moved, removed or put back an older copy of it. So that no answer is read as something it is not, the list was not opened and nothing was changed. A backup from before the change can be restored from Settings."

// The tables of a person's versioned rows.
var (
	keyedTables    = []string{"answers", "custom_activities"}
	appendedTables = []string{"answer_history", "quiz_results"}
)

// rowManifest is what a sealed person's rows should be.
type rowManifest struct {
	Counter  uint64                       `json:"counter"`
	Slots    map[string]map[string]uint64 `json:"slots"`    // table, stored slot: version
	Appended map[string]appendedRows      `json:"appended"` // table: its rows
}

type appendedRows struct {
	Count int   `json:"count"`
	Last  int64 `json:"last"`
}

func newManifest() *rowManifest {
	m := &rowManifest{Slots: map[string]map[string]uint64{}, Appended: map[string]appendedRows{}}
	for _, t := range keyedTables {
		m.Slots[t] = map[string]uint64{}
	}
	return m
}

func rowAD(profileID, table, slot string, version uint64) []byte {
	return []byte("parley-row-v2|" + profileID + "|" + table + "|" + slot + "|" + strconv.FormatUint(version, 10))
}

// sealRow stores v for table and slot at version: sealed and bound for a
// sealed person, plain JSON for an open one.
func (c codec) sealRow(table, slot string, version uint64, v any) ([]byte, error) {
	plain, err := json.Marshal(v)
	if err != nil || !c.sealed() {
		return plain, err
	}
	aead, err := chacha20poly1305.NewX(c.key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 8+aead.NonceSize(), 8+aead.NonceSize()+len(plain)+aead.Overhead())
	binary.BigEndian.PutUint64(out, version)
	if _, err := rand.Read(out[8:]); err != nil {
		return nil, err
	}
	return aead.Seal(out, out[8:], plain, rowAD(c.profileID, table, slot, version)), nil
}

// openRow reads what sealRow stored into v and returns its version (0 for
// an open person). A row that was not sealed for this place fails.
func (c codec) openRow(table, slot string, data []byte, v any) (uint64, error) {
	if !c.sealed() {
		return 0, json.Unmarshal(data, v)
	}
	aead, err := chacha20poly1305.NewX(c.key)
	if err != nil {
		return 0, err
	}
	if len(data) < 8+aead.NonceSize()+aead.Overhead() {
		return 0, errors.New("sealed row too short")
	}
	version := binary.BigEndian.Uint64(data)
	nonce := data[8 : 8+aead.NonceSize()]
	plain, err := aead.Open(nil, nonce, data[8+aead.NonceSize():], rowAD(c.profileID, table, slot, version))
	if err != nil {
		return 0, err
	}
	return version, json.Unmarshal(plain, v)
}

// rowsDB is what both *sql.DB and *sql.Tx offer.
type rowsDB interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	QueryRowContext(context.Context, string, ...any) *sql.Row
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}

// loadSeal reads a profile's seal (nil for an open profile).
func loadSeal(ctx context.Context, q rowsDB, profileID string) (*sealInfo, error) {
	var seal []byte
	err := q.QueryRowContext(ctx, `SELECT seal FROM profiles WHERE id = ?`, profileID).Scan(&seal)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoSuchProfile
	}
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	if seal == nil {
		return nil, nil
	}
	var info sealInfo
	if err := json.Unmarshal(seal, &info); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	return &info, nil
}

// manifestOf opens info's manifest (nil when it has none yet: a person
// sealed before manifests).
func (c codec) manifestOf(info *sealInfo) (*rowManifest, error) {
	if info == nil || info.Rows == nil {
		return nil, nil
	}
	var m rowManifest
	if err := c.decode("row-manifest", info.Rows, &m); err != nil {
		return nil, fail(ErrRowsChanged, err)
	}
	for _, t := range keyedTables {
		if m.Slots[t] == nil {
			m.Slots[t] = map[string]uint64{}
		}
	}
	if m.Appended == nil {
		m.Appended = map[string]appendedRows{}
	}
	return &m, nil
}

// saveSeal writes info with manifest m sealed into it.
func (c codec) saveSeal(ctx context.Context, q rowsDB, info *sealInfo, m *rowManifest) error {
	var err error
	if info.Rows, err = c.encode("row-manifest", m); err != nil {
		return err
	}
	data, err := json.Marshal(info)
	if err != nil {
		return err
	}
	_, err = q.ExecContext(ctx, `UPDATE profiles SET seal = ? WHERE id = ?`, data, c.profileID)
	return err
}

// rowTx writes a person's versioned rows inside one transaction and keeps
// the manifest in step; commit writes the manifest back.
type rowTx struct {
	ctx  context.Context
	q    rowsDB
	c    codec
	info *sealInfo    // nil for an open person
	m    *rowManifest // nil for an open person
}

// beginRows starts writing p's rows in tx: for a sealed person the
// manifest is read and checked to be theirs.
func beginRows(ctx context.Context, q rowsDB, c codec) (*rowTx, error) {
	r := &rowTx{ctx: ctx, q: q, c: c}
	if !c.sealed() {
		return r, nil
	}
	info, err := loadSeal(ctx, q, c.profileID)
	if err != nil {
		return nil, err
	}
	if info == nil {
		return nil, ErrWrongPIN // the person was opened before their list was opened for good
	}
	if r.m, err = c.manifestOf(info); err != nil {
		return nil, err
	}
	if r.m == nil {
		return nil, fail(ErrDamaged, errors.New("sealed person without a row manifest"))
	}
	r.info = info
	return r, nil
}

func (r *rowTx) next() uint64 {
	if r.m == nil {
		return 0
	}
	r.m.Counter++
	return r.m.Counter
}

// put keeps one keyed row (plain slot name slot) holding env.
func (r *rowTx) put(table, slot string, env any) error {
	stored := r.c.slot(slot)
	version := r.next()
	payload, err := r.c.sealRow(table, stored, version, env)
	if err != nil {
		return err
	}
	if _, err := r.q.ExecContext(r.ctx, `INSERT INTO `+table+` (profile_id, slot, payload) VALUES (?, ?, ?)
		ON CONFLICT (profile_id, slot) DO UPDATE SET payload = excluded.payload`, r.c.profileID, stored, payload); err != nil {
		return err
	}
	if r.m != nil {
		r.m.Slots[table][stored] = version
	}
	return nil
}

// remove drops one keyed row.
func (r *rowTx) remove(table, slot string) error {
	stored := r.c.slot(slot)
	if _, err := r.q.ExecContext(r.ctx, `DELETE FROM `+table+` WHERE profile_id = ? AND slot = ?`, r.c.profileID, stored); err != nil {
		return err
	}
	if r.m != nil {
		delete(r.m.Slots[table], stored)
	}
	return nil
}

// add appends one row holding env, with the next id of the table (or id,
// when a row is written again under the id it had).
func (r *rowTx) add(table string, id int64, env any) error {
	if id == 0 {
		if err := r.q.QueryRowContext(r.ctx, `SELECT coalesce(max(id), 0) + 1 FROM `+table).Scan(&id); err != nil {
			return err
		}
	}
	payload, err := r.c.sealRow(table, "#"+strconv.FormatInt(id, 10), uint64(id), env)
	if err != nil {
		return err
	}
	if _, err := r.q.ExecContext(r.ctx, `INSERT INTO `+table+` (id, profile_id, payload) VALUES (?, ?, ?)`, id, r.c.profileID, payload); err != nil {
		return err
	}
	if r.m != nil {
		a := r.m.Appended[table]
		a.Count++
		a.Last = max(a.Last, id)
		r.m.Appended[table] = a
	}
	return nil
}

// commit writes the manifest back (sealed persons only).
func (r *rowTx) commit() error {
	if r.m == nil {
		return nil
	}
	return r.c.saveSeal(r.ctx, r.q, r.info, r.m)
}

// storedRow is one row as read back: its envelope's plain slot and data.
type storedRow struct {
	id   int64           // appended tables
	Slot string          `json:"slot,omitempty"`
	Data json.RawMessage `json:"data"`
}

// readRows reads every row of one of p's versioned tables, in stored order
// (slot, or id), checking each against the manifest m (nil: an open
// person, or legacy: v1 rows read with decode).
func readRows(ctx context.Context, q rowsDB, c codec, m *rowManifest, legacy bool, table string) ([]storedRow, error) {
	keyed := table == "answers" || table == "custom_activities"
	cols, order := "id, '', payload", "id"
	if keyed {
		cols, order = "0, slot, payload", "slot"
	}
	rows, err := q.QueryContext(ctx, `SELECT `+cols+` FROM `+table+` WHERE profile_id = ? ORDER BY `+order, c.profileID)
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	defer rows.Close()
	var out []storedRow
	for rows.Next() {
		var r storedRow
		var stored string
		var payload []byte
		if err := rows.Scan(&r.id, &stored, &payload); err != nil {
			return nil, fail(ErrDamaged, err)
		}
		if legacy {
			if err := c.decode(table, payload, &r); err != nil {
				return nil, fail(ErrDamaged, err)
			}
			out = append(out, r)
			continue
		}
		slot := stored
		if !keyed {
			slot = "#" + strconv.FormatInt(r.id, 10)
		}
		version, err := c.openRow(table, slot, payload, &r)
		if err != nil {
			if c.sealed() {
				return nil, fail(ErrRowsChanged, fmt.Errorf("%s row %s: %w", table, slot, err))
			}
			return nil, fail(ErrDamaged, err)
		}
		if m != nil && !rowExpected(m, table, keyed, stored, r.id, version) {
			return nil, fail(ErrRowsChanged, fmt.Errorf("%s row %s: version %d not in the manifest", table, slot, version))
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	if m != nil && !rowCountFits(m, table, keyed, len(out)) {
		return nil, fail(ErrRowsChanged, fmt.Errorf("%s: %d rows, not as the manifest says", table, len(out)))
	}
	return out, nil
}

func rowExpected(m *rowManifest, table string, keyed bool, stored string, id int64, version uint64) bool {
	if keyed {
		want, ok := m.Slots[table][stored]
		return ok && want == version
	}
	return uint64(id) == version && id <= m.Appended[table].Last
}

func rowCountFits(m *rowManifest, table string, keyed bool, n int) bool {
	if keyed {
		return n == len(m.Slots[table])
	}
	return n == m.Appended[table].Count
}

// personRows reads one of p's versioned tables in a transaction of its
// own, with the manifest of that moment.
func (v *Vault) personRows(p *Person, table string) ([]storedRow, error) {
	var out []storedRow
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		m, err := currentManifest(context.Background(), tx, p.codec)
		if err != nil {
			return err
		}
		out, err = readRows(context.Background(), tx, p.codec, m, false, table)
		return err
	})

	return out, err
}

// currentManifest is a sealed person's manifest as stored now (nil for an
// open person).
func currentManifest(ctx context.Context, q rowsDB, c codec) (*rowManifest, error) {
	if !c.sealed() {
		return nil, nil
	}
	info, err := loadSeal(ctx, q, c.profileID)
	if err != nil {
		return nil, err
	}
	if info == nil {
		return nil, ErrWrongPIN
	}
	m, err := c.manifestOf(info)
	if err == nil && m == nil {
		err = fail(ErrDamaged, errors.New("sealed person without a row manifest"))
	}
	return m, err
}

// decodeRows turns stored rows' data into T.
func decodeRows[T any](rows []storedRow, fn func(T)) error {
	for _, r := range rows {
		var v T
		if err := json.Unmarshal(r.Data, &v); err != nil {
			return fail(ErrDamaged, err)
		}
		fn(v)
	}
	return nil
}

// rewriteRows writes every versioned row of a person again, from one codec
// (with manifest m, or legacy v1 rows) to another, in tx, and returns the
// new manifest (nil when to is open). Used when a person is sealed, opened
// for good, gets a new PIN, or is moved from v1 rows.
func rewriteRows(ctx context.Context, tx rowsDB, from codec, m *rowManifest, legacy bool, to codec) (*rowManifest, error) {
	type table struct {
		name string
		rows []storedRow
	}
	var all []table
	for _, t := range append(append([]string{}, keyedTables...), appendedTables...) {
		rows, err := readRows(ctx, tx, from, m, legacy, t)
		if err != nil {
			return nil, err
		}
		all = append(all, table{t, rows})
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE profile_id = ?`, from.profileID); err != nil {
			return nil, err
		}
	}
	w := &rowTx{ctx: ctx, q: tx, c: to}
	if to.sealed() {
		w.m = newManifest()
	}
	for _, t := range all {
		for _, r := range t.rows {
			env := storedRow{Slot: r.Slot, Data: r.Data}
			var err error
			if t.name == "answers" || t.name == "custom_activities" {
				err = w.put(t.name, r.Slot, env)
			} else {
				err = w.add(t.name, r.id, env)
			}
			if err != nil {
				return nil, err
			}
		}
	}
	return w.m, nil
}
