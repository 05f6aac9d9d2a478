package persistence

// The negotiations store: every negotiation document, each version of it,
// and the debriefs written after the scene.
//
// How it is kept (tables from migrations.go):
//   - negotiations: one row per negotiation with what lists and searches
//     need without opening a document: title, created and updated (Unix
//     seconds), scene_on (Unix seconds, 0 when not set), state, people
//     (the names, one per line) and search (lower-cased text of the latest
//     version: title, names, activities with their notes, setting, roles
//     and limits). These are rewritten on every save. kind and review_on
//     keep standing agreements apart from scenes (agreements.go).
//   - negotiation_versions: one row per version, numbered from 1; doc is
//     the negotiation.Document as JSON. Only the latest version may be a
//     draft; an agreed version is never changed again.
//   - debriefs: one row per person (participant ID), payload the
//     negotiation.Debrief as JSON.
//
// The state column holds two words: the stored state ("draft", "agreed"
// or, once every person has written a debrief, "debriefed") and the
// number of the latest version, e.g. "agreed 2". The number is there so a
// list of thousands of negotiations never has to reach into
// negotiation_versions (whose wide rows make each look-up cost several
// page reads). Whether the scene has happened depends on the clock, so
// lists and searches derive the state the person sees when they read
// (stateSQL): an agreed negotiation whose scene time has come is
// "scene-done" until everyone has debriefed. The result is always what
// negotiation.StateOf says for the latest version.

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

// Errors of the negotiations store.
const (
	ErrNoSuchNegotiation Error = "That negotiation is no longer in this vault."
	ErrNoSuchVersion     Error = "That version of the negotiation is not in this vault."
	ErrAlreadyAgreed     Error = "This version has been agreed, so it can no longer be changed. Start a new version to change something."
	ErrDraftOpen         Error = "This negotiation already has a draft that has not been agreed yet. Carry on with that draft instead."
	ErrOtherKind         Error = "A scene negotiation and a standing agreement are kept apart, so this document was not saved over the other kind. Nothing has been changed."
)

// NegotiationSummary is one negotiation as lists show it, from its latest
// version. Title is what the people typed (it may be empty: the screen
// names it then). State is negotiation.State's text: "draft", "agreed",
// "scene-done" or "debriefed", as of the moment it was read.
type NegotiationSummary struct {
	ID       string
	Title    string
	People   []string
	Created  time.Time
	Updated  time.Time
	SceneOn  time.Time // zero when not set
	State    string
	Versions int
}

// VersionInfo is one version in a negotiation's history.
type VersionInfo struct {
	N      int
	Saved  time.Time
	Agreed bool
}

// newNegotiationID is 16 random hex digits.
func newNegotiationID() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// CreateNegotiation keeps a new negotiation whose first version is doc, a
// draft, and returns its ID.
func (v *Vault) CreateNegotiation(doc negotiation.Document) (string, error) {
	if err := v.ready(); err != nil {
		return "", err
	}
	id, err := newNegotiationID()
	if err != nil {
		return "", err
	}
	now := v.store.now()
	doc.AgreedOn = time.Time{}
	err = v.tx(context.Background(), func(tx *sql.Tx) error {
		doc, data, err := sealAndEncode(tx, doc)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO negotiations (id, title, created, updated, state, kind) VALUES (?, '', ?, ?, 'draft 1', ?)`,
			id, now.Unix(), now.Unix(), kindOf(doc)); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO negotiation_versions (negotiation_id, version, saved, agreed, doc) VALUES (?, 1, ?, 0, ?)`,
			id, now.Unix(), data); err != nil {
			return err
		}
		return writeListing(tx, id, 1, doc, nil, now)
	})

	if err != nil {
		return "", writeFailure(err)
	}
	return id, nil
}

// SaveDraft replaces the latest version with doc while it is a draft: the
// autosave path, one transaction. ErrAlreadyAgreed once it is agreed.
func (v *Vault) SaveDraft(id string, doc negotiation.Document) error {
	if err := v.ready(); err != nil {
		return err
	}
	doc.AgreedOn = time.Time{}
	return v.writeLatest(id, doc, false)
}

