package persistence

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"os"
	"testing"
)

func TestCreateKeyringModeStoresKeyAndReopens(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	if s.Exists() {
		t.Fatal("Exists before Create")
	}
	v, code := mustCreate(t, s, ModeKeyring, "")
	mustSet(t, v, "page-size", "A4")
	secret, ok := kr.secret(v.ID())
	if !ok || secret != code.Hex() {
		t.Fatalf("keyring holds %q, %v; want the key %q", secret, ok, code.Hex())
	}
	if v.Mode() != ModeKeyring || v.HasPassphrase() || v.KeyringNote() != nil {
		t.Fatalf("mode %s, passphrase %v, note %v", v.Mode(), v.HasPassphrase(), v.KeyringNote())
	}
	if v.RecoveryCode() != code {
		t.Fatal("RecoveryCode differs from the one Create returned")
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	if !s.Exists() {
		t.Fatal("Exists is false after Create")
	}
	onlyTheVault(t, s)
	if m, err := s.Mode(); err != nil || m != ModeKeyring {
		t.Fatalf("Store.Mode = %s, %v", m, err)
	}
	v, reason, err := s.OpenWithKeyring(context.Background())
	if err != nil || reason != ReasonNone {
		t.Fatalf("OpenWithKeyring: %v, %v", reason, err)
	}
	defer v.Close()
	wantSetting(t, v, "page-size", "A4")
}

func TestCreateNeverOverAnExistingVault(t *testing.T) {
	for _, keep := range []string{"parley.db", "parley.vault"} {
		t.Run(keep, func(t *testing.T) {
			kr := newFakeKeyring()
			s := newStore(t, kr)
			v, _ := mustCreate(t, s, ModeKeyring, "first")
			mustSet(t, v, "k", "v")
			id := v.ID()
			v.Close()
			// Even with only one of the two files left, it is a vault.
			other := map[string]string{"parley.db": "parley.vault", "parley.vault": "parley.db"}[keep]
			if err := os.Rename(s.path(other), s.path(other)+".aside"); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, s.Home)
			secret, _ := kr.secret(id)
			for _, mode := range []Mode{ModeKeyring, ModeAsk} {
				if _, _, err := s.Create(mode, "second"); !errors.Is(err, ErrVaultExists) {
					t.Fatalf("Create(%s) over a vault: %v", mode, err)
				}
				if _, _, err := s.CreateFromBackup(mode, "second", "nowhere", "x"); !errors.Is(err, ErrVaultExists) {
					t.Fatalf("CreateFromBackup(%s) over a vault: %v", mode, err)
				}
			}
			sameSnapshot(t, before, snapshot(t, s.Home))
			if got, _ := kr.secret(id); got != secret || kr.count() != 1 {
				t.Fatal("the keyring changed")
			}
		})
	}
}

func TestCreateChecksItsArguments(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	if _, _, err := s.Create(ModeAsk, ""); !errors.Is(err, ErrPassphraseRequired) {
		t.Fatalf("ModeAsk without passphrase: %v", err)
	}
	if _, _, err := s.Create("sometimes", "x"); !errors.Is(err, ErrInvalidMode) {
		t.Fatalf("unknown mode: %v", err)
	}
	if s.Exists() || len(names(t, s.Home)) != 0 {
		t.Fatal("a refused Create left files behind")
	}
}

func TestCreateAskModeKeepsNothingInTheKeyring(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeAsk, "correct horse")
	v.Close()
	if kr.count() != 0 {
		t.Fatal("ModeAsk stored something in the keyring")
	}
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonAskMode || !errors.Is(err, ErrAskMode) {
		t.Fatalf("OpenWithKeyring in ModeAsk: %v, %v", reason, err)
	}
	v, err := s.OpenWithPassphrase("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
	if kr.count() != 0 {
		t.Fatal("opening in ModeAsk stored something in the keyring")
	}
}

