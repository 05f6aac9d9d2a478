package persistence

import (
	"context"
	"testing"
)

// BenchmarkUnlock is what the app does at start: read the sidecar, ask the
// keyring (a fast fake here), open the SQLCipher database with the raw key
// (no key derivation), check the schema version, and close again.
func BenchmarkUnlock(b *testing.B) {
	kr := newFakeKeyring()
	s := Store{Home: b.TempDir(), Keyring: kr}
	v, _, err := s.Create(ModeKeyring, "")
	if err != nil {
		b.Fatal(err)
	}
	if err := v.SetSetting("k", "v"); err != nil {
		b.Fatal(err)
	}
	v.Close()
	b.ResetTimer()
	for b.Loop() {
		v, _, err := s.OpenWithKeyring(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		v.Close()
	}
}

// BenchmarkPassphraseUnlock is the same through the passphrase, with the
// default Argon2id cost.
func BenchmarkPassphraseUnlock(b *testing.B) {
	s := Store{Home: b.TempDir()}
	v, _, err := s.Create(ModeAsk, "a passphrase")
	if err != nil {
		b.Fatal(err)
	}
	v.Close()
	b.ResetTimer()
	for b.Loop() {
		v, err := s.OpenWithPassphrase("a passphrase")
		if err != nil {
			b.Fatal(err)
		}
		v.Close()
	}
}