// AgreeVersion saves doc as the latest version and marks it agreed, dated
// now (doc.AgreedOn, unless doc already carries a date); from then on that
// version is read-only. ErrAlreadyAgreed if it was agreed before.
func (v *Vault) AgreeVersion(id string, doc negotiation.Document) error {
	if err := v.ready(); err != nil {
		return err
	}
	if doc.AgreedOn.IsZero() {
		doc.AgreedOn = v.store.now()
	}
	return v.writeLatest(id, doc, true)
}

// writeLatest rewrites the latest version, which must still be a draft.
func (v *Vault) writeLatest(id string, doc negotiation.Document, agree bool) error {
	_, err := v.writeVersion(id, doc, func(tx *sql.Tx, data []byte, n int, agreed bool, now time.Time) (int, error) {
		if agreed {
			return 0, ErrAlreadyAgreed
		}
		_, err := tx.Exec(`UPDATE negotiation_versions SET saved = ?, agreed = ?, doc = ? WHERE negotiation_id = ? AND version = ?`,
			now.Unix(), agree, data, id, n)
		return n, err
	})
	return err
}

// NewVersion starts a new draft version, doc, after the latest agreed one
// (renegotiation; see negotiation.Renegotiate and NextScene) and returns
// its number. ErrDraftOpen when the latest version is still a draft.
func (v *Vault) NewVersion(id string, doc negotiation.Document) (int, error) {
	if err := v.ready(); err != nil {
		return 0, err
	}
	doc.AgreedOn = time.Time{}
	return v.writeVersion(id, doc, func(tx *sql.Tx, data []byte, n int, agreed bool, now time.Time) (int, error) {
		if !agreed {
			return 0, ErrDraftOpen
		}
		_, err := tx.Exec(`INSERT INTO negotiation_versions (negotiation_id, version, saved, agreed, doc) VALUES (?, ?, ?, 0, ?)`,
			id, n+1, now.Unix(), data)
		return n + 1, err
	})
}

// writeVersion is the one way a version is written, in one transaction:
// doc sealed and encoded, then write given the encoded data and the latest
// version's number and state (it returns the number it wrote), then the
// negotiation's list row brought up to date. It returns that number.
func (v *Vault) writeVersion(id string, doc negotiation.Document, write func(tx *sql.Tx, data []byte, n int, agreed bool, now time.Time) (int, error)) (int, error) {
	now := v.store.now()
	var written int
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		doc, data, err := sealAndEncode(tx, doc)
		if err != nil {
			return err
		}
		n, agreed, err := latestRow(tx, id)
		if err != nil {
			return err
		}
		if written, err = write(tx, data, n, agreed, now); err != nil {
			return err
		}
		return relist(tx, id, written, doc, now)
	})
	if err != nil {
		return 0, writeFailure(err)
	}
	return written, nil
}

// writeFailure passes the store's own errors through and wraps the rest.
func writeFailure(err error) error {
	var own Error
	if err == nil || errors.As(err, &own) {
		return err
	}
	return fail(ErrWriteFailed, err)
}

// latestRow is the number of the latest version and whether it is agreed.
func latestRow(tx *sql.Tx, id string) (int, bool, error) {
	var n int
	var agreed bool
	err := tx.QueryRow(`SELECT version, agreed FROM negotiation_versions WHERE negotiation_id = ? ORDER BY version DESC LIMIT 1`, id).Scan(&n, &agreed)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, ErrNoSuchNegotiation
	}
	return n, agreed, err
}