// In ModeKeyring a keyring that fails is never "no key yet": without a
// passphrase nothing is created; with one, the vault is made and the
// passphrase is the way in.
func TestCreateWhenTheKeyringFails(t *testing.T) {
	for _, kerr := range []error{ErrKeyringUnavailable, ErrKeyringTimeout, errors.New("dbus: no such service")} {
		t.Run(kerr.Error(), func(t *testing.T) {
			kr := newFakeKeyring()
			kr.fail(kerr, kerr, kerr)
			s := newStore(t, kr)
			_, _, err := s.Create(ModeKeyring, "")
			if !errors.Is(err, ErrKeyringUnavailable) && !errors.Is(err, ErrKeyringTimeout) {
				t.Fatalf("Create without passphrase: %v", err)
			}
			if s.Exists() || len(names(t, s.Home)) != 0 {
				t.Fatalf("files left behind: %v", names(t, s.Home))
			}
			v, code, err := s.Create(ModeKeyring, "fallback")
			if err != nil {
				t.Fatalf("Create with passphrase: %v", err)
			}
			if note := v.KeyringNote(); !errors.Is(note, ErrKeyringUnavailable) && !errors.Is(note, ErrKeyringTimeout) {
				t.Fatalf("KeyringNote = %v", note)
			}
			mustSet(t, v, "k", "v")
			v.Close()
			v, err = s.OpenWithPassphrase("fallback")
			if err != nil {
				t.Fatal(err)
			}
			wantSetting(t, v, "k", "v")
			v.Close()
			// Once the keyring works, a passphrase unlock puts the key there.
			kr.fail(nil, nil, nil)
			v, err = s.OpenWithPassphrase("fallback")
			if err != nil || v.KeyringNote() != nil {
				t.Fatalf("OpenWithPassphrase: %v, note %v", err, v.KeyringNote())
			}
			v.Close()
			if got, _ := kr.secret(v.ID()); got != code.Hex() {
				t.Fatal("the key was not put into the keyring")
			}
			mustReopen(t, s).Close()
		})
	}
}

// A custom keyring's own errors are mapped: not-found stays not-found, a
// timeout stays a timeout, anything else is "unavailable".
func TestOpenWithKeyringReasons(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "pass")
	id := v.ID()
	v.Close()
	good, _ := kr.secret(id)
	cases := []struct {
		name   string
		setup  func()
		reason Reason
		err    error
	}{
		{"unavailable", func() { kr.fail(ErrKeyringUnavailable, nil, nil) }, ReasonKeyringUnavailable, ErrKeyringUnavailable},
		{"untyped error", func() { kr.fail(errors.New("org.freedesktop.DBus.Error.ServiceUnknown"), nil, nil) }, ReasonKeyringUnavailable, ErrKeyringUnavailable},
		{"timeout", func() { kr.fail(ErrKeyringTimeout, nil, nil) }, ReasonKeyringTimeout, ErrKeyringTimeout},
		{"missing", func() { _ = kr.Delete(KeyringService, Account(id)) }, ReasonKeyMissing, ErrKeyNotFound},
		{"another vault's key", func() { _ = kr.Set(KeyringService, Account(id), hex.EncodeToString(randomKey(t))) }, ReasonWrongKey, ErrWrongKey},
		{"not a key", func() { _ = kr.Set(KeyringService, Account(id), "hunter2") }, ReasonWrongKey, ErrWrongKey},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			kr.fail(nil, nil, nil)
			_ = kr.Set(KeyringService, Account(id), good)
			tc.setup()
			before := snapshot(t, s.Home)
			v, reason, err := s.OpenWithKeyring(context.Background())
			if v != nil || reason != tc.reason || !errors.Is(err, tc.err) {
				t.Fatalf("got %v, %v, %v; want %v, %v", v, reason, err, tc.reason, tc.err)
			}
			sameSnapshot(t, before, snapshot(t, s.Home))
			// The passphrase still opens it.
			v, err = s.OpenWithPassphrase("pass")
			if err != nil {
				t.Fatal(err)
			}
			v.Close()
		})
	}
}

