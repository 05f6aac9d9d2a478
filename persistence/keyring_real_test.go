//go:build keyring

// These tests use the real OS keyring. Run them inside a throw-away
// session with an unlocked gnome-keyring:
//
//	scripts/with-keyring.sh go test -tags keyring -run Keyring ./persistence/

package persistence

import (
	"context"
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// secretTool asks libsecret's command-line tool for the entry go-keyring
// writes on Linux (attributes "service" and "username").
func secretTool(t *testing.T, vaultID string) (string, bool) {
	t.Helper()
	out, err := exec.Command("secret-tool", "lookup", "service", KeyringService, "username", Account(vaultID)).Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return "", false // secret-tool exits 1 when nothing matches
	}
	if err != nil {
		t.Fatalf("secret-tool: %v", err)
	}
	return strings.TrimSpace(string(out)), true
}

func realStore(t *testing.T) Store {
	t.Helper()
	if _, err := exec.LookPath("secret-tool"); err != nil {
		t.Fatal("secret-tool (libsecret-tools) is needed")
	}
	return newStore(t, SystemKeyring(4*time.Second))
}

func TestRealKeyringCreateAndReopen(t *testing.T) {
	s := realStore(t)
	v, code, err := s.Create(ModeKeyring, "")
	if err != nil {
		t.Fatalf("Create in ModeKeyring: %v", err)
	}
	id := v.ID()
	t.Cleanup(func() { _ = s.Keyring.Delete(KeyringService, Account(id)) })
	mustSet(t, v, "k", "v")
	v.Close()
	if secret, ok := secretTool(t, id); !ok || secret != code.Hex() {
		t.Fatalf("secret-tool finds %q, %v; want the vault key", secret, ok)
	}
	v, reason, err := s.OpenWithKeyring(context.Background())
	if err != nil {
		t.Fatalf("OpenWithKeyring: %v %v", reason, err)
	}
	wantSetting(t, v, "k", "v")

	// To ModeAsk: the key leaves the keyring.
	if err := v.SetPassphrase("shared computer"); err != nil {
		t.Fatal(err)
	}
	if err := v.SetMode(ModeAsk); err != nil {
		t.Fatal(err)
	}
	if _, ok := secretTool(t, id); ok {
		t.Fatal("the key is still in the keyring after SetMode(ModeAsk)")
	}
	if err := v.SetMode(ModeKeyring); err != nil {
		t.Fatal(err)
	}
	if secret, ok := secretTool(t, id); !ok || secret != code.Hex() {
		t.Fatal("SetMode(ModeKeyring) did not store the key")
	}
	v.Close()
}

func TestRealKeyringAskModeStoresNothing(t *testing.T) {
	s := realStore(t)
	v, _, err := s.Create(ModeAsk, "shared computer")
	if err != nil {
		t.Fatal(err)
	}
	id := v.ID()
	v.Close()
	if _, ok := secretTool(t, id); ok {
		t.Fatal("ModeAsk stored the key in the keyring")
	}
	v, err = s.OpenWithPassphrase("shared computer")
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
	if _, ok := secretTool(t, id); ok {
		t.Fatal("opening in ModeAsk stored the key in the keyring")
	}
}

func TestRealKeyringRecoveryCodePutsTheKeyBack(t *testing.T) {
	s := realStore(t)
	v, code, err := s.Create(ModeKeyring, "")
	if err != nil {
		t.Fatal(err)
	}
	id := v.ID()
	t.Cleanup(func() { _ = s.Keyring.Delete(KeyringService, Account(id)) })
	v.Close()
	if err := exec.Command("secret-tool", "clear", "service", KeyringService, "username", Account(id)).Run(); err != nil {
		t.Fatalf("secret-tool clear: %v", err)
	}
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonKeyMissing || !errors.Is(err, ErrKeyNotFound) {
		t.Fatalf("after clearing: %v, %v", reason, err)
	}
	v, err = s.OpenWithRecoveryCode(string(code))
	if err != nil || v.KeyringNote() != nil {
		t.Fatalf("OpenWithRecoveryCode: %v, note %v", err, v.KeyringNote())
	}
	v.Close()
	if secret, ok := secretTool(t, id); !ok || secret != code.Hex() {
		t.Fatal("the recovery code did not put the key back")
	}
	v, reason, err := s.OpenWithKeyring(context.Background())
	if err != nil {
		t.Fatalf("OpenWithKeyring: %v %v", reason, err)
	}
	v.Close()
}

// Issue 12, item 4, against the real keyring: "ask" turned into "keyring"
// in parley.vault; the passphrase unlock is refused with
// ErrSidecarChanged and secret-tool finds nothing for the vault.
func TestRealKeyringFlippedModeWritesNothing(t *testing.T) {
	s := realStore(t)
	v, _, err := s.Create(ModeAsk, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	id := v.ID()
	t.Cleanup(func() { _ = s.Keyring.Delete(KeyringService, Account(id)) })
	v.Close()
	editSidecar(t, s, func(m map[string]any) { m["mode"] = "keyring" })
	if _, err := s.OpenWithPassphrase("correct horse"); !errors.Is(err, ErrSidecarChanged) {
		t.Fatalf("OpenWithPassphrase: %v, want ErrSidecarChanged", err)
	}
	if secret, ok := secretTool(t, id); ok {
		t.Fatalf("the keyring holds %d characters for an always-ask vault", len(secret))
	}
}

// A key change in ModeKeyring puts the new key into the real keyring, and
// the vault opens from it.
func TestRealKeyringChangeKey(t *testing.T) {
	s := realStore(t)
	v, old, err := s.Create(ModeKeyring, "")
	if err != nil {
		t.Fatal(err)
	}
	id := v.ID()
	t.Cleanup(func() { _ = s.Keyring.Delete(KeyringService, Account(id)) })
	code, err := v.ChangeKey("")
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
	if secret, ok := secretTool(t, id); !ok || secret != code.Hex() || secret == old.Hex() {
		t.Fatalf("secret-tool finds the new key: %v", ok && secret == code.Hex())
	}
	v, reason, err := s.OpenWithKeyring(context.Background())
	if err != nil {
		t.Fatalf("OpenWithKeyring after the change: %v %v", reason, err)
	}
	v.Close()
}