// LatestVersion reads the latest version: the document, its number, and
// whether it has been agreed.
func (v *Vault) LatestVersion(id string) (doc negotiation.Document, version int, agreed bool, err error) {
	db, err := v.conn()
	if err != nil {
		return doc, 0, false, err
	}
	var data []byte
	err = db.QueryRow(`SELECT version, agreed, doc FROM negotiation_versions WHERE negotiation_id = ? ORDER BY version DESC LIMIT 1`, id).
		Scan(&version, &agreed, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return doc, 0, false, ErrNoSuchNegotiation
	}
	if err != nil {
		return doc, 0, false, fail(ErrDamaged, err)
	}
	doc, err = decodeDoc(data)
	return doc, version, agreed, err
}

// Version reads version n (counted from 1). An agreed version has
// AgreedOn set.
func (v *Vault) Version(id string, n int) (negotiation.Document, error) {
	db, err := v.conn()
	if err != nil {
		return negotiation.Document{}, err
	}
	var data []byte
	err = db.QueryRow(`SELECT doc FROM negotiation_versions WHERE negotiation_id = ? AND version = ?`, id, n).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return negotiation.Document{}, ErrNoSuchVersion
	}
	if err != nil {
		return negotiation.Document{}, fail(ErrDamaged, err)
	}
	return decodeDoc(data)
}

// Versions lists a negotiation's versions, oldest first.
func (v *Vault) Versions(id string) ([]VersionInfo, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	out, err := queryAll(db, func(rows *sql.Rows, vi *VersionInfo) error {
		var saved int64
		err := rows.Scan(&vi.N, &saved, &vi.Agreed)
		vi.Saved = time.Unix(saved, 0)
		return err
	}, `SELECT version, saved, agreed FROM negotiation_versions WHERE negotiation_id = ? ORDER BY version`, id)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, ErrNoSuchNegotiation
	}
	return out, nil
}

// DeleteNegotiation removes a negotiation with every version and debrief.
// It cannot be undone: the screen asks first.
func (v *Vault) DeleteNegotiation(id string) error {
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM negotiations WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNoSuchNegotiation
		}
		return nil
	})

	return writeFailure(err)
}

// sealAndEncode seals the limits brought in from protected lists
// (derived_rows.go) and encodes the document as stored; the sealed
// document is what listings and searches are made from, so none of those
// limits reach the plain search column.
func sealAndEncode(tx *sql.Tx, doc negotiation.Document) (negotiation.Document, []byte, error) {
	sealed, err := sealDocLimits(tx, doc)
	if err != nil {
		return doc, nil, err
	}
	data, err := encodeDoc(sealed)
	return sealed, data, err
}

func encodeDoc(doc negotiation.Document) ([]byte, error) {
	if doc.Format == 0 {
		doc.Format = negotiation.FormatVersion
	}
	return json.Marshal(doc)
}

// decodeDoc reads a stored document; one written by a newer Parley is
// refused rather than half read.
func decodeDoc(data []byte) (negotiation.Document, error) {
	var doc negotiation.Document
	if err := json.Unmarshal(data, &doc); err != nil {
		return negotiation.Document{}, fail(ErrDamaged, err)
	}
	if doc.Format > negotiation.FormatVersion {
		return negotiation.Document{}, ErrNewerVersion
	}
	return doc, nil
}

// Negotiations lists every scene negotiation, the most recently changed
// first. Standing agreements are listed by Agreements instead.
func (v *Vault) Negotiations() ([]NegotiationSummary, error) {
	return v.SearchNegotiations("", "", "")
}

// SearchNegotiations lists the scene negotiations that match, the most
// recently changed first (SearchAgreements searches the agreements). Each
// of:
//   - query: every word in it appears somewhere in the latest version's
//     title, names, activities and their notes, setting, roles or limits
//     (any case, in any order; part of a word is enough);
//   - person: one of the people is called exactly this (any case of the
//     letters A to Z);
//   - state: the state is this ("draft", "agreed", "scene-done",
//     "debriefed"; see NegotiationSummary.State).
//
// An empty argument matches everything.
func (v *Vault) SearchNegotiations(query, person, state string) ([]NegotiationSummary, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	where, args := negotiationFilter(kindScene, query, person, state, v.store.now())
	// "+updated" keeps SQLite from walking the updated index with a
	// look-up per row: one pass over the table and a sort in memory is
	// several times faster at thousands of rows.
	return queryAll(db, scanSummary, `SELECT `+summaryColumns+`
		FROM (SELECT *, `+stateSQL+` AS shown_state FROM negotiations) AS n
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY +updated DESC, created DESC, id`, args...)
}