func TestOpenWithKeyringGivesUpWhenContextEnds(t *testing.T) {
	stuck := make(chan struct{})
	defer close(stuck)
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "")
	v.Close()
	s.Keyring = limitedKeyring{ // a keyring waiting on a prompt nobody answers
		get: func(string, string) (string, error) { <-stuck; return "", nil },
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, reason, err := s.OpenWithKeyring(ctx); reason != ReasonKeyringTimeout || !errors.Is(err, ErrKeyringTimeout) {
		t.Fatalf("got %v, %v", reason, err)
	}
}

func TestDamagedDatabaseIsToldApartFromWrongKey(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeKeyring, "pass")
	mustSet(t, v, "k", "v")
	v.Close()
	// Scribble over the first page: the key still fits (fingerprint), the
	// file no longer reads.
	f, err := os.OpenFile(s.DatabasePath(), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(bytes.Repeat([]byte{0x5a}, 512), 100); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := snapshot(t, s.Home)
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonDamaged || !errors.Is(err, ErrDamaged) {
		t.Fatalf("OpenWithKeyring: %v, %v", reason, err)
	}
	if _, err := s.OpenWithPassphrase("pass"); !errors.Is(err, ErrDamaged) {
		t.Fatalf("OpenWithPassphrase: %v", err)
	}
	if _, err := s.OpenWithRecoveryCode(string(code)); !errors.Is(err, ErrDamaged) {
		t.Fatalf("OpenWithRecoveryCode: %v", err)
	}
	sameSnapshot(t, before, snapshot(t, s.Home))
}

func TestMissingOrBrokenSidecar(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeKeyring, "pass")
	mustSet(t, v, "k", "v")
	id := v.ID()
	v.Close()
	if err := os.WriteFile(s.path(sidecarName), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Mode(); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Mode: %v", err)
	}
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonDamaged || !errors.Is(err, ErrDamaged) {
		t.Fatalf("OpenWithKeyring: %v, %v", reason, err)
	}
	if _, _, err := s.Create(ModeKeyring, ""); !errors.Is(err, ErrVaultExists) {
		t.Fatalf("Create: %v", err)
	}
	// Another vault's code does not rebuild anything.
	if _, err := s.OpenWithRecoveryCode(string(newRecoveryCode(randomKey(t)))); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("wrong code: %v", err)
	}
	// The recovery code opens the database and rebuilds the sidecar with
	// the same vault ID and mode, keeping the broken one aside.
	v, err := s.OpenWithRecoveryCode(string(code))
	if err != nil {
		t.Fatal(err)
	}
	wantSetting(t, v, "k", "v")
	if v.ID() != id || v.Mode() != ModeKeyring || v.HasPassphrase() {
		t.Fatalf("rebuilt: id %s (want %s), mode %s, passphrase %v", v.ID(), id, v.Mode(), v.HasPassphrase())
	}
	v.Close()
	if data, err := os.ReadFile(s.path(damagedSidecarName)); err != nil || string(data) != "{not json" {
		t.Fatalf("the broken sidecar was not kept: %v", err)
	}
	mustReopen(t, s).Close()
}

func TestOpenWithPassphrase(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "")
	v.Close()
	if _, err := s.OpenWithPassphrase("anything"); !errors.Is(err, ErrNoPassphraseSet) {
		t.Fatalf("no passphrase set: %v", err)
	}
	s2 := newStore(t, kr)
	v, _ = mustCreate(t, s2, ModeAsk, "Tea at five")
	v.Close()
	for _, wrong := range []string{"", "tea at five", "Tea at five ", "Tea at fiv"} {
		if _, err := s2.OpenWithPassphrase(wrong); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("%q: %v", wrong, err)
		}
	}
	v, err := s2.OpenWithPassphrase("Tea at five")
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
}

