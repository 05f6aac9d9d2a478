// Package atomicfile writes files so that a stop half way (a crash, a
// power cut, a full disk) leaves either the old file or the whole new one,
// never a mixture. Parley uses it for every file it writes outside the
// database: the vault's sidecar, backups, saved PDFs and the recovery
// code's text file.
//
// It is a small package of its own because none of this is the vault's:
// the screens that save a PDF need it without reaching into persistence.
// Errors are the operating system's, unchanged; callers turn them into
// sentences for people (persistence wraps them in ErrWriteFailed).
//
// # Behaviour
//
// Write creates the file readable by its owner only (0600), because what
// Parley writes is private. Windows cannot flush a folder and orders
// renames itself, so SyncDir does nothing there.
package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
)

// Write writes data to path so that path holds either its old content or
// all of data: the data goes to a temporary file in the same folder, which
// is flushed to the disk, renamed over path, and the folder is flushed too.
func Write(path string, data []byte) error {
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
	return SyncDir(dir)
}

// SyncFile flushes a finished file to the disk.
func SyncFile(path string) error {
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

// SyncDir flushes a folder, so that a rename in it survives a power cut.
func SyncDir(dir string) error {
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

// Rename renames from to to and flushes the folder of to.
func Rename(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	return SyncDir(filepath.Dir(to))
}
