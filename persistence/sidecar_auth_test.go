package persistence

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"testing"
)

// editSidecar changes the sidecar file on disk as someone with the
// computer account could: change gets the JSON as a map.
func editSidecar(t *testing.T, s Store, change func(map[string]any)) {
	t.Helper()
	_, raw := sidecarJSON(t, s)
	change(raw)
	data, err := json.Marshal(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.path(sidecarName), data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// makeOld turns a vault into one an older Parley wrote: no MAC in the
// sidecar, no record of one in the database.
func makeOld(t *testing.T, s Store, key []byte) {
	t.Helper()
	editSidecar(t, s, func(m map[string]any) { delete(m, "mac") })
	db, err := openDB(s.path(dbName), key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`DELETE FROM meta WHERE key = ?`, sidecarAuthMeta); err != nil {
		t.Fatal(err)
	}
	if err := closeDB(db); err != nil {
		t.Fatal(err)
	}
}

// The attack of issue 12, item 4: "ask" turned into "keyring" in
// parley.vault. Unlocking with the passphrase must not put the key into
// the keyring; the person is told the file was changed, and the file is
// put back as the vault recorded it.
func TestFlippedModeNeverReachesTheKeyring(t *testing.T) {
	for _, way := range []string{"mac kept", "mac removed"} {
		t.Run(way, func(t *testing.T) {
			kr := newFakeKeyring()
			s := newStore(t, kr)
			v, _ := mustCreate(t, s, ModeAsk, "correct horse")
			v.Close()
			editSidecar(t, s, func(m map[string]any) {
				m["mode"] = "keyring"
				if way == "mac removed" {
					delete(m, "mac")
				}
			})
			v, err := s.OpenWithPassphrase("correct horse")
			if !errors.Is(err, ErrSidecarChanged) || v != nil {
				t.Fatalf("OpenWithPassphrase on a changed sidecar: %v, %v; want ErrSidecarChanged", v, err)
			}
			if kr.count() != 0 {
				t.Fatal("the key was written into the keyring although the vault always asks")
			}
			if m, _ := s.Mode(); m != ModeAsk {
				t.Fatalf("mode after the repair: %s, want ask", m)
			}
			v, err = s.OpenWithPassphrase("correct horse")
			if err != nil {
				t.Fatalf("the second unlock: %v", err)
			}
			if v.Mode() != ModeAsk || kr.count() != 0 {
				t.Fatalf("mode %s, %d keyring entries after the second unlock", v.Mode(), kr.count())
			}
			v.Close()
		})
	}
}

// The same attack through the recovery code and the keyring path.
func TestFlippedModeOtherWaysIn(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeAsk, "correct horse")
	v.Close()
	editSidecar(t, s, func(m map[string]any) { m["mode"] = "keyring" })
	if _, err := s.OpenWithRecoveryCode(code.String()); !errors.Is(err, ErrSidecarChanged) || kr.count() != 0 {
		t.Fatalf("recovery code on a changed sidecar: %v, %d keyring entries", err, kr.count())
	}
	// A keyring vault whose sidecar was turned to "ask" and back again by
	// hand (the MAC no longer fits the bytes): refused on the keyring path too.
	kr2 := newFakeKeyring()
	s2 := newStore(t, kr2)
	v2, _ := mustCreate(t, s2, ModeKeyring, "")
	v2.Close()
	editSidecar(t, s2, func(m map[string]any) { m["mac"] = "00" + m["mac"].(string)[2:] })
	if _, reason, err := s2.OpenWithKeyring(context.Background()); !errors.Is(err, ErrSidecarChanged) || reason != ReasonNone {
		t.Fatalf("OpenWithKeyring on a changed sidecar: %v %v", reason, err)
	}
	v2, _, err := s2.OpenWithKeyring(context.Background())
	if err != nil {
		t.Fatalf("after the repair: %v", err)
	}
	v2.Close()
}

// A sidecar written by an older Parley (no MAC) still opens, and is
// authenticated on that unlock.
func TestOldSidecarOpensAndIsMigrated(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeKeyring, "correct horse")
	v.Close()
	key, _ := ParseRecoveryCode(code.String())
	makeOld(t, s, key)
	v, err := s.OpenWithPassphrase("correct horse")
	if err != nil {
		t.Fatalf("an old sidecar: %v", err)
	}
	v.Close()
	sc, err := s.readSidecar()
	if err != nil || !sc.authentic(key) {
		t.Fatalf("the old sidecar was not authenticated: %+v %v", sc, err)
	}
	if _, _, err := s.OpenWithKeyring(context.Background()); err != nil {
		t.Fatalf("OpenWithKeyring after the migration: %v", err)
	}
}