func TestOpenWithRecoveryCode(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeKeyring, "")
	mustSet(t, v, "k", "v")
	id := v.ID()
	v.Close()

	digits := []byte(code)
	if digits[0] == 'a' {
		digits[0] = 'b'
	} else {
		digits[0] = 'a'
	}
	if _, err := s.OpenWithRecoveryCode(string(digits)); !errors.Is(err, ErrRecoveryCodeInvalid) {
		t.Fatalf("typo: %v", err)
	}
	if _, err := s.OpenWithRecoveryCode(string(newRecoveryCode(randomKey(t)))); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("another vault's code: %v", err)
	}

	// The keyring lost the key: the code opens the vault and puts it back.
	_ = kr.Delete(KeyringService, Account(id))
	if _, reason, _ := s.OpenWithKeyring(context.Background()); reason != ReasonKeyMissing {
		t.Fatalf("reason %v", reason)
	}
	v, err := s.OpenWithRecoveryCode(" " + string(code) + "\n")
	if err != nil || v.KeyringNote() != nil {
		t.Fatalf("OpenWithRecoveryCode: %v, note %v", err, v.KeyringNote())
	}
	wantSetting(t, v, "k", "v")
	v.Close()
	if got, _ := kr.secret(id); got != code.Hex() {
		t.Fatal("the key was not put back into the keyring")
	}

	// With the keyring down, the code still opens; the note says why the
	// key could not go back.
	kr.fail(ErrKeyringUnavailable, ErrKeyringUnavailable, ErrKeyringUnavailable)
	v, err = s.OpenWithRecoveryCode(string(code))
	if err != nil || !errors.Is(v.KeyringNote(), ErrKeyringUnavailable) {
		t.Fatalf("OpenWithRecoveryCode: %v, note %v", err, v.KeyringNote())
	}
	v.Close()
}

func TestSetMode(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeKeyring, "")
	defer v.Close()
	id := v.ID()
	if err := v.SetMode(ModeAsk); !errors.Is(err, ErrPassphraseRequired) {
		t.Fatalf("to ask without passphrase: %v", err)
	}
	if _, ok := kr.secret(id); !ok || v.Mode() != ModeKeyring {
		t.Fatal("a refused SetMode changed something")
	}
	if err := v.SetPassphrase("shared computer"); err != nil {
		t.Fatal(err)
	}
	if err := v.SetMode(ModeAsk); err != nil {
		t.Fatal(err)
	}
	if _, ok := kr.secret(id); ok {
		t.Fatal("the key is still in the keyring in ModeAsk")
	}
	if m, _ := s.Mode(); m != ModeAsk || v.Mode() != ModeAsk {
		t.Fatalf("mode %s / %s", m, v.Mode())
	}
	if _, reason, _ := s.OpenWithKeyring(context.Background()); reason != ReasonAskMode {
		t.Fatalf("reason %v", reason)
	}
	if err := v.RemovePassphrase(); !errors.Is(err, ErrPassphraseRequired) || !v.HasPassphrase() {
		t.Fatalf("RemovePassphrase in ModeAsk: %v", err)
	}

	// Back to the keyring: refused while the keyring is down.
	kr.fail(nil, ErrKeyringTimeout, nil)
	if err := v.SetMode(ModeKeyring); !errors.Is(err, ErrKeyringTimeout) || v.Mode() != ModeAsk {
		t.Fatalf("to keyring while it times out: %v, mode %s", err, v.Mode())
	}
	if m, _ := s.Mode(); m != ModeAsk {
		t.Fatal("the sidecar changed")
	}
	kr.fail(nil, nil, nil)
	if err := v.SetMode(ModeKeyring); err != nil {
		t.Fatal(err)
	}
	if got, _ := kr.secret(id); got != code.Hex() || v.Mode() != ModeKeyring {
		t.Fatal("the key is not in the keyring after SetMode(ModeKeyring)")
	}
	v2 := mustReopen(t, s)
	v2.Close()
	if err := v.SetMode("never"); !errors.Is(err, ErrInvalidMode) {
		t.Fatal(err)
	}
}

