package persistence

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// WriteFileAtomic writes data to path so that path holds either its old
// content or all of data, never a mixture, even if the computer stops half
// way: the data goes to a temporary file in the same folder, which is
// flushed to the disk, renamed over path, and the folder is flushed too.
// The file is readable by its owner only (0600). Use it for every file
// Parley writes (sidecar, exports); errors wrap ErrWriteFailed.
func WriteFileAtomic(path string, data []byte) error {
	if err := writeFileAtomic(path, data); err != nil {
		return fail(ErrWriteFailed, err)
	}
	return nil
}

func writeFileAtomic(path string, data []byte) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+"-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err := f.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		done = true
		return err
	}
	done = true
	return syncDir(dir)
}

// syncFile flushes a finished file to the disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes a folder, so that a rename in it survives a power cut.
// Windows cannot open folders for this and orders renames itself.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	if err := d.Sync(); err != nil {
		_ = d.Close()
		return err
	}
	return d.Close()
}

// renameSynced renames from to to and flushes the folder.
func renameSynced(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	return syncDir(filepath.Dir(to))
}

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
