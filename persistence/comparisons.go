package persistence

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"
)

// SavedComparison is a comparison's result as the vault keeps it, for the
// Compare screen to show again and for the negotiation editor to start
// from. It is written once, when the comparison finishes, and never
// changed. It is stored as JSON in the comparisons table's payload column.
// What both people learned is derived from their lists, so when one of
// the people on this computer (Owners) has a protected list, the payload
// is sealed to every protected owner (derived.go): either one's PIN opens
// it, and an open owner's does not (see "Derived data" in doc.go).
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
	// Fantasy: what both said Yes or Fantasy only to, apart from BothYes;
	// empty unless both chose to compare fantasies (FantasiesCompared).
	// Results saved before schema step 7 have neither.
	Fantasy           []SavedMatch `json:"fantasy,omitempty"`
	FantasiesCompared bool         `json:"fantasies_compared,omitempty"`
	// Group is set for a comparison of three or four people on this
	// computer; then StarterName and ResponderName are its first two
	// people and BothYes … Fantasy stay empty (each pair's lists are in
	// Group.Pairs). Nil for two people, as every result saved before.
	Group *SavedGroup `json:"group,omitempty"`
	// StarterCount and ResponderCount are how many Yes answers each shared.
	StarterCount   int `json:"starter_count"`
	ResponderCount int `json:"responder_count"`
	// OverClaimWarning is the sentence shown when a side said yes to nearly
	// everything ("" when neither did).
	OverClaimWarning string `json:"over_claim_warning,omitempty"`
	// Local says both people were on this computer (Together mode).
	Local bool `json:"local,omitempty"`
	// Owners are the profile IDs of the people on this computer who took
	// part (both in Together mode, one otherwise). Kept plain, beside the
	// payload: profiles and their names are public in the vault.
	Owners []string `json:"-"`
	// Locked: the result belongs to a protected list and was read without
	// opening it. Only ID, Created and Owners are set; OpenComparison with
	// an owner's Person reads the rest.
	Locked bool `json:"-"`
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

// SavedGroup is what a group of three or four learned on this computer
// (match.GroupResult, with names): what all of them want, and every
// pair's own result.
type SavedGroup struct {
	// Names are the people in the order they were picked, 3 or 4 of them.
	Names []string `json:"names"`
	// Everyone: what all said Yes to; WorthTalking: what all said Yes or
	// Maybe to, apart from Everyone (when all chose maybes); Fantasy: what
	// all said Yes or Fantasy only to, apart from Everyone (when all chose
	// fantasies).
	Everyone          []SavedGroupMatch `json:"everyone"`
	WorthTalking      []SavedGroupMatch `json:"worth_talking,omitempty"`
	Fantasy           []SavedGroupMatch `json:"fantasy,omitempty"`
	MaybesCompared    bool              `json:"maybes_compared,omitempty"`
	FantasiesCompared bool              `json:"fantasies_compared,omitempty"`
	// Pairs holds each pair's result, in the order (1,2), (1,3) … (3,4).
	Pairs []SavedPair `json:"pairs"`
}

// SavedGroupMatch is one activity all of a group want. For one with a
// giver and a receiver, GiverNames and ReceiverNames say who gives and who
// receives (someone can be in both); Together is set for the others.
type SavedGroupMatch struct {
	ActivityID    string   `json:"activity_id"`
	Name          string   `json:"name"`
	Category      string   `json:"category,omitempty"`
	Together      bool     `json:"together,omitempty"`
	GiverNames    []string `json:"giver_names,omitempty"`
	ReceiverNames []string `json:"receiver_names,omitempty"`
}

// SavedPair is one pair's result within a group, labelled by who:
// FirstName is the pair's starter (its SavedMatch slots read from there).
type SavedPair struct {
	FirstName         string       `json:"first_name"`
	SecondName        string       `json:"second_name"`
	BothYes           []SavedMatch `json:"both_yes"`
	WorthTalking      []SavedMatch `json:"worth_talking,omitempty"`
	Fantasy           []SavedMatch `json:"fantasy,omitempty"`
	MaybesCompared    bool         `json:"maybes_compared,omitempty"`
	FantasiesCompared bool         `json:"fantasies_compared,omitempty"`
}

// MaxParticipants is the most people one saved comparison holds.
const MaxParticipants = 4

// ErrGroupSize: a group result must hold three or four people.
const ErrGroupSize Error = "A comparison on this computer takes two, three or four people. Nothing was saved; choose up to four people and compare again."

// Participants names everyone who took part, in order: the group's
// people, or the starter and the responder. A negotiation started from
// the result gets every one of them.
func (c SavedComparison) Participants() []string {
	if c.Group != nil {
		return append([]string(nil), c.Group.Names...)
	}
	return []string{c.StarterName, c.ResponderName}
}

