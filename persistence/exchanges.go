package persistence

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"parleyapp.org/parley/domain/match"
)

// A comparison between two computers (parley/domain/match) runs as three
// codes that may be days apart. Between them each side keeps its half, a
// match.Pending, in the exchanges table:
//
//   - session_id, role ("starter" or "responder"), profile_id (the person
//     on this computer), created and expires (Unix seconds) and done are
//     plain, so the list of waiting exchanges can be shown without a PIN;
//   - state is the person's private part, encoded with their codec like
//     their answers (sealed under their PIN when their list is sealed): a
//     JSON object {"partner": name, "pending": Pending.MarshalBinary()}.
//     The Pending holds the secret scalar and the person's own tokens, so
//     state is never logged.
//
// Secrets go as soon as they are no longer needed: a finished Pending is
// stored as the engine gives it back (without its scalar or tokens), and
// once an exchange is past its 14 days its state is emptied within a
// minute while the vault is open (startTimers), or the next time the table
// is read; every such change is checkpointed out of the WAL at once.
// Restoring a backup empties every exchange's state (forgetRestoredExchanges). The row itself stays, so a code that arrives late is
// told that its comparison expired or was used, not that it is unknown.
//
// The Pending bytes carry their own format number (match's pendingFormat;
// 2 since the comparison's protocol version 2). A state written by an
// earlier Parley (format 1: one secret, no keys) cannot be finished by
// this one: OpenExchange says so with ErrOldExchange, and the row stays
// until it expires or is cancelled, like any other.

// Errors of the exchanges store.
const (
	ErrNoSuchExchange Error = "That comparison is no longer waiting on this computer."
	// ErrOwnExchange: a responder's half would replace the starter's half of
	// the same exchange (the person pasted their own invitation).
	ErrOwnExchange      Error = "This invitation was made on this computer, so it can't be answered here. Send it to your partner: they answer it in their own Parley."
	ErrNoSuchComparison Error = "That saved result is no longer in this vault."
	// ErrOldExchange: the kept half was made by an earlier Parley, whose
	// comparison this one no longer speaks.
	ErrOldExchange Error = "This comparison was started with an earlier version of Parley, so this version can't finish it. Please start a new comparison together."
)

const exchangesTable = "exchanges"

// Exchange is what the vault shows of a kept exchange without opening it.
type Exchange struct {
	Session   string // match.SessionID.String()
	Role      match.Role
	ProfileID string // the person on this computer; "" once they were removed
	Created   time.Time
	Expires   time.Time
	// Done: the result is known; codes for this exchange are used up.
	Done bool
	// Forgotten: the private part is gone (the exchange expired, or was
	// marked done), so it can no longer be opened.
	Forgotten bool
}

// Expired reports whether the exchange is past its 14 days at time now.
func (e Exchange) Expired(now time.Time) bool { return now.After(e.Expires) }

// ExchangeState is the private part of a kept exchange.
type ExchangeState struct {
	Pending *match.Pending
	// Partner is the other person's name as this person typed it ("" if
	// they typed none).
	Partner string
}

// storedState is the JSON inside the state column (see the top of this file).
type storedState struct {
	Partner string `json:"partner,omitempty"`
	Pending []byte `json:"pending"`
}

func roleName(r match.Role) string {
	if r == match.Starter {
		return "starter"
	}
	return "responder"
}

func roleOf(s string) match.Role {
	if s == "starter" {
		return match.Starter
	}
	return match.Responder
}

// SavePending keeps (or updates) person's half of an exchange, with the
// partner's name as they typed it. A finished Pending marks the exchange
// done. The responder's half of an exchange this vault started is refused
// with ErrOwnExchange, so the starter's secret is never overwritten.
func (v *Vault) SavePending(p *match.Pending, person *Person, partner string) error {
	return v.tx(context.Background(), func(tx *sql.Tx) error { return savePending(tx, p, person, partner) })
}

