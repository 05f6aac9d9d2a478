package persistence

// Standing agreements (negotiation.Document with IsAgreement) are kept in
// the negotiations store's own tables, one row per agreement in
// negotiations and one per version in negotiation_versions, so versions,
// agreeing, renegotiation, sealing of protected limits, backups and
// deleting work on them exactly as on scenes. Two columns (the step
// "agreements beside negotiations") keep them apart:
//   - kind: 'scene' or 'agreement', fixed when the document is created.
//     Every scene list and search (Negotiations, SearchNegotiations,
//     SearchNegotiationsPage) reads only scenes, so History, Home's
//     "coming up" and "start from what you last agreed" never meet an
//     agreement; saving a document of the other kind over one is refused
//     (ErrOtherKind).
//   - review_on: the review date that stands (Unix seconds, 0 when none):
//     the latest agreed version's, while a newer draft is being written
//     (a review under way does not hide that it is due), else the latest
//     version's. A partial index on it holds only agreements.

import (
	"database/sql"
	"errors"
	"strings"
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

// docKind is the kind column's value.
type docKind string

const (
	kindScene     docKind = "scene"
	kindAgreement docKind = "agreement"
)

func kindOf(d negotiation.Document) docKind {
	if d.IsAgreement() {
		return kindAgreement
	}
	return kindScene
}

// AgreementSummary is one standing agreement as Home and lists show it.
// State is "draft" or "agreed" for the latest version; Standing is the
// number of the latest agreed version (0 while none has been agreed), so
// a review under way (a newer draft) can be told from a first draft.
// ReviewOn is the review date that stands (see above), zero when none.
type AgreementSummary struct {
	ID       string
	Title    string
	People   []string
	Created  time.Time
	Updated  time.Time
	ReviewOn time.Time
	State    string
	Versions int
	Standing int
}

// Agreements lists every standing agreement, the review due soonest
// first; agreements without a review date come last, the most recently
// changed first.
func (v *Vault) Agreements() ([]AgreementSummary, error) { return v.SearchAgreements("", "") }

// SearchAgreements lists the agreements that match, in Agreements' order:
// query and person as for SearchNegotiations (query also finds the roles,
// standing rules and rituals, check-ins and the way out).
func (v *Vault) SearchAgreements(query, person string) ([]AgreementSummary, error) {
	db, err := v.conn()
	if err != nil {
		return nil, err
	}
	where, args := negotiationFilter(kindAgreement, query, person, "", v.store.now())
	rows, err := db.Query(`SELECT id, title, people, created, updated, review_on, shown_state,
			CAST(substr(state, instr(state, ' ') + 1) AS INTEGER),
			(SELECT coalesce(max(version), 0) FROM negotiation_versions WHERE negotiation_id = n.id AND agreed)
		FROM (SELECT *, `+stateSQL+` AS shown_state FROM negotiations) AS n
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY review_on = 0, review_on, updated DESC, id`, args...)
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	defer rows.Close()
	var out []AgreementSummary
	for rows.Next() {
		var s AgreementSummary
		var people string
		var created, updated, reviewOn int64
		if err := rows.Scan(&s.ID, &s.Title, &people, &created, &updated, &reviewOn, &s.State, &s.Versions, &s.Standing); err != nil {
			return nil, fail(ErrDamaged, err)
		}
		if people != "" {
			s.People = strings.Split(people, "\n")
		}
		s.Created, s.Updated = time.Unix(created, 0), time.Unix(updated, 0)
		if reviewOn != 0 {
			s.ReviewOn = time.Unix(reviewOn, 0)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	return out, nil
}

// listedReviewOn is the review date the listing keeps for doc, the latest
// version of negotiation id (see above); 0 for a scene.
func listedReviewOn(tx *sql.Tx, id string, doc negotiation.Document) (int64, error) {
	if !doc.IsAgreement() {
		return 0, nil
	}
	on := doc.Agreement.ReviewOn
	if doc.AgreedOn.IsZero() {
		var data []byte
		err := tx.QueryRow(`SELECT doc FROM negotiation_versions WHERE negotiation_id = ? AND agreed ORDER BY version DESC LIMIT 1`, id).Scan(&data)
		switch {
		case err == nil:
			standing, err := decodeDoc(data)
			if err != nil {
				return 0, err
			}
			on = standing.Agreement.ReviewOn
		case !errors.Is(err, sql.ErrNoRows):
			return 0, err
		}
	}
	if on.IsZero() {
		return 0, nil
	}
	return on.Unix(), nil
}

// missingOrOtherKind says why the listing of id was not updated.
func missingOrOtherKind(tx *sql.Tx, id string) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM negotiations WHERE id = ?`, id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return ErrNoSuchNegotiation
	}
	return ErrOtherKind
}
