package persistence

import (
	"context"
	"strconv"
	"testing"

	"parleyapp.org/parley/domain/checklist"
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

// BenchmarkSealedSaveAnswer is one answer saved for a sealed person who
// has answered 400 slots already: the row sealed and bound to its slot and
// version, and the person's manifest read, updated and sealed again.
func BenchmarkSealedSaveAnswer(b *testing.B) {
	v, p := sealedWithAnswers(b, 400)
	k := checklist.Key{Activity: "a-0", Direction: checklist.Together}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a := checklist.Yes
		if i%2 == 0 {
			a = checklist.HardLimit
		}
		if err := v.SaveAnswer(p, k, checklist.Entry{Answer: a, Changed: fixedNow}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSealedLoadChecklist reads the 400 answers back, each checked
// against the manifest.
func BenchmarkSealedLoadChecklist(b *testing.B) {
	v, p := sealedWithAnswers(b, 400)
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := v.LoadChecklist(p); err != nil {
			b.Fatal(err)
		}
	}
}

func sealedWithAnswers(b *testing.B, n int) (*Vault, *Person) {
	b.Helper()
	v, _ := freshVault(b)
	prof, _ := v.AddProfile(Profile{Name: "Sam"})
	p, _ := v.OpenPerson(prof.ID, "")
	if err := v.SealPerson(p, "a long PIN"); err != nil {
		b.Fatal(err)
	}
	for i := range n {
		k := checklist.Key{Activity: "a-" + strconv.Itoa(i), Direction: checklist.Together}
		if err := v.SaveAnswer(p, k, checklist.Entry{Answer: checklist.Yes, Note: "a short note", Changed: fixedNow}, nil); err != nil {
			b.Fatal(err)
		}
	}
	return v, p
}