func savePending(tx *sql.Tx, p *match.Pending, person *Person, partner string) error {
	bin, err := p.MarshalBinary()
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	state, err := person.codec.encode(exchangesTable, storedState{Partner: partner, Pending: bin})
	clear(bin)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	session := p.Session.String()
	var role string
	err = tx.QueryRow(`SELECT role FROM exchanges WHERE session_id = ?`, session).Scan(&role)
	switch {
	case err == nil && role != roleName(p.Role):
		return ErrOwnExchange
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return fail(ErrDamaged, err)
	}
	_, err = tx.Exec(`INSERT INTO exchanges (session_id, role, profile_id, created, expires, done, state)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (session_id) DO UPDATE SET profile_id = excluded.profile_id, done = excluded.done, state = excluded.state`,
		session, roleName(p.Role), person.ID, p.Created.Unix(), p.Expires().Unix(), p.Step == match.Finished, state)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// Pendings lists the exchanges still waiting for the partner's next code
// (not done, not expired), oldest first. Expired exchanges lose their
// private part on the way.
func (v *Vault) Pendings() ([]Exchange, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	now := v.store.now()
	if err := forgetExpired(db, now); err != nil {
		return nil, err
	}
	rows, err := db.Query(`SELECT `+exchangeColumns+` FROM exchanges
		WHERE done = 0 AND expires >= ? ORDER BY created, session_id`, now.Unix())
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	defer rows.Close()
	var out []Exchange
	for rows.Next() {
		e, err := scanExchange(rows)
		if err != nil {
			return nil, err
		}
		if !e.Expired(now) {
			out = append(out, e)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	return out, nil
}

// Exchange finds a kept exchange by its session (done, expired or waiting);
// ErrNoSuchExchange when this vault has none.
func (v *Vault) Exchange(session string) (Exchange, error) {
	db, err := v.conn()
	if err != nil {
		return Exchange{}, err
	}
	if err := forgetExpired(db, v.store.now()); err != nil {
		return Exchange{}, err
	}
	e, err := scanExchange(db.QueryRow(`SELECT `+exchangeColumns+` FROM exchanges WHERE session_id = ?`, session))
	if errors.Is(err, sql.ErrNoRows) {
		return Exchange{}, ErrNoSuchExchange
	}
	return e, err
}

// OpenExchange reads the private part of an exchange that belongs to
// person. ErrNoSuchExchange when there is none for them, or when it was
// forgotten (see Exchange.Forgotten).
func (v *Vault) OpenExchange(session string, person *Person) (ExchangeState, error) {
	db, err := v.conn()
	if err != nil {
		return ExchangeState{}, err
	}
	if err := forgetExpired(db, v.store.now()); err != nil {
		return ExchangeState{}, err
	}
	var state []byte
	err = db.QueryRow(`SELECT state FROM exchanges WHERE session_id = ? AND profile_id = ?`, session, person.ID).Scan(&state)
	switch {
	case errors.Is(err, sql.ErrNoRows) || (err == nil && len(state) == 0):
		return ExchangeState{}, ErrNoSuchExchange
	case err != nil:
		return ExchangeState{}, fail(ErrDamaged, err)
	}
	var s storedState
	if err := person.codec.decode(exchangesTable, state, &s); err != nil {
		return ExchangeState{}, fail(ErrDamaged, err)
	}
	p := new(match.Pending)
	err = p.UnmarshalBinary(s.Pending)
	clear(s.Pending)
	switch {
	case errors.Is(err, match.ErrOldState):
		return ExchangeState{}, fail(ErrOldExchange, err)
	case err != nil:
		return ExchangeState{}, fail(ErrDamaged, err)
	}
	return ExchangeState{Pending: p, Partner: s.Partner}, nil
}

// CancelPending removes an exchange and its secret for good. Cancelling
// one that is not there is not an error.
func (v *Vault) CancelPending(session string) error {
	db, err := v.conn()
	if err != nil {
		return err
	}
	if _, err := db.Exec(`DELETE FROM exchanges WHERE session_id = ?`, session); err != nil {
		return fail(ErrWriteFailed, err)
	}
	_ = checkpoint(db) // the secret's old page leaves the WAL now
	return nil
}

// MarkDone marks an exchange done and forgets its private part (secret,
// tokens and the last code sent). A code for it that arrives later is
// recognised as used.
func (v *Vault) MarkDone(session string) error {
	db, err := v.conn()
	if err != nil {
		return err
	}
	if _, err := db.Exec(`UPDATE exchanges SET done = 1, state = x'' WHERE session_id = ?`, session); err != nil {
		return fail(ErrWriteFailed, err)
	}
	_ = checkpoint(db) // the secret's old page leaves the WAL now
	return nil
}

// FinishExchange keeps a finished exchange (as the engine gives it back,
// without its secret) and its result, in one transaction, and returns the
// result as saved (with its ID and date).
func (v *Vault) FinishExchange(p *match.Pending, person *Person, partner string, c SavedComparison) (SavedComparison, error) {
	if err := v.ready(); err != nil {
		return c, err
	}
	c = v.completeComparison(c)
	if len(c.Owners) == 0 {
		c.Owners = []string{person.ID}
	}
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		if err := savePending(tx, p, person, partner); err != nil {
			return err
		}
		return saveComparison(tx, c)
	})

	return c, err
}

// forgetExpired empties the private part of every exchange past its
// expiry, and checkpoints so the secret's old page leaves the WAL at once.
// It runs when the table is read and, while the vault is open, every
// wipeEvery (startTimers), so a secret goes on time even if nobody looks.
func forgetExpired(db *sql.DB, now time.Time) error {
	res, err := db.Exec(`UPDATE exchanges SET state = x'' WHERE expires < ? AND length(state) > 0`, now.Unix())
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		_ = checkpoint(db)
	}
	return nil
}

