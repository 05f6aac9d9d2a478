package persistence

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// A vault or a backup may only hold the schema objects Parley's own
// migrations create. Someone who holds a vault's key could otherwise plant
// a trigger that rewrites a saved answer as it is written (a Hard limit
// turned into a Yes), a view, or a table of their own; and a restore would
// carry them into the vault. So the schema is compared, object by object
// (type, name, table and SQL text), with the one Parley's migrations build
// at the same version in a fresh in-memory database:
//   - when a vault is opened, before and after its migrations
//     (ErrForeignSchema: not opened, not migrated);
//   - when a backup is checked (ErrBackupForeign: not used);
//   - and a restore copies only the expected tables' expected columns.
// SQLite's own statistics tables (sqlite_stat1..4, written by ANALYZE)
// only steer the query planner and are allowed.

// Errors of the schema check.
const (
	ErrForeignSchema Error = "This vault holds database parts that Parley did not create (a trigger, a view, a table or an index), which could change what it shows, so it was not opened. Nothing has been changed. Your recovery code opens the file in any SQLCipher 4 tool, where the extra parts can be seen; or move the data folder aside and start Parley from a backup you trust."
	ErrBackupForeign Error = "This backup holds database parts that Parley did not create, so it was not used. Nothing has been changed. Please choose a backup Parley made."
)

// schemaObject is one row of sqlite_master.
type schemaObject struct {
	Type, Name, Table, SQL string
}

func (o schemaObject) String() string { return o.Type + " " + o.Name }

var (
	expectedMu sync.Mutex
	expected   = map[int][]schemaObject{}
)

// expectedSchema is what migrations 1..version create, in creation order.
func expectedSchema(ctx context.Context, version int) ([]schemaObject, error) {
	expectedMu.Lock()
	defer expectedMu.Unlock()
	if s, ok := expected[version]; ok {
		return s, nil
	}
	db, err := sql.Open(driverName, ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	list := migrations()
	if version > len(list) {
		return nil, ErrNewerVersion
	}
	if err := migrate(ctx, db, list[:version]); err != nil {
		return nil, err
	}
	s, err := readSchema(ctx, db, "main")
	if err != nil {
		return nil, err
	}
	expected[version] = s
	return s, nil
}

// readSchema lists the objects in schema (main, or an attached name of
// ours) in creation order, leaving out SQLite's statistics tables.
func readSchema(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, schema string) ([]schemaObject, error) {
	rows, err := q.QueryContext(ctx, `SELECT type, name, tbl_name, coalesce(sql, '') FROM `+schema+`.sqlite_master
		WHERE name NOT LIKE 'sqlite\_stat%' ESCAPE '\' ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []schemaObject
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.Type, &o.Name, &o.Table, &o.SQL); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// checkSchema compares schema's objects with those of Parley's
// migrations at version; the error names what differs (for developers).
func checkSchema(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, schema string, version int) error {
	want, err := expectedSchema(ctx, version)
	if err != nil {
		return err
	}
	have, err := readSchema(ctx, q, schema)
	if err != nil {
		return err
	}
	var extra, missing []string
	for _, o := range have {
		if !slices.Contains(want, o) {
			extra = append(extra, o.String())
		}
	}
	for _, o := range want {
		if !slices.Contains(have, o) {
			missing = append(missing, o.String())
		}
	}
	if len(extra) > 0 || len(missing) > 0 {
		return fmt.Errorf("schema differs: not Parley's: %s; missing or changed: %s",
			strings.Join(extra, ", "), strings.Join(missing, ", "))
	}
	return nil
}

// copyOwnTables copies, from the attached schema from into main, the rows
// of every table Parley's migrations create at version, naming each
// expected column (main must already have that schema). Tables go in
// creation order, so a row's parent is there before it.
func copyOwnTables(ctx context.Context, conn execer, from string, version int) error {
	want, err := expectedSchema(ctx, version)
	if err != nil {
		return err
	}
	for _, o := range want {
		if o.Type != "table" || strings.HasPrefix(o.Name, "sqlite_") {
			continue
		}
		cols, err := tableColumns(ctx, conn, o.Name)
		if err != nil {
			return err
		}
		list := strings.Join(cols, ", ")
		q := fmt.Sprintf(`INSERT INTO main.%s (%s) SELECT %s FROM %s.%s`, quoteIdent(o.Name), list, list, from, quoteIdent(o.Name))
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("copying %s: %w", o.Name, err)
		}
	}
	return nil
}

// tableColumns lists main.table's columns, quoted.
func tableColumns(ctx context.Context, conn execer, table string) ([]string, error) {
	rows, err := conn.QueryContext(ctx, `SELECT name FROM pragma_table_info(?)`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		cols = append(cols, quoteIdent(c))
	}
	return cols, rows.Err()
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