// To ModeAsk with a keyring that cannot delete: the vault now asks, and
// the person is told the key may still be in the keyring.
func TestSetModeAskWhenTheKeyringCannotDelete(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "pass")
	defer v.Close()
	kr.fail(nil, nil, ErrKeyringUnavailable)
	if err := v.SetMode(ModeAsk); !errors.Is(err, ErrKeyringUnavailable) {
		t.Fatalf("SetMode: %v", err)
	}
	if m, _ := s.Mode(); m != ModeAsk || v.Mode() != ModeAsk {
		t.Fatal("the mode did not change")
	}
}

func TestSetPassphraseReplacesTheOldOne(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	v, _ := mustCreate(t, s, ModeAsk, "old words")
	mustSet(t, v, "k", "v")
	if err := v.SetPassphrase(""); !errors.Is(err, ErrPassphraseRequired) {
		t.Fatal(err)
	}
	if err := v.SetPassphrase("new words"); err != nil {
		t.Fatal(err)
	}
	v.Close()
	onlyTheVault(t, s)
	if _, err := s.OpenWithPassphrase("old words"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("old passphrase: %v", err)
	}
	v, err := s.OpenWithPassphrase("new words")
	if err != nil {
		t.Fatal(err)
	}
	wantSetting(t, v, "k", "v")
	v.Close()
}

func TestRemovePassphrase(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, _ := mustCreate(t, s, ModeKeyring, "pass")
	defer v.Close()
	// Only once the keyring is seen to hold the key.
	kr.fail(ErrKeyringUnavailable, ErrKeyringUnavailable, nil)
	if err := v.RemovePassphrase(); !errors.Is(err, ErrKeyringUnavailable) || !v.HasPassphrase() {
		t.Fatalf("with the keyring down: %v, has %v", err, v.HasPassphrase())
	}
	kr.fail(nil, nil, nil)
	if err := v.RemovePassphrase(); err != nil || v.HasPassphrase() {
		t.Fatalf("RemovePassphrase: %v, has %v", err, v.HasPassphrase())
	}
	if _, err := s.OpenWithPassphrase("pass"); !errors.Is(err, ErrNoPassphraseSet) {
		t.Fatalf("after removal: %v", err)
	}
}

func TestClosedVault(t *testing.T) {
	v, _ := freshVault(t)
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	if err := v.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
	if _, _, err := v.Setting("k"); !errors.Is(err, ErrClosed) {
		t.Fatal(err)
	}
	if err := v.SetSetting("k", "v"); !errors.Is(err, ErrClosed) {
		t.Fatal(err)
	}
	if err := v.SetPassphrase("p"); !errors.Is(err, ErrClosed) {
		t.Fatal(err)
	}
	if v.RecoveryCode() != "" || v.database() != nil {
		t.Fatal("a closed vault still shows its key or database")
	}
}

func TestSettingsAndTx(t *testing.T) {
	v, _ := freshVault(t)
	if _, ok, err := v.Setting("unset"); ok || err != nil {
		t.Fatalf("unset: %v, %v", ok, err)
	}
	mustSet(t, v, "k", "one")
	mustSet(t, v, "k", "two")
	wantSetting(t, v, "k", "two")
	mustSet(t, v, "empty", "")
	wantSetting(t, v, "empty", "")

	boom := errors.New("boom")
	err := v.tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec("INSERT INTO settings VALUES ('a', '1'), ('b', '2')"); err != nil {
			return err
		}
		return boom
	})

	if !errors.Is(err, boom) {
		t.Fatalf("tx returned %v", err)
	}
	if _, ok, _ := v.Setting("a"); ok {
		t.Fatal("a failed transaction left a row")
	}
	err = v.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("INSERT INTO settings VALUES ('a', '1'), ('b', '2')")
		return err
	})

	if err != nil {
		t.Fatal(err)
	}
	wantSetting(t, v, "a", "1")
	wantSetting(t, v, "b", "2")
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the panic was swallowed")
			}
		}()
		_ = v.tx(context.Background(), func(tx *sql.Tx) error {
			_, _ = tx.Exec("INSERT INTO settings VALUES ('c', '3')")
			panic("feature bug")
		})

	}()
	if _, ok, _ := v.Setting("c"); ok {
		t.Fatal("a panicking transaction left a row")
	}
}
