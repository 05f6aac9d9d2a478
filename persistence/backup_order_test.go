package persistence

import (
	"errors"
	"testing"
)

// Attack: a backup planted with an index whose expression fails when it
// is computed (abs() of the smallest integer overflows). Checking the file
// used to run PRAGMA integrity_check first, which computes every index
// expression, so the planted schema ran inside Parley before the file was
// refused. Now the schema is compared with Parley's own first: the file is
// refused as foreign and none of its expressions is ever evaluated.
func TestPlantedBackupSchemaIsRefusedBeforeItRuns(t *testing.T) {
	v, _ := freshVault(t)
	path := mustBackup(t, v, "b.parley", "words")
	editBackup(t, path, "words",
		`CREATE TABLE b.p3 (y INTEGER)`,
		`INSERT INTO b.p3 VALUES (-9223372036854775807 - 1)`,
		`CREATE INDEX b.ev ON p3 (y + 0)`,
		`PRAGMA writable_schema = ON`,
		`UPDATE b.sqlite_master SET sql = 'CREATE INDEX ev ON p3 (abs(y))' WHERE name = 'ev'`)
	err := v.Restore(path, "words")
	if !errors.Is(err, ErrBackupForeign) {
		t.Fatalf("restoring the planted backup = %v, want ErrBackupForeign before any of its schema runs", err)
	}
}
