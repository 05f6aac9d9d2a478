package persistence

// Fuzz targets for the things Parley reads that a person or another
// program may have changed: a recovery code as typed, the sidecar file and
// a backup's trailer.
// Their seed corpora live in testdata/fuzz/; `make soak` runs each for
// minutes, `make check` for seconds.

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A recovery code either reads as a 32-byte key whose own code reads back
// as the same key, or is refused with ErrRecoveryCodeInvalid; never a
// panic, never another error.
func FuzzParseRecoveryCode(f *testing.F) {
	f.Add(string(newRecoveryCode(bytes.Repeat([]byte{0xa5}, keyLen))))
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		key, err := ParseRecoveryCode(s)
		if err != nil {
			if !errors.Is(err, ErrRecoveryCodeInvalid) || key != nil {
				t.Fatalf("error %v with key %x", err, key)
			}
			return
		}
		if len(key) != keyLen {
			t.Fatalf("a key of %d bytes", len(key))
		}
		again, err := ParseRecoveryCode(newRecoveryCode(key).String())
		if err != nil || !bytes.Equal(again, key) {
			t.Fatalf("the key's own code reads back as %x, %v", again, err)
		}
	})
}

// A sidecar file either reads as a sidecar that passes its own check and
// writes back to an equal one, or is refused with ErrDamaged or
// ErrNewerVersion; never a panic.
func FuzzSidecar(f *testing.F) {
	w, err := wrapKey(bytes.Repeat([]byte{7}, keyLen), "seed", "00112233445566778899aabbccddeeff", cheapArgon)
	if err != nil {
		f.Fatal(err)
	}
	good, _ := json.Marshal(sidecar{Format: 1, VaultID: "00112233445566778899aabbccddeeff", Mode: ModeAsk,
		Fingerprint: fingerprint(bytes.Repeat([]byte{7}, keyLen)), Passphrase: w})
	f.Add(good)
	f.Add([]byte(`{"format": 2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := Store{Home: t.TempDir()}
		if err := os.WriteFile(filepath.Join(s.Home, sidecarName), data, 0o600); err != nil {
			t.Fatal(err)
		}
		sc, err := s.readSidecar()
		if err != nil {
			if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNewerVersion) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if err := sc.check(); err != nil {
			t.Fatalf("read a sidecar that fails its check: %v", err)
		}
		if err := s.writeSidecar(&sc, nil); err != nil {
			t.Fatal(err)
		}
		again, err := s.readSidecar()
		if err != nil {
			t.Fatalf("a sidecar written back does not read: %v", err)
		}
		a, _ := json.Marshal(sc)
		b, _ := json.Marshal(again)
		if !bytes.Equal(a, b) {
			t.Fatalf("round trip changed the sidecar:\n%s\n%s", a, b)
		}
	})
}

// A backup's trailer page (whatever its bytes) either unwraps to a 32-byte
// key with the right passphrase, is not a trailer (an old backup), or is
// refused with ErrBackupDamaged or ErrBackupPassphrase; never a panic, and
// a changed trailer never gives a key.
func FuzzBackupTrailer(f *testing.F) {
	key := bytes.Repeat([]byte{9}, keyLen)
	good, err := newBackupTrailer(key, "seed words", cheapArgon)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(backupMagic + "{}\n"))
	f.Fuzz(func(t *testing.T, page []byte) {
		if len(page) > cipherPageSize {
			page = page[:cipherPageSize]
		}
		file := make([]byte, 2*cipherPageSize)
		copy(file[cipherPageSize:], page)
		path := filepath.Join(t.TempDir(), "b.parley")
		if err := os.WriteFile(path, file, 0o600); err != nil {
			t.Fatal(err)
		}
		got, found, err := readBackupKey(path, int64(len(file)), "seed words")
		switch {
		case err != nil:
			if !errors.Is(err, ErrBackupDamaged) && !errors.Is(err, ErrBackupPassphrase) || got != nil {
				t.Fatalf("error %v with key %x", err, got)
			}
		case !found:
			if bytes.HasPrefix(page, []byte(backupMagic)) || got != nil {
				t.Fatalf("a trailer not found: %q", page[:min(len(page), 40)])
			}
		case len(got) != keyLen:
			t.Fatalf("a key of %d bytes", len(got))
		case !bytes.Equal(got, key):
			// Only a trailer sealed under "seed words" gives a key, and the
			// seed's key is the only one sealed so: anything else is a forgery.
			t.Fatalf("a changed trailer gave the key %x", got)
		}
	})
}