// exchangesVersion is the schema version whose migration added the
// exchanges table.
const exchangesVersion = 3

// forgetRestoredExchanges runs on a vault being filled from a backup: every
// exchange loses its private part, and one still waiting counts as expired
// from now. The backup may be older than the exchange's last step, so its
// secret could otherwise answer a second reply (or a final code) that the
// partner already had an answer to. The rows stay, so a late code is told
// that its comparison expired.
func forgetRestoredExchanges(ctx context.Context, q execer, now time.Time) error {
	_, err := q.ExecContext(ctx, `UPDATE exchanges SET state = x'',
		expires = CASE WHEN done = 0 THEN min(expires, ?) ELSE expires END`, now.Unix()-1)
	return err
}

// startTimers starts the vault's own background work, which Close stops
// and waits for: at once, tidying the last backup folder of a stopped
// backup's temporary files; then, every wipeEvery, forgetting expired
// exchange secrets.
func (v *Vault) startTimers() {
	every := v.store.wipeEvery
	if every <= 0 {
		every = time.Minute
	}
	db := v.db
	v.timers.Add(1)
	go func() {
		defer v.timers.Done()
		cleanBackupFolder(db, time.Now())
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-v.stop:
				return
			case <-tick.C:
			}
			db, err := v.conn()
			if err != nil {
				return
			}
			_ = forgetExpired(db, v.store.now())
		}
	}()
}

const exchangeColumns = `session_id, role, coalesce(profile_id, ''), created, expires, done, length(state) = 0`

func scanExchange(row interface{ Scan(...any) error }) (Exchange, error) {
	var e Exchange
	var role string
	var created, expires int64
	err := row.Scan(&e.Session, &role, &e.ProfileID, &created, &expires, &e.Done, &e.Forgotten)
	if errors.Is(err, sql.ErrNoRows) {
		return Exchange{}, err
	}
	if err != nil {
		return Exchange{}, fail(ErrDamaged, err)
	}
	e.Role, e.Created, e.Expires = roleOf(role), time.Unix(created, 0), time.Unix(expires, 0)
	return e, nil
}