// summaryColumns are the columns scanSummary reads, from negotiations with
// its shown_state.
const summaryColumns = `id, title, people, created, updated, scene_on, shown_state,
			CAST(substr(state, instr(state, ' ') + 1) AS INTEGER)`

// scanSummary reads one listed scene negotiation (summaryColumns).
func scanSummary(rows *sql.Rows, s *NegotiationSummary) error {
	var people string
	var created, updated, sceneOn int64
	if err := rows.Scan(&s.ID, &s.Title, &people, &created, &updated, &sceneOn, &s.State, &s.Versions); err != nil {
		return err
	}
	if people != "" {
		s.People = strings.Split(people, "\n")
	}
	s.Created, s.Updated = time.Unix(created, 0), time.Unix(updated, 0)
	if sceneOn != 0 {
		s.SceneOn = time.Unix(sceneOn, 0)
	}
	return nil
}

// stateSQL is the state as of now (the query's first argument, Unix
// seconds), from the stored state and the scene's time: the same answer
// as negotiation.StateOf.
const stateSQL = `CASE
	WHEN state LIKE 'draft %' THEN 'draft'
	WHEN scene_on = 0 OR ? < scene_on THEN 'agreed'
	WHEN state LIKE 'debriefed %' THEN 'debriefed'
	ELSE 'scene-done' END`

// likeEscape makes s match itself in a LIKE pattern with ESCAPE '\'.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// relist rewrites the negotiations row after a change to a negotiation
// that may already have debriefs.
func relist(tx *sql.Tx, id string, version int, doc negotiation.Document, now time.Time) error {
	debriefs, err := readDebriefs(tx, id)
	if err != nil {
		return err
	}
	return writeListing(tx, id, version, doc, debriefs, now)
}

// writeListing rewrites the negotiations row from the latest version,
// number version.
func writeListing(tx *sql.Tx, id string, version int, doc negotiation.Document, debriefs []negotiation.Debrief, now time.Time) error {
	state := negotiation.StateDraft
	if !doc.AgreedOn.IsZero() {
		state = negotiation.StateAgreed
		if len(doc.Participants) > 0 && len(negotiation.MissingDebriefs(doc, debriefs)) == 0 {
			state = negotiation.StateDebriefed
		}
	}
	var sceneOn int64
	if !doc.SceneOn.IsZero() {
		sceneOn = doc.SceneOn.Unix()
	}
	names := make([]string, len(doc.Participants))
	for i, p := range doc.Participants {
		names[i] = strings.ReplaceAll(strings.TrimSpace(p.Name), "\n", " ")
	}
	reviewOn, err := listedReviewOn(tx, id, doc)
	if err != nil {
		return err
	}
	res, err := tx.Exec(`UPDATE negotiations SET title = ?, updated = ?, scene_on = ?, state = ?, people = ?, search = ?, review_on = ?
		WHERE id = ? AND kind = ?`,
		strings.TrimSpace(doc.Title), now.Unix(), sceneOn, string(state)+" "+strconv.Itoa(version), strings.Join(names, "\n"), searchText(doc),
		reviewOn, id, kindOf(doc))
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return missingOrOtherKind(tx, id)
	}
	return nil
}

