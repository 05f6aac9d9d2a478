package persistence

import (
	"errors"
	"os"
)

// fileExists says whether path names something (an unreadable folder
// counts as present: better to refuse than to build over it).
func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil || !errors.Is(err, os.ErrNotExist)
}

// removeDBFiles removes a database file and the journal files SQLite keeps
// beside it. Only for Parley's own temporary databases.
func removeDBFiles(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		_ = os.Remove(path + suffix)
	}
}
