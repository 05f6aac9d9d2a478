package persistence

import (
	"context"
	"database/sql"
	"time"

	"parley/domain/catalog"
	"parley/domain/checklist"
)

// storedEntry is one answer slot as kept in the answers table.
type storedEntry struct {
	Activity  string    `json:"activity"`
	Direction string    `json:"direction"`
	Answer    string    `json:"answer"`
	Tried     bool      `json:"tried,omitempty"`
	Note      string    `json:"note,omitempty"`
	Changed   time.Time `json:"changed,omitzero"`
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

// LoadChecklist reads a person's answers and their own activities.
func (v *Vault) LoadChecklist(p *Person) (*checklist.Sheet, []catalog.Activity, error) {
	db, err := v.conn()
	if err != nil {
		return nil, nil, err
	}
	sheet := checklist.NewSheet()
	err = eachRow(db, "answers", p.codec, func(e storedEntry) {
		k := checklist.Key{Activity: e.Activity, Direction: checklist.ParseDirection(e.Direction)}
		sheet.Put(k, checklist.Entry{Answer: checklist.ParseAnswer(e.Answer), Tried: e.Tried, Note: e.Note, Changed: e.Changed})
	})
	if err != nil {
		return nil, nil, err
	}
	var custom []catalog.Activity
	err = eachRow(db, "custom_activities", p.codec, func(a catalog.Activity) { custom = append(custom, a) })
	return sheet, custom, err
}

// eachRow decodes every row of a profile's table in stored order.
func eachRow[T any](db *sql.DB, table string, c codec, fn func(T)) error {
	order := "rowid"
	if table == "answers" || table == "custom_activities" {
		order = "slot"
	}
	rows, err := db.Query(`SELECT payload FROM `+table+` WHERE profile_id = ? ORDER BY `+order, c.profileID)
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

// SaveAnswer keeps one answer slot as it now is and, when the answer
// changed, the change, in one transaction.
func (v *Vault) SaveAnswer(p *Person, k checklist.Key, e checklist.Entry, change *checklist.Change) error {
	slot := slotName(k)
	entry, err := p.codec.encode("answers", envelope{Slot: slot, Data: storedEntry{
		Activity: k.Activity, Direction: k.Direction.String(), Answer: e.Answer.String(),
		Tried: e.Tried, Note: e.Note, Changed: e.Changed,
	}})
	if err != nil {
		return err
	}
	var hist []byte
	if change != nil {
		hist, err = p.codec.encode("answer_history", envelope{Data: storedChange{
			Activity: k.Activity, Direction: k.Direction.String(), From: change.From.String(), To: change.To.String(), At: change.At,
		}})
		if err != nil {
			return err
		}
	}
	err = v.Tx(context.Background(), func(tx *sql.Tx) error {
		if e == (checklist.Entry{}) {
			_, err = tx.Exec(`DELETE FROM answers WHERE profile_id = ? AND slot = ?`, p.ID, p.codec.slot(slot))
		} else {
			_, err = tx.Exec(`INSERT INTO answers (profile_id, slot, payload) VALUES (?, ?, ?)
				ON CONFLICT (profile_id, slot) DO UPDATE SET payload = excluded.payload`, p.ID, p.codec.slot(slot), entry)
		}
		if err != nil || hist == nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO answer_history (profile_id, payload) VALUES (?, ?)`, p.ID, hist)
		return err
	})
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// AnswerHistory lists every change of a person's answers, oldest first.
func (v *Vault) AnswerHistory(p *Person) ([]checklist.Change, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	var out []checklist.Change
	err = eachRow(db, "answer_history", p.codec, func(c storedChange) {
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
	payload, err := p.codec.encode("custom_activities", envelope{Slot: slot, Data: a})
	if err != nil {
		return err
	}
	err = v.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO custom_activities (profile_id, slot, payload) VALUES (?, ?, ?)
			ON CONFLICT (profile_id, slot) DO UPDATE SET payload = excluded.payload`, p.ID, p.codec.slot(slot), payload)
		return err
	})
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}
