package persistence

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"

	sqlite3 "github.com/mutecomm/go-sqlcipher/v4"
)

// driverName is go-sqlcipher with Parley's settings on every connection it
// opens: PRAGMA trusted_schema=OFF (SQLite 3.31 and later; go-sqlcipher has
// 3.33.0), so a view or trigger planted in a file cannot call functions
// with side effects or reach virtual tables. Every database Parley opens,
// the vault's and a backup's, goes through it.
const driverName = "sqlite3-parley"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec("PRAGMA trusted_schema = OFF", nil)
		return err
	}})
}

// dsn is the raw-key DSN for go-sqlcipher. It holds the key: never log it.
// synchronous=FULL makes every commit durable even across a power cut, not
// only a crash of Parley (saves are small, so the extra fsync is cheap).
// secure_delete=on overwrites a deleted or replaced row's bytes, so an
// answer from before a list was sealed does not linger in a free page.
func dsn(path string, key []byte) string {
	return fileURI(path) + "?_pragma_key=x'" + keyHex(key) +
		"'&_pragma_cipher_page_size=4096&_journal_mode=WAL&_foreign_keys=1&_busy_timeout=5000&_synchronous=FULL&_secure_delete=on"
}

// fileURI writes a path as an SQLite URI filename, escaping the characters
// a URI gives meaning to.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if runtime.GOOS == "windows" && len(p) > 1 && p[1] == ':' {
		p = "/" + p
	}
	var b strings.Builder
	b.WriteString("file:")
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '%' || c == '?' || c == '#' || c == ' ' || c < 0x20 || c == 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// openDB opens (or creates) the SQLCipher database at path with a raw key,
// on a single connection, and reads it at once: sql.Open is lazy, and a
// wrong key or a damaged file only shows on the first read ("file is not a
// database").
func openDB(path string, key []byte) (*sql.DB, error) {
	db, err := sql.Open(driverName, dsn(path, key))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
		_ = db.Close()
		return nil, err
	}
	return db, nil
}

// integrityCheck runs PRAGMA integrity_check on schema (main, or an
// attached name of ours) and wants the single answer "ok".
func integrityCheck(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, schema string) error {
	rows, err := q.QueryContext(ctx, "PRAGMA "+schema+".integrity_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		lines = append(lines, line)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(lines) != 1 || lines[0] != "ok" {
		return fmt.Errorf("integrity check: %s", strings.Join(lines, "; "))
	}
	return nil
}

// queryAll runs a query and reads each row into a T with scan, in the
// query's order. A failed query, row or read is ErrDamaged: the file is not
// what Parley wrote.
func queryAll[T any](q querier, scan func(*sql.Rows, *T) error, query string, args ...any) ([]T, error) {
	rows, err := q.Query(query, args...)
	if err != nil {
		return nil, fail(ErrDamaged, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var x T
		if err := scan(rows, &x); err != nil {
			return nil, fail(ErrDamaged, err)
		}
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, fail(ErrDamaged, err)
	}
	return out, nil
}
