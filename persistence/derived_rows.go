package persistence

// Which rows are derived data, how they are sealed when written, and how
// rows kept plain by an older Parley are sealed later (derived.go has the
// sealing itself).

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"

	"parleyapp.org/parley/domain/negotiation"
)

// sealDerivedStep is the schema step: the key pairs, and who a saved
// comparison belongs to. An older vault's derived rows cannot be sealed
// here, because that needs each protected person's PIN (to seal their new
// private key); the step records the owners, the stores treat a plain
// row of a protected owner as locked, and catchUp seals it the next time
// its owner opens their list with their PIN.
func sealDerivedStep(tx *sql.Tx) error {
	if err := execAll(
		`CREATE TABLE profile_keys (profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
			public BLOB NOT NULL, slot TEXT NOT NULL, payload BLOB NOT NULL)`,
		// owners: profile IDs (space separated) of the people on this
		// computer who took part; sealed_to: those the payload is sealed to.
		`ALTER TABLE comparisons ADD COLUMN owners TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE comparisons ADD COLUMN sealed_to TEXT NOT NULL DEFAULT ''`,
	)(tx); err != nil {
		return err
	}
	return fillOwners(tx)
}

// fillOwners works out who took part in each older saved comparison: the
// person of the exchange with the same session, or, for one made on this
// computer, the people whose names it shows (when exactly one profile has
// that name).
func fillOwners(tx *sql.Tx) error {
	type row struct {
		id       string
		exchange string
		payload  []byte
	}
	rows, err := tx.Query(`SELECT c.id, coalesce(e.profile_id, ''), c.payload FROM comparisons c
		LEFT JOIN exchanges e ON e.session_id = c.id`)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.exchange, &r.payload); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	byName := map[string][]string{}
	names, err := tx.Query(`SELECT id, name FROM profiles`)
	if err != nil {
		return err
	}
	for names.Next() {
		var id, name string
		if err := names.Scan(&id, &name); err != nil {
			names.Close()
			return err
		}
		k := strings.ToLower(strings.TrimSpace(name))
		byName[k] = append(byName[k], id)
	}
	names.Close()
	for _, r := range all {
		var owners []string
		var c SavedComparison
		_ = json.Unmarshal(r.payload, &c) // an unreadable row keeps no owners
		switch {
		case r.exchange != "":
			owners = []string{r.exchange}
		case c.Local:
			for _, n := range []string{c.StarterName, c.ResponderName} {
				if ids := byName[strings.ToLower(strings.TrimSpace(n))]; len(ids) == 1 && !slices.Contains(owners, ids[0]) {
					owners = append(owners, ids[0])
				}
			}
		}
		if _, err := tx.Exec(`UPDATE comparisons SET owners = ? WHERE id = ?`, strings.Join(owners, " "), r.id); err != nil {
			return err
		}
	}
	return nil
}

// catchUp seals, after person opened their protected list with the PIN,
// whatever derived data of theirs is still plain. A failure (a full disk)
// changes nothing and is tried again at the next open.
func (v *Vault) catchUp(p *Person) {
	_ = v.tx(context.Background(), func(tx *sql.Tx) error { return sealDerivedOf(tx, p.ID, p.codec) })
}

// sealDerivedOf gives a protected profile its key pair (its private half
// sealed by c) and seals its plain derived rows: saved comparisons it took
// part in, and the discoveries of debriefs it is linked to. Limits brought
// into drafts by an older Parley carry no mark of where they came from,
// so they are left as the people wrote them (see "Derived data" in doc.go).
func sealDerivedOf(tx *sql.Tx, profileID string, c codec) error {
	if err := ensureKeys(tx, profileID, c); err != nil {
		return err
	}
	if err := sealPlainComparisons(tx, profileID); err != nil {
		return err
	}
	return sealPlainDebriefs(tx, profileID)
}

func sealPlainComparisons(tx *sql.Tx, profileID string) error {
	type row struct {
		id, owners string
		payload    []byte
	}
	rows, err := tx.Query(`SELECT id, owners, payload FROM comparisons
		WHERE sealed_to = '' AND instr(' ' || owners || ' ', ' ' || ? || ' ') > 0`, profileID)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.owners, &r.payload); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		var c SavedComparison
		if err := json.Unmarshal(r.payload, &c); err != nil {
			continue // damaged: left for the reader to report
		}
		protected, err := protectedAmong(tx, strings.Fields(r.owners))
		if err != nil {
			return err
		}
		// This profile may be sealing for the first time (its seal is
		// written after this step); owners not yet caught up are left out
		// and open it with their own PIN no more (documented in doc.go).
		to := []string{profileID}
		for _, id := range protected {
			if _, err := publicKey(tx, id); err == nil && id != profileID {
				to = append(to, id)
			}
		}
		payload, err := sealBox(tx, to, comparisonPlace(r.id), c)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE comparisons SET payload = ?, sealed_to = ? WHERE id = ?`, payload, strings.Join(to, " "), r.id); err != nil {
			return err
		}
	}
	return nil
}

func sealPlainDebriefs(tx *sql.Tx, profileID string) error {
	type row struct {
		negotiation string
		payload     []byte
	}
	rows, err := tx.Query(`SELECT negotiation_id, payload FROM debriefs WHERE instr(payload, '"discoveries"') > 0`)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.negotiation, &r.payload); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		var d negotiation.Debrief
		if json.Unmarshal(r.payload, &d) != nil || len(d.Discoveries) == 0 {
			continue
		}
		doc, _, err := latestDoc(tx, r.negotiation)
		if err != nil {
			continue
		}
		i := doc.ParticipantIndex(d.ParticipantID)
		if i < 0 || doc.Participants[i].ProfileID != profileID {
			continue
		}
		if d, err = sealDiscoveries(tx, profileID, d); err != nil {
			return err
		}
		data, err := json.Marshal(d)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE debriefs SET payload = ? WHERE negotiation_id = ? AND participant = ?`, data, r.negotiation, d.ParticipantID); err != nil {
			return err
		}
	}
	return nil
}

