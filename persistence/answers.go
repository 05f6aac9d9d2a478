package persistence

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// storedEntry is one answer slot as kept in the answers table.
type storedEntry struct {
	Activity  string           `json:"activity"`
	Direction string           `json:"direction"`
	Answer    string           `json:"answer"`
	Tried     bool             `json:"tried,omitempty"`
	Note      string           `json:"note,omitempty"`
	Condition *storedCondition `json:"condition,omitempty"`
	Changed   time.Time        `json:"changed,omitzero"`
}

// storedCondition is an answer's checklist.Condition ("only with…"), kept
// in the answer's row (so sealed with it for a protected list). Rows
// written before schema step 7 have none.
type storedCondition struct {
	With string `json:"with,omitempty"`
	Talk bool   `json:"after_talking,omitempty"`
	UpTo string `json:"up_to,omitempty"` // "light", "medium" or ""
}

func storeCondition(c checklist.Condition) *storedCondition {
	if c.IsZero() {
		return nil
	}
	return &storedCondition{With: c.OnlyWith, Talk: c.AfterTalking, UpTo: c.UpTo.String()}
}

func (c *storedCondition) condition() checklist.Condition {
	if c == nil {
		return checklist.Condition{}
	}
	return checklist.Condition{OnlyWith: c.With, AfterTalking: c.Talk, UpTo: checklist.ParseIntensity(c.UpTo)}.Normal()
}

// entryOf is a stored row as the sheet holds it.
func entryOf(e storedEntry) checklist.Entry {
	return checklist.Entry{Answer: checklist.ParseAnswer(e.Answer), Tried: e.Tried, Note: e.Note,
		Condition: e.Condition.condition(), Changed: e.Changed}
}

// storedChange is one line of answer_history.
type storedChange struct {
	Activity  string    `json:"activity"`
	Direction string    `json:"direction"`
	From      string    `json:"from"`
	To        string    `json:"to"`
	At        time.Time `json:"at"`
}

func slotName(k checklist.Key) string { return k.Activity + "|" + k.Direction.String() }

// LoadChecklist reads a person's answers, their own activities and the
// activities shared by everyone on this computer (Shared set). For a
// sealed person every row is checked against their manifest
// (ErrRowsChanged when one is not as saved).
func (v *Vault) LoadChecklist(p *Person) (*checklist.Sheet, []catalog.Activity, error) {
	if err := v.ready(); err != nil {
		return nil, nil, err
	}
	sheet := checklist.NewSheet()
	var custom []catalog.Activity
	ctx := context.Background()
	err := v.tx(ctx, func(tx *sql.Tx) error {
		m, err := currentManifest(ctx, tx, p.codec)
		if err != nil {
			return err
		}
		answers, err := readRows(ctx, tx, p.codec, m, false, "answers")
		if err != nil {
			return err
		}
		own, err := readRows(ctx, tx, p.codec, m, false, "custom_activities")
		if err != nil {
			return err
		}
		err = decodeRows(answers, func(e storedEntry) {
			k := checklist.Key{Activity: e.Activity, Direction: checklist.ParseDirection(e.Direction)}
			sheet.Put(k, entryOf(e))
		})
		if err != nil {
			return err
		}
		if err := decodeRows(own, func(a catalog.Activity) { custom = append(custom, a) }); err != nil {
			return err
		}
		shared, err := sharedActivities(ctx, tx)
		custom = append(custom, shared...)
		return err
	})

	if err != nil {
		return nil, nil, err
	}
	return sheet, custom, nil
}

// eachRow decodes every row of a profile's table stored with codec.encode,
// in stored order: for tables outside the versioned ones of rows.go.
//
//lint:ignore U1000 kept for the sealed stores being written beside this one
func eachRow[T any](db *sql.DB, table string, c codec, fn func(T)) error {
	rows, err := db.Query(`SELECT payload FROM `+table+` WHERE profile_id = ? ORDER BY rowid`, c.profileID)
	if err != nil {
		return fail(ErrDamaged, err)
	}
	defer rows.Close()
	for rows.Next() {
		var payload []byte
		if err := rows.Scan(&payload); err != nil {
			return fail(ErrDamaged, err)
		}
		var env struct {
			Data T `json:"data"`
		}
		if err := c.decode(table, payload, &env); err != nil {
			return fail(ErrDamaged, err)
		}
		fn(env.Data)
	}
	if err := rows.Err(); err != nil {
		return fail(ErrDamaged, err)
	}
	return nil
}

