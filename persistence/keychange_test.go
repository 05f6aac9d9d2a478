package persistence

import (
	"context"
	"errors"
	"maps"
	"testing"
)

// Issue 12, item 6: a key change gives the vault a new key and a new
// recovery code; the old code no longer opens it, and every other way in
// (passphrase, keyring) still does.
func TestChangeKey(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, oldCode := mustCreate(t, s, ModeKeyring, "correct horse")
	mustSet(t, v, "theme", "dark")
	want := allSettings(t, v)
	if _, err := v.ChangeKey("wrong horse"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("ChangeKey with a wrong passphrase: %v", err)
	}
	if _, err := v.ChangeKey(""); !errors.Is(err, ErrPassphraseRequired) {
		t.Fatalf("ChangeKey without the passphrase: %v", err)
	}
	newCode, err := v.ChangeKey("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if newCode == oldCode || v.RecoveryCode() != newCode {
		t.Fatalf("new code %s, vault shows %s, old %s", newCode, v.RecoveryCode(), oldCode)
	}
	mustSet(t, v, "after", "change")
	want["after"] = "change"
	if secret, _ := kr.secret(v.ID()); secret != newCode.Hex() {
		t.Fatal("the keyring does not hold the new key")
	}
	v.Close()
	if _, err := s.OpenWithRecoveryCode(oldCode.String()); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("the old recovery code: %v, want ErrWrongKey", err)
	}
	oldKey, _ := ParseRecoveryCode(oldCode.String())
	if db, err := openDB(s.path(dbName), oldKey); err == nil {
		db.Close()
		t.Fatal("the old key still opens the database file")
	}
	for name, open := range map[string]func() (*Vault, error){
		"recovery code": func() (*Vault, error) { return s.OpenWithRecoveryCode(newCode.String()) },
		"passphrase":    func() (*Vault, error) { return s.OpenWithPassphrase("correct horse") },
		"keyring": func() (*Vault, error) {
			v, _, err := s.OpenWithKeyring(context.Background())
			return v, err
		},
	} {
		v, err := open()
		if err != nil {
			t.Fatalf("%s after the change: %v", name, err)
		}
		if got := allSettings(t, v); !maps.Equal(got, want) {
			t.Fatalf("%s: %v", name, got)
		}
		v.Close()
	}
}

// ChangeKey stopped after each of its durable steps: the next open, by any
// way in, gives a vault that opens, with one key that the returned state
// names, and never locks the person out.
func TestChangeKeyInterrupted(t *testing.T) {
	for _, stop := range []string{"after the record", "after the rekey"} {
		for _, way := range []string{"keyring", "passphrase", "old code"} {
			t.Run(stop+"/"+way, func(t *testing.T) {
				kr := newFakeKeyring()
				s := newStore(t, kr)
				v, oldCode := mustCreate(t, s, ModeKeyring, "correct horse")
				mustSet(t, v, "theme", "dark")
				next := randomKey(t)
				change, err := v.prepareKeyChange(next, "correct horse")
				if err != nil {
					t.Fatal(err)
				}
				begun := v.side
				begun.KeyChange = change
				if err := s.writeSidecar(&begun, v.key); err != nil {
					t.Fatal(err)
				}
				if stop == "after the rekey" {
					if err := rekey(v.db, next); err != nil {
						t.Fatal(err)
					}
					v.key = append([]byte(nil), next...) // Close clears it
				}
				v.Close()
				var got *Vault
				switch way {
				case "keyring":
					got, _, err = s.OpenWithKeyring(context.Background())
				case "passphrase":
					got, err = s.OpenWithPassphrase("correct horse")
				case "old code":
					got, err = s.OpenWithRecoveryCode(oldCode.String())
				}
				if err != nil {
					t.Fatalf("open after a key change stopped %s: %v", stop, err)
				}
				wantSetting(t, got, "theme", "dark")
				wantCode := oldCode
				if stop == "after the rekey" {
					wantCode = newRecoveryCode(next)
				}
				if got.RecoveryCode() != wantCode {
					t.Fatalf("the vault is on %s, want %s", got.RecoveryCode(), wantCode)
				}
				got.Close()
				sc, err := s.readSidecar()
				if err != nil || sc.KeyChange != nil || !sc.authentic(next) && !sc.authentic(mustKey(t, oldCode)) {
					t.Fatalf("sidecar after settling: %+v, %v", sc, err)
				}
				for _, again := range []func() error{
					func() error { v, _, err := s.OpenWithKeyring(context.Background()); v.Close(); return err },
					func() error { v, err := s.OpenWithPassphrase("correct horse"); v.Close(); return err },
					func() error { v, err := s.OpenWithRecoveryCode(wantCode.String()); v.Close(); return err },
				} {
					if err := again(); err != nil {
						t.Fatalf("a later open: %v", err)
					}
				}
			})
		}
	}
}

func mustKey(t *testing.T, c RecoveryCode) []byte {
	t.Helper()
	k, err := ParseRecoveryCode(c.String())
	if err != nil {
		t.Fatal(err)
	}
	return k
}