func discoveriesPlace(profileID string) string { return "discoveries|" + profileID }
func limitsPlace(profileID string) string      { return "limits|" + profileID }

// sealDiscoveries moves d's plain discoveries into a box sealed to owner.
func sealDiscoveries(q rowQuerier, owner string, d negotiation.Debrief) (negotiation.Debrief, error) {
	if len(d.Discoveries) == 0 {
		return d, nil
	}
	b, err := sealBox(q, []string{owner}, discoveriesPlace(owner), d.Discoveries)
	if err != nil {
		return d, err
	}
	d.HiddenDiscoveries = append(slices.Clone(d.HiddenDiscoveries), negotiation.Sealed{ProfileID: owner, Box: b})
	d.Discoveries = nil
	return d, nil
}

// sealForDebrief seals a debrief's discoveries when the person it is for
// is linked to a protected list.
func sealForDebrief(tx *sql.Tx, doc negotiation.Document, d negotiation.Debrief) (negotiation.Debrief, error) {
	i := doc.ParticipantIndex(d.ParticipantID)
	if i < 0 || doc.Participants[i].ProfileID == "" || len(d.Discoveries) == 0 {
		return d, nil
	}
	owner := doc.Participants[i].ProfileID
	protected, err := protectedAmong(tx, []string{owner})
	if err != nil || len(protected) == 0 {
		return d, err
	}
	return sealDiscoveries(tx, owner, d)
}

// RevealDiscoveries opens the discoveries of d that are sealed to person
// (opened with their PIN) and puts them back among d.Discoveries; nothing
// is written. The copy lives as long as the caller keeps d.
func (v *Vault) RevealDiscoveries(d *negotiation.Debrief, person *Person) error {
	db, err := v.conn()
	if err != nil {
		return err
	}
	var keep []negotiation.Sealed
	for _, s := range d.HiddenDiscoveries {
		if s.ProfileID != person.ID {
			keep = append(keep, s)
			continue
		}
		var found []negotiation.Discovery
		if err := openBox(db, person, discoveriesPlace(s.ProfileID), s.Box, &found); err != nil {
			return err
		}
		d.Discoveries = append(d.Discoveries, found...)
	}
	d.HiddenDiscoveries = keep
	return nil
}

// sealDocLimits moves every limit marked Protected into a box sealed to
// its participant's protected list; doc is not changed (a copy is
// returned). A list that is no longer protected keeps them plain.
func sealDocLimits(q rowQuerier, doc negotiation.Document) (negotiation.Document, error) {
	out := doc.Clone()
	for i := range out.Participants {
		p := &out.Participants[i]
		var hard, soft, keepHard, keepSoft []negotiation.LimitItem
		for _, it := range p.Limits.Hard {
			if it.Protected {
				hard = append(hard, it)
			} else {
				keepHard = append(keepHard, it)
			}
		}
		for _, it := range p.Limits.Soft {
			if it.Protected {
				soft = append(soft, it)
			} else {
				keepSoft = append(keepSoft, it)
			}
		}
		if len(hard)+len(soft) == 0 || p.ProfileID == "" {
			continue
		}
		protected, err := protectedAmong(q, []string{p.ProfileID})
		if err != nil {
			return doc, err
		}
		if len(protected) == 0 {
			continue
		}
		b, err := sealBox(q, protected, limitsPlace(p.ProfileID), negotiation.Limits{Hard: hard, Soft: soft})
		if err != nil {
			return doc, err
		}
		p.Limits = negotiation.Limits{Hard: keepHard, Soft: keepSoft}
		p.HiddenLimits = append(slices.Clone(p.HiddenLimits), negotiation.Sealed{ProfileID: p.ProfileID, Box: b})
	}
	return out, nil
}

// RevealLimits opens the limits in doc that are sealed to person (opened
// with their PIN) and puts them back among that participant's limits,
// still marked Protected, so the next save seals them again. Nothing is
// written.
func (v *Vault) RevealLimits(doc *negotiation.Document, person *Person) error {
	db, err := v.conn()
	if err != nil {
		return err
	}
	for i := range doc.Participants {
		p := &doc.Participants[i]
		var keep []negotiation.Sealed
		for _, s := range p.HiddenLimits {
			if s.ProfileID != person.ID {
				keep = append(keep, s)
				continue
			}
			var l negotiation.Limits
			if err := openBox(db, person, limitsPlace(s.ProfileID), s.Box, &l); err != nil {
				return err
			}
			p.Limits.Hard = append(p.Limits.Hard, l.Hard...)
			p.Limits.Soft = append(p.Limits.Soft, l.Soft...)
		}
		p.HiddenLimits = keep
	}
	return nil
}