// writeFailed keeps an error that already says what happened (ErrClosed,
// ErrRowsChanged ...) and calls anything else a failed write.
func writeFailed(err error) error {
	var own Error
	if err == nil || errors.As(err, &own) {
		return err
	}
	return fail(ErrWriteFailed, err)
}

// SaveAnswer keeps one answer slot as it now is and, when the answer
// changed, the change, in one transaction.
func (v *Vault) SaveAnswer(p *Person, k checklist.Key, e checklist.Entry, change *checklist.Change) error {
	ctx := context.Background()
	err := v.tx(ctx, func(tx *sql.Tx) error {
		r, err := beginRows(ctx, tx, p.codec)
		if err != nil {
			return err
		}
		if err := putAnswer(r, k, e, change); err != nil {
			return err
		}
		return r.commit()
	})

	return writeFailed(err)
}

// putAnswer writes one answer slot and its change into r: the one place
// that turns an Entry into its stored form (SaveAnswer and SaveImport).
func putAnswer(r *rowTx, k checklist.Key, e checklist.Entry, change *checklist.Change) error {
	slot := slotName(k)
	var err error
	if e == (checklist.Entry{}) {
		err = r.remove("answers", slot)
	} else {
		err = r.put("answers", slot, envelope{Slot: slot, Data: storedEntry{
			Activity: k.Activity, Direction: k.Direction.String(), Answer: e.Answer.String(),
			Tried: e.Tried, Note: e.Note, Condition: storeCondition(e.Condition), Changed: e.Changed,
		}})
	}
	if err == nil && change != nil {
		err = r.add("answer_history", 0, envelope{Data: storedChange{
			Activity: k.Activity, Direction: k.Direction.String(), From: change.From.String(), To: change.To.String(), At: change.At,
		}})
	}
	return err
}

// AnswerHistory lists every change of a person's answers, oldest first.
func (v *Vault) AnswerHistory(p *Person) ([]checklist.Change, error) {
	if err := v.ready(); err != nil {
		return nil, err
	}
	rows, err := v.personRows(p, "answer_history")
	if err != nil {
		return nil, err
	}
	var out []checklist.Change
	err = decodeRows(rows, func(c storedChange) {
		out = append(out, checklist.Change{
			Key:  checklist.Key{Activity: c.Activity, Direction: checklist.ParseDirection(c.Direction)},
			From: checklist.ParseAnswer(c.From), To: checklist.ParseAnswer(c.To), At: c.At,
		})
	})
	return out, err
}

// AddCustomActivity keeps an activity the person added themselves.
func (v *Vault) AddCustomActivity(p *Person, a catalog.Activity) error {
	slot := catalog.CustomID(a.Name)
	ctx := context.Background()
	err := v.tx(ctx, func(tx *sql.Tx) error {
		r, err := beginRows(ctx, tx, p.codec)
		if err != nil {
			return err
		}
		if err := r.put("custom_activities", slot, envelope{Slot: slot, Data: a}); err != nil {
			return err
		}
		return r.commit()
	})

	return writeFailed(err)
}

// Shared custom activities are kept as one JSON list in the settings table:
// every person's list shows them, so they are never sealed with a PIN (the
// add dialog says so). A person's own activities stay in custom_activities,
// sealed when the person is. No migration is needed: the table exists.
const sharedActivitiesKey = "shared_activities"

func sharedActivities(ctx context.Context, tx *sql.Tx) ([]catalog.Activity, error) {
	var raw string
	err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", sharedActivitiesKey).Scan(&raw)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fail(ErrDamaged, err)
	}
	var out []catalog.Activity
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	for i := range out {
		out[i].Shared = true
	}
	return out, nil
}

// AddSharedActivity keeps an activity for everyone on this computer: it
// appears in every person's list, sealed or not. One of the same name
// replaces the earlier one.
func (v *Vault) AddSharedActivity(a catalog.Activity) error {
	a.Shared = true
	ctx := context.Background()
	err := v.tx(ctx, func(tx *sql.Tx) error {
		list, err := sharedActivities(ctx, tx)
		if err != nil {
			return err
		}
		list = slices.DeleteFunc(list, func(b catalog.Activity) bool { return catalog.CustomID(b.Name) == catalog.CustomID(a.Name) })
		raw, err := json.Marshal(append(list, a))
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, sharedActivitiesKey, string(raw))
		return err
	})

	return writeFailed(err)
}
