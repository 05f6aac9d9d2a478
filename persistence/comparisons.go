package persistence

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"time"
)

// SavedComparison is a comparison's result as the vault keeps it, for the
// Compare screen to show again and for the negotiation editor to start
// from. It is written once, when the comparison finishes, and never
// changed. It is stored as JSON in the comparisons table's payload column;
// it holds only what both people learned, so it is not sealed.
type SavedComparison struct {
	// ID names the result: the exchange's session ID (hex) for a comparison
	// between two computers, a random ID for one made on this computer.
	ID      string    `json:"-"`
	Created time.Time `json:"created"`
	// StarterName and ResponderName are the two people as shown in the
	// result: the one who made the invitation (or was picked first on one
	// computer) and the other. A partner on another computer is named as
	// the person here typed it.
	StarterName   string `json:"starter_name"`
	ResponderName string `json:"responder_name"`
	// CatalogVersion is the activity list both used.
	CatalogVersion string `json:"catalog_version"`
	// BothYes: what both said Yes to. WorthTalking: what both said Yes or
	// Maybe to, apart from BothYes; empty unless both chose to compare
	// maybes (MaybesCompared).
	BothYes        []SavedMatch `json:"both_yes"`
	WorthTalking   []SavedMatch `json:"worth_talking,omitempty"`
	MaybesCompared bool         `json:"maybes_compared,omitempty"`
	// StarterCount and ResponderCount are how many Yes answers each shared.
	StarterCount   int `json:"starter_count"`
	ResponderCount int `json:"responder_count"`
	// OverClaimWarning is the sentence shown when a side said yes to nearly
	// everything ("" when neither did).
	OverClaimWarning string `json:"over_claim_warning,omitempty"`
	// Local says both people were on this computer (Together mode).
	Local bool `json:"local,omitempty"`
}

// SavedMatch is one activity, in one direction, that both people want.
type SavedMatch struct {
	// ActivityID is the catalog ID, or "custom:" + the normalised name of
	// an activity the people added themselves.
	ActivityID string `json:"activity_id"`
	// Name is the activity's name as shown; Category is its category's
	// name (empty for an activity of their own without one).
	Name     string `json:"name"`
	Category string `json:"category,omitempty"`
	// Slot is the match's slot seen from the starter: "together",
	// "starter-gives" or "responder-gives" (match.Slot).
	Slot string `json:"slot"`
	// Together: nobody gives or receives; GiverName and ReceiverName are
	// then empty. Otherwise they name who gives and who receives.
	Together     bool   `json:"together,omitempty"`
	GiverName    string `json:"giver_name,omitempty"`
	ReceiverName string `json:"receiver_name,omitempty"`
}

// SaveComparison keeps a result and returns it as saved: with an ID and a
// date when it had none. Saving again under the same ID replaces it.
func (v *Vault) SaveComparison(c SavedComparison) (SavedComparison, error) {
	if err := v.ready(); err != nil {
		return c, err
	}
	c = v.completeComparison(c)
	err := v.Tx(context.Background(), func(tx *sql.Tx) error { return saveComparison(tx, c) })
	return c, err
}

// completeComparison gives c an ID and a date if it lacks them.
func (v *Vault) completeComparison(c SavedComparison) SavedComparison {
	if c.ID == "" {
		id := make([]byte, 16)
		_, _ = rand.Read(id) // crypto/rand.Read does not fail
		c.ID = hex.EncodeToString(id)
	}
	if c.Created.IsZero() {
		c.Created = v.store.now()
	}
	c.Created = c.Created.Truncate(time.Second)
	return c
}

func saveComparison(tx *sql.Tx, c SavedComparison) error {
	payload, err := json.Marshal(c)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	_, err = tx.Exec(`INSERT INTO comparisons (id, created, payload) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET created = excluded.created, payload = excluded.payload`,
		c.ID, c.Created.Unix(), payload)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// Comparisons lists every saved result, newest first.
func (v *Vault) Comparisons() ([]SavedComparison, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	rows, err := db.Query(`SELECT id, payload FROM comparisons ORDER BY created DESC, id`)
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	defer rows.Close()
	var out []SavedComparison
	for rows.Next() {
		c, err := scanComparison(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	return out, nil
}

// Comparison reads one saved result; ErrNoSuchComparison when it is not
// there.
func (v *Vault) Comparison(id string) (SavedComparison, error) {
	db, err := v.conn()
	if err != nil {
		return SavedComparison{}, err
	}
	c, err := scanComparison(db.QueryRow(`SELECT id, payload FROM comparisons WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return SavedComparison{}, ErrNoSuchComparison
	}
	return c, err
}

func scanComparison(row interface{ Scan(...any) error }) (SavedComparison, error) {
	var id string
	var payload []byte
	if err := row.Scan(&id, &payload); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return SavedComparison{}, err
		}
		return SavedComparison{}, fail(ErrDamaged, err)
	}
	var c SavedComparison
	if err := json.Unmarshal(payload, &c); err != nil {
		return SavedComparison{}, fail(ErrDamaged, err)
	}
	c.ID = id
	return c, nil
}
