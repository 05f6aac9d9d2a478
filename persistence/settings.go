package persistence

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Setting reads one value from the vault's settings table; ok is false
// when the key has never been set.
func (v *Vault) Setting(key string) (value string, ok bool, err error) {
	db, err := v.conn()
	if err != nil {
		return "", false, err
	}
	err = db.QueryRow("SELECT value FROM settings WHERE key = ?", key).Scan(&value)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", false, nil
	case err != nil:
		return "", false, fail(ErrDamaged, err)
	}
	return value, true, nil
}

// SetSetting stores one value in the vault's settings table, replacing any
// earlier value.
func (v *Vault) SetSetting(key, value string) error {
	db, err := v.conn()
	if err != nil {
		return err
	}
	_, err = db.Exec(`INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

// execer is what both *sql.DB and *sql.Tx offer.
type execer interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

// setMeta stores one fact about the vault in the meta table.
func setMeta(ctx context.Context, q execer, key, value string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// writeMeta records the vault's ID and mode, and its creation time unless
// it has one (a restored backup keeps its own).
func writeMeta(ctx context.Context, q execer, sc sidecar, now time.Time) error {
	if err := setMeta(ctx, q, "vault_id", sc.VaultID); err != nil {
		return err
	}
	if err := setMeta(ctx, q, "mode", string(sc.Mode)); err != nil {
		return err
	}
	if err := setMeta(ctx, q, sidecarAuthMeta, sidecarAuthValue); err != nil {
		return err
	}
	_, err := q.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('created_at', ?)
		ON CONFLICT (key) DO NOTHING`, now.UTC().Format(time.RFC3339))
	return err
}

// readMeta reads the whole meta table.
func readMeta(ctx context.Context, q execer) (map[string]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT key, value FROM meta")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	meta := map[string]string{}
	for rows.Next() {
		var k, val string
		if err := rows.Scan(&k, &val); err != nil {
			return nil, err
		}
		meta[k] = val
	}
	return meta, rows.Err()
}

// DeleteSetting removes one key from the vault's settings table (nothing
// happens when it was never set).
func (v *Vault) DeleteSetting(key string) error {
	db, err := v.conn()
	if err != nil {
		return err
	}
	if _, err := db.Exec("DELETE FROM settings WHERE key = ?", key); err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}
