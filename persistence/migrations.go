package persistence

import (
	"context"
	"database/sql"
	"fmt"
)

// migration is one step of the schema. Its version is its position in
// migrations() counted from 1; PRAGMA user_version records the last step
// applied. Each step runs in one transaction together with the new
// user_version, so a vault is always exactly at some version.
type migration struct {
	name string
	up   func(*sql.Tx) error
}

// migrations is the schema's whole history, oldest first. Only ever append:
// never edit or reorder a step that has shipped, because vaults out there
// are at every version. Feature stores (profiles, answers, exchanges,
// negotiations ...) add their tables as new steps at the end.
func migrations() []migration {
	return []migration{
		{"settings and meta", execAll(
			`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
			// meta: facts about the vault itself (vault_id, created_at, mode),
			// so a lost sidecar can be rebuilt from the recovery code.
			`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
		)},
		{"people and their checklists", execAll(
			// seal is NULL for an open profile; otherwise the PIN's salt,
			// Argon2id parameters and a check value (see seal.go). Rows of a
			// sealed profile hold only sealed payloads and keyed slot names.
			`CREATE TABLE profiles (id TEXT PRIMARY KEY, name TEXT NOT NULL, pronouns TEXT NOT NULL DEFAULT '',
				colour TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL, seal BLOB)`,
			`CREATE TABLE answers (profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
				slot TEXT NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (profile_id, slot)) WITHOUT ROWID`,
			`CREATE TABLE answer_history (id INTEGER PRIMARY KEY, profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
				payload BLOB NOT NULL)`,
			`CREATE INDEX answer_history_profile ON answer_history(profile_id, id)`,
			`CREATE TABLE custom_activities (profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
				slot TEXT NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (profile_id, slot)) WITHOUT ROWID`,
		)},
		{"comparisons", execAll(
			// exchanges: pending two-computer comparisons; state is
			// match.Pending's binary form (it holds the secret scalar).
			`CREATE TABLE exchanges (session_id TEXT PRIMARY KEY, role TEXT NOT NULL,
				profile_id TEXT REFERENCES profiles(id) ON DELETE SET NULL, created INTEGER NOT NULL,
				expires INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0, state BLOB NOT NULL)`,
			// comparisons: saved results, for the negotiation editor.
			`CREATE TABLE comparisons (id TEXT PRIMARY KEY, created INTEGER NOT NULL, payload BLOB NOT NULL)`,
		)},
		{"negotiations", execAll(
			`CREATE TABLE negotiations (id TEXT PRIMARY KEY, title TEXT NOT NULL, created INTEGER NOT NULL,
				updated INTEGER NOT NULL, scene_on INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL,
				people TEXT NOT NULL DEFAULT '', search TEXT NOT NULL DEFAULT '')`,
			`CREATE INDEX negotiations_updated ON negotiations(updated)`,
			// one row per version; the latest may be a draft still being edited.
			`CREATE TABLE negotiation_versions (negotiation_id TEXT NOT NULL REFERENCES negotiations(id) ON DELETE CASCADE,
				version INTEGER NOT NULL, saved INTEGER NOT NULL, agreed INTEGER NOT NULL DEFAULT 0,
				doc BLOB NOT NULL, PRIMARY KEY (negotiation_id, version)) WITHOUT ROWID`,
			`CREATE TABLE debriefs (negotiation_id TEXT NOT NULL REFERENCES negotiations(id) ON DELETE CASCADE,
				participant TEXT NOT NULL, written INTEGER NOT NULL, payload BLOB NOT NULL,
				PRIMARY KEY (negotiation_id, participant)) WITHOUT ROWID`,
		)},
		{"personality test", execAll(
			// payload is sealed like answers when the profile is sealed.
			`CREATE TABLE quiz_results (id INTEGER PRIMARY KEY, profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
				payload BLOB NOT NULL)`,
		)},
		// Derived data of protected lists is sealed to them (derived.go).
		// Appended by the derived-data work of issue 12: renumber freely
		// when merging with other new steps.
		{"derived data sealed to protected lists", sealDerivedStep},
		// Issue 17: answers can be "fantasy" and carry a condition, and a
		// saved comparison can hold a group of up to four. Both live in the
		// JSON payloads (sealed like every row of a protected list), so no
		// table changes; the step exists so that an older Parley, which
		// would read a fantasy answer as unanswered and drop a condition
		// at its next save, refuses the vault as newer instead.
		{"fantasy answers, conditions and group comparisons", answersStep},
		// Standing agreements live beside scene negotiations in the same
		// tables (agreements.go); every row before this step is a scene.
		// Appended by the agreements work of issue 17 (step 8).
		{"agreements beside negotiations", execAll(
			`ALTER TABLE negotiations ADD COLUMN kind TEXT NOT NULL DEFAULT 'scene'`,
			`ALTER TABLE negotiations ADD COLUMN review_on INTEGER NOT NULL DEFAULT 0`,
			`CREATE INDEX negotiations_agreements ON negotiations(review_on) WHERE kind = 'agreement'`,
		)},
	}
}

// answersStep changes no table (see its entry in migrations).
func answersStep(*sql.Tx) error { return nil }

// latestVersion is the schema version this build writes.
func latestVersion() int { return len(migrations()) }

// execAll is a migration step made of plain SQL statements.
func execAll(stmts ...string) func(*sql.Tx) error {
	return func(tx *sql.Tx) error {
		for _, s := range stmts {
			if _, err := tx.Exec(s); err != nil {
				return err
			}
		}
		return nil
	}
}

// userVersion reads PRAGMA user_version.
func userVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate brings db up to the last step of list, one transaction per step.
// A database newer than list is left alone and gives ErrNewerVersion. If a
// step fails, the steps before it stay applied and the database stays at
// the version of the last one that succeeded.
func migrate(ctx context.Context, db *sql.DB, list []migration) error {
	have, err := userVersion(ctx, db)
	if err != nil {
		return err
	}
	if have > len(list) {
		return ErrNewerVersion
	}
	for v := have + 1; v <= len(list); v++ {
		if err := applyStep(ctx, db, v, list[v-1]); err != nil {
			return fmt.Errorf("migration %d (%s): %w", v, list[v-1].name, err)
		}
	}
	return nil
}

func applyStep(ctx context.Context, db *sql.DB, version int, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if err := m.up(tx); err != nil {
		return err
	}
	// PRAGMA takes no bound parameters; version is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		return err
	}
	return tx.Commit()
}