// searchText is what SearchNegotiations looks in: the document's words,
// lower-cased, one field per line.
func searchText(d negotiation.Document) string {
	var b strings.Builder
	add := func(parts ...string) {
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				b.WriteString(strings.ToLower(p))
				b.WriteByte('\n')
			}
		}
	}
	add(d.Title)
	for _, p := range d.Participants {
		add(p.Name)
		for _, l := range append(append([]negotiation.LimitItem(nil), p.Limits.Hard...), p.Limits.Soft...) {
			add(l.Text, l.Condition)
		}
	}
	for _, a := range d.Scene.Activities {
		add(a.Label(), a.Note)
	}
	s := d.Scene.Setting
	add(s.Place, s.Room, s.Around)
	for _, r := range d.Scene.Roles {
		add(r.Role, r.SceneName, r.Meaning)
	}
	add(d.SearchWords()...)
	return b.String()
}

// SaveDebrief keeps one person's debrief (d.ParticipantID; it replaces
// what they wrote before), dated now unless d.WrittenAt is set, and
// updates the negotiation's state. Debriefs may be written for a version
// that is agreed: they are about the scene, not the document.
func (v *Vault) SaveDebrief(id string, d negotiation.Debrief) error {
	if err := v.ready(); err != nil {
		return err
	}
	if d.WrittenAt.IsZero() {
		d.WrittenAt = v.store.now()
	}
	now := v.store.now()
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		doc, n, err := latestDoc(tx, id)
		if err != nil {
			return err
		}

		if d, err = sealForDebrief(tx, doc, d); err != nil {
			return err
		}
		data, err := json.Marshal(d)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO debriefs (negotiation_id, participant, written, payload) VALUES (?, ?, ?, ?)
			ON CONFLICT (negotiation_id, participant) DO UPDATE SET written = excluded.written, payload = excluded.payload`,
			id, d.ParticipantID, d.WrittenAt.Unix(), data); err != nil {
			return err
		}
		return relist(tx, id, n, doc, now)
	})

	return writeFailure(err)
}

// Debriefs lists the debriefs written for a negotiation, one per person
// at most, oldest first.
func (v *Vault) Debriefs(id string) ([]negotiation.Debrief, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	out, err := readDebriefs(db, id)
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	return out, nil
}

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	Query(string, ...any) (*sql.Rows, error)
}

func readDebriefs(q querier, id string) ([]negotiation.Debrief, error) {
	rows, err := q.Query(`SELECT payload FROM debriefs WHERE negotiation_id = ? ORDER BY written, participant`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []negotiation.Debrief
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var d negotiation.Debrief
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// latestDoc reads the latest version and its number inside a
// transaction.
func latestDoc(tx *sql.Tx, id string) (negotiation.Document, int, error) {
	var data []byte
	var n int
	err := tx.QueryRow(`SELECT version, doc FROM negotiation_versions WHERE negotiation_id = ? ORDER BY version DESC LIMIT 1`, id).Scan(&n, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return negotiation.Document{}, 0, ErrNoSuchNegotiation
	}
	if err != nil {
		return negotiation.Document{}, 0, err
	}
	doc, err := decodeDoc(data)
	return doc, n, err
}

// negotiationFilter is the WHERE clause (joined with AND) and its arguments
// for a search of one kind of document: every word of query in the
// search text, person a whole name among the people, state the state
// shown. The first argument is the time stateSQL compares scene dates
// with. The first term is always the kind alone, so one term means
// "nothing to filter". The kind is written into the SQL (it is one of our
// two constants), so the planner knows it when it chooses an index.
func negotiationFilter(kind docKind, query, person, state string, now time.Time) (where []string, args []any) {
	where, args = []string{"kind = '" + string(kind) + "'"}, []any{now.Unix()}
	for _, w := range strings.Fields(strings.ToLower(query)) {
		where = append(where, `search LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(w)+"%")
	}
	if p := strings.TrimSpace(person); p != "" {
		where = append(where, `(char(10) || people || char(10)) LIKE ? ESCAPE '\'`)
		args = append(args, "%\n"+likeEscape(p)+"\n%")
	}
	if s := strings.TrimSpace(state); s != "" {
		where = append(where, "shown_state = ?")
		args = append(args, s)
	}
	return where, args
}