// SaveComparison keeps a result and returns it as saved: with an ID and a
// date when it had none. Saving again under the same ID replaces it.
func (v *Vault) SaveComparison(c SavedComparison) (SavedComparison, error) {
	if err := v.ready(); err != nil {
		return c, err
	}
	if g := c.Group; g != nil && (len(g.Names) < 3 || len(g.Names) > MaxParticipants || len(g.Pairs) != len(g.Names)*(len(g.Names)-1)/2) {
		return c, ErrGroupSize
	}
	c = v.completeComparison(c)
	err := v.tx(context.Background(), func(tx *sql.Tx) error { return saveComparison(tx, c) })
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
	protected, err := protectedAmong(tx, c.Owners)
	if err != nil {
		return fail(ErrDamaged, err)
	}
	var payload []byte
	if len(protected) > 0 {
		payload, err = sealBox(tx, protected, comparisonPlace(c.ID), c)
	} else {
		payload, err = json.Marshal(c)
	}
	if errors.Is(err, ErrNeedsPINOnce) {
		return ErrNeedsPINOnce
	}
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	_, err = tx.Exec(`INSERT INTO comparisons (id, created, payload, owners, sealed_to) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET created = excluded.created, payload = excluded.payload,
			owners = excluded.owners, sealed_to = excluded.sealed_to`,
		c.ID, c.Created.Unix(), payload, strings.Join(c.Owners, " "), strings.Join(protected, " "))
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

func comparisonPlace(id string) string { return "comparisons|" + id }

// Comparisons lists every saved result, newest first. A result that
// belongs to a protected list comes Locked: its date and owners only.
func (v *Vault) Comparisons() ([]SavedComparison, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	rows, err := db.Query(`SELECT ` + comparisonColumns + ` FROM comparisons ORDER BY created DESC, id`)
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
// there, ErrProtectedResult when it belongs to a protected list (then use
// OpenComparison).
func (v *Vault) Comparison(id string) (SavedComparison, error) {
	return v.OpenComparison(id, nil)
}

// OpenComparison reads one saved result with person's list open: a result
// sealed to protected lists opens with any one of their Persons (opened
// with the PIN). person may be nil for a result that is not protected.
func (v *Vault) OpenComparison(id string, person *Person) (SavedComparison, error) {
	db, err := v.conn()
	if err != nil {
		return SavedComparison{}, err
	}
	var payload []byte
	c, err := scanComparisonRow(db.QueryRow(`SELECT `+comparisonColumns+` FROM comparisons WHERE id = ?`, id), &payload)
	if errors.Is(err, sql.ErrNoRows) {
		return SavedComparison{}, ErrNoSuchComparison
	}
	if err != nil || !c.Locked {
		return c.SavedComparison, err
	}
	if sealedTo := c.sealedTo; len(sealedTo) > 0 {
		if person == nil || !slices.Contains(sealedTo, person.ID) {
			return SavedComparison{}, ErrProtectedResult
		}
		var open SavedComparison
		if err := openBox(db, person, comparisonPlace(id), payload, &open); err != nil {
			return SavedComparison{}, err
		}
		open.ID, open.Owners = id, c.Owners
		return open, nil
	}
	// A result from before derived data was sealed, of a protected owner
	// who has not entered their PIN since: it opens for that owner only.
	if person == nil || !person.codec.sealed() || !slices.Contains(c.Owners, person.ID) {
		return SavedComparison{}, ErrProtectedResult
	}
	var open SavedComparison
	if err := json.Unmarshal(payload, &open); err != nil {
		return SavedComparison{}, fail(ErrDamaged, err)
	}
	open.ID, open.Owners = id, c.Owners
	return open, nil
}

// comparisonColumns: id, created, owners, sealed_to, whether an owner is
// protected, payload.
const comparisonColumns = `id, created, owners, sealed_to,
	EXISTS (SELECT 1 FROM profiles WHERE seal IS NOT NULL AND instr(' ' || comparisons.owners || ' ', ' ' || profiles.id || ' ') > 0),
	payload`

// scannedComparison is a row as read, before it is opened.
type scannedComparison struct {
	SavedComparison
	sealedTo []string
}

func scanComparison(row interface{ Scan(...any) error }) (SavedComparison, error) {
	var payload []byte
	c, err := scanComparisonRow(row, &payload)
	return c.SavedComparison, err
}

// scanComparisonRow reads a row: in full when it is not protected, else
// Locked with its date and owners; payload is the stored payload.
func scanComparisonRow(row interface{ Scan(...any) error }, payload *[]byte) (scannedComparison, error) {
	var id, owners, sealedTo string
	var created int64
	var protected bool
	if err := row.Scan(&id, &created, &owners, &sealedTo, &protected, payload); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return scannedComparison{}, err
		}
		return scannedComparison{}, fail(ErrDamaged, err)
	}
	var c scannedComparison
	c.Owners, c.sealedTo = ownerList(owners), ownerList(sealedTo)
	if sealedTo != "" || protected {
		c.ID, c.Created, c.Locked = id, time.Unix(created, 0), true
		return c, nil
	}
	if err := json.Unmarshal(*payload, &c.SavedComparison); err != nil {
		return scannedComparison{}, fail(ErrDamaged, err)
	}
	c.ID, c.Owners = id, ownerList(owners)
	return c, nil
}

// ownerList splits a column of space-separated profile IDs (nil for none).
func ownerList(s string) []string {
	if f := strings.Fields(s); len(f) > 0 {
		return f
	}
	return nil
}
