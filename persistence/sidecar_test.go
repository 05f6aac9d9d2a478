package persistence

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestFingerprintIsTheDocumentedHash(t *testing.T) {
	key := randomKey(t)
	sum := sha256.Sum256(append([]byte("parley-key-fingerprint-v1"), key...))
	if got := fingerprint(key); got != hex.EncodeToString(sum[:16]) {
		t.Fatalf("fingerprint %s, want %x", got, sum[:16])
	}
	if fingerprint(randomKey(t)) == fingerprint(key) {
		t.Fatal("two keys share a fingerprint")
	}
}

func TestWrapKey(t *testing.T) {
	key := randomKey(t)
	id, _ := newVaultID()
	w, err := wrapKey(key, "tea at five", id, cheapArgon)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(w.Sealed, key) {
		t.Fatal("the sealed key contains the key")
	}
	got, err := w.unwrap("tea at five", id)
	if err != nil || !bytes.Equal(got, key) {
		t.Fatalf("unwrap: %v", err)
	}
	if _, err := w.unwrap("tea at six", id); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	// Bound to its vault: the same sealed key under another ID does not open.
	other, _ := newVaultID()
	if _, err := w.unwrap("tea at five", other); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("moved to another vault: %v", err)
	}
	// Fresh salt and nonce each time.
	w2, _ := wrapKey(key, "tea at five", id, cheapArgon)
	if bytes.Equal(w.Salt, w2.Salt) || bytes.Equal(w.Nonce, w2.Nonce) {
		t.Fatal("salt or nonce reused")
	}
}

// A real vault made with the default cost records Argon2id t=3, 64 MiB,
// p=2, and holds nothing but the documented fields.
func TestSidecarOnDiskWithDefaultCost(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	s.argon = argonParams{}
	v, code := mustCreate(t, s, ModeAsk, "a long enough passphrase")
	id := v.ID()
	v.Close()
	data, raw := sidecarJSON(t, s)
	if got := strings.Join(keys(stringKeys(raw)), ","); got != "format,key_fingerprint,mac,mode,passphrase,vault_id" {
		t.Fatalf("sidecar fields: %s", got)
	}
	pass := stringKeys(raw["passphrase"].(map[string]any))
	for field, want := range map[string]string{
		"kdf": "argon2id", "time": "3", "memory_kib": "65536", "threads": "2", "cipher": "xchacha20poly1305",
	} {
		if pass[field] != want {
			t.Errorf("passphrase.%s = %s, want %s", field, pass[field], want)
		}
	}
	if raw["vault_id"] != id || raw["mode"] != "ask" || raw["format"] != 1.0 {
		t.Fatalf("sidecar %s", data)
	}
	if info, _ := os.Stat(s.path(sidecarName)); info.Mode().Perm() != 0o600 {
		t.Errorf("sidecar permissions %v", info.Mode().Perm())
	}
	if bytes.Contains(data, []byte(code.Hex())) {
		t.Fatal("the sidecar holds the key in the clear")
	}
	v, err := s.OpenWithPassphrase("a long enough passphrase")
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
}

func stringKeys(m map[string]any) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		b, _ := json.Marshal(v)
		out[k] = strings.Trim(string(b), `"`)
	}
	return out
}

func TestSidecarCheck(t *testing.T) {
	key := randomKey(t)
	id, _ := newVaultID()
	w, _ := wrapKey(key, "p", id, cheapArgon)
	good := sidecar{Format: 1, VaultID: id, Mode: ModeAsk, Fingerprint: fingerprint(key), Passphrase: w}
	if err := good.check(); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		edit func(*sidecar)
		want error
	}{
		"newer format":      {func(s *sidecar) { s.Format = 2 }, ErrNewerVersion},
		"no format":         {func(s *sidecar) { s.Format = 0 }, ErrDamaged},
		"short vault ID":    {func(s *sidecar) { s.VaultID = "abc" }, ErrDamaged},
		"unknown mode":      {func(s *sidecar) { s.Mode = "maybe" }, ErrDamaged},
		"bad fingerprint":   {func(s *sidecar) { s.Fingerprint = "zz" }, ErrDamaged},
		"huge memory":       {func(s *sidecar) { c := *w; c.MemoryKiB = 1 << 30; s.Passphrase = &c }, ErrDamaged},
		"endless time":      {func(s *sidecar) { c := *w; c.Time = 1000; s.Passphrase = &c }, ErrDamaged},
		"other kdf":         {func(s *sidecar) { c := *w; c.KDF = "scrypt"; s.Passphrase = &c }, ErrDamaged},
		"short salt":        {func(s *sidecar) { c := *w; c.Salt = c.Salt[:8]; s.Passphrase = &c }, ErrDamaged},
		"cut sealed key":    {func(s *sidecar) { c := *w; c.Sealed = c.Sealed[:40]; s.Passphrase = &c }, ErrDamaged},
		"upper-case hex ID": {func(s *sidecar) { s.VaultID = strings.ToUpper(s.VaultID) }, ErrDamaged},
	}
	for name, tc := range cases {
		sc := good
		tc.edit(&sc)
		if err := sc.check(); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
}

// A sidecar from a newer Parley is refused and left exactly as it is.
func TestNewerSidecarIsRefusedUntouched(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeKeyring, "pass")
	v.Close()
	data, _ := os.ReadFile(s.path(sidecarName))
	data = bytes.Replace(data, []byte(`"format": 1`), []byte(`"format": 7`), 1)
	if err := os.WriteFile(s.path(sidecarName), data, 0o600); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, s.Home)
	if _, err := s.Mode(); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("Mode: %v", err)
	}
	if _, reason, err := s.OpenWithKeyring(t.Context()); reason != ReasonNewerVersion || !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("OpenWithKeyring: %v %v", reason, err)
	}
	if _, err := s.OpenWithPassphrase("pass"); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("OpenWithPassphrase: %v", err)
	}
	if _, err := s.OpenWithRecoveryCode(string(code)); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("OpenWithRecoveryCode: %v", err)
	}
	sameSnapshot(t, before, snapshot(t, s.Home))
}

// sidecarJSON reads the sidecar file on disk, as bytes and as a JSON
// object.
func sidecarJSON(t *testing.T, s Store) ([]byte, map[string]any) {
	t.Helper()
	data, err := os.ReadFile(s.path(sidecarName))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	return data, raw
}