// An older vault whose sidecar was flipped before it was ever
// authenticated: the database's own record of the mode says otherwise, so
// it is refused too and nothing reaches the keyring.
func TestOldSidecarFlipped(t *testing.T) {
	kr := newFakeKeyring()
	s := newStore(t, kr)
	v, code := mustCreate(t, s, ModeAsk, "correct horse")
	v.Close()
	key, _ := ParseRecoveryCode(code.String())
	makeOld(t, s, key)
	editSidecar(t, s, func(m map[string]any) { m["mode"] = "keyring" })
	if _, err := s.OpenWithPassphrase("correct horse"); !errors.Is(err, ErrSidecarChanged) || kr.count() != 0 {
		t.Fatalf("an old flipped sidecar: %v, %d keyring entries", err, kr.count())
	}
	if m, _ := s.Mode(); m != ModeAsk {
		t.Fatalf("mode after the repair: %s", m)
	}
}

// The MAC covers every field: changing any one of them changes it.
func TestSidecarMACCoversEveryField(t *testing.T) {
	key := bytes.Repeat([]byte{7}, keyLen)
	w, err := wrapKey(key, "p", "00112233445566778899aabbccddeeff", cheapArgon)
	if err != nil {
		t.Fatal(err)
	}
	base := sidecar{Format: 1, VaultID: "00112233445566778899aabbccddeeff", Mode: ModeAsk, Fingerprint: fingerprint(key), Passphrase: w}
	want := sidecarMAC(key, base)
	cp := func() sidecar { c := base; pw := *base.Passphrase; c.Passphrase = &pw; return c }
	changes := map[string]func(*sidecar){
		"format": func(c *sidecar) { c.Format = 2 }, "vault_id": func(c *sidecar) { c.VaultID = "f" + c.VaultID[1:] },
		"mode": func(c *sidecar) { c.Mode = ModeKeyring }, "fingerprint": func(c *sidecar) { c.Fingerprint = "0" + c.Fingerprint[1:] },
		"no passphrase": func(c *sidecar) { c.Passphrase = nil }, "kdf": func(c *sidecar) { c.Passphrase.KDF = "argon2i" },
		"time": func(c *sidecar) { c.Passphrase.Time++ }, "memory": func(c *sidecar) { c.Passphrase.MemoryKiB++ },
		"threads": func(c *sidecar) { c.Passphrase.Threads++ }, "salt": func(c *sidecar) { c.Passphrase.Salt = append([]byte{1}, c.Passphrase.Salt[1:]...) },
		"cipher": func(c *sidecar) { c.Passphrase.Cipher = "x" }, "nonce": func(c *sidecar) { c.Passphrase.Nonce = append([]byte{1}, c.Passphrase.Nonce[1:]...) },
		"sealed": func(c *sidecar) { c.Passphrase.Sealed = append([]byte{1}, c.Passphrase.Sealed[1:]...) },
	}
	for name, change := range changes {
		c := cp()
		change(&c)
		if sidecarMAC(key, c) == want {
			t.Errorf("changing %s leaves the MAC as it was", name)
		}
	}
	if sidecarMAC(bytes.Repeat([]byte{8}, keyLen), base) == want {
		t.Error("another key gives the same MAC")
	}
}
