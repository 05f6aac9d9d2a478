package persistence

// Hostile damage tests: vault databases, sidecars and backups that were
// truncated or had a bit flipped, anywhere in the file. Each is met with
// one of the package's own errors (a sentinel a screen can explain), never
// with wrong data, and nothing in the folder is replaced or deleted.

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

const damagePass = "pass damage"

// damageFixture is a closed vault holding a little of everything, kept as
// bytes so each trial starts from a pristine copy.
type damageFixture struct {
	db, side []byte
	settings map[string]string
	person   string
	answer   checklist.Key
	nego     string
	title    string
}

func newDamageFixture(t *testing.T) damageFixture {
	t.Helper()
	s := newStore(t, nil)
	v, _ := mustCreate(t, s, ModeAsk, damagePass)
	f := damageFixture{settings: map[string]string{"page-size": "A4", "auto-lock": "5"}, title: "a careful evening"}
	for k, val := range f.settings {
		mustSet(t, v, k, val)
	}
	p, err := v.AddProfile(Profile{Name: "Robin"})
	if err != nil {
		t.Fatal(err)
	}
	f.person, f.answer = p.ID, checklist.Key{Activity: "blindfold", Direction: checklist.Together}
	person, _ := v.OpenPerson(p.ID, "")
	if err := v.SaveAnswer(person, f.answer, checklist.Entry{Answer: checklist.Maybe, Note: "only at home"}, nil); err != nil {
		t.Fatal(err)
	}
	if f.nego, err = v.CreateNegotiation(crashDoc(f.title)); err != nil {
		t.Fatal(err)
	}
	v.Close()
	f.db, _ = os.ReadFile(s.DatabasePath())
	f.side, _ = os.ReadFile(s.path(sidecarName))
	return f
}

// lay writes the fixture, with db and side in place of its own files, to a
// fresh folder.
func (f damageFixture) lay(t *testing.T, db, side []byte) Store {
	t.Helper()
	s := newStore(t, nil)
	if err := os.MkdirAll(s.Home, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{dbName: db, sidecarName: side} {
		if err := os.WriteFile(s.path(name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// readAll reads back everything the fixture holds: each read either gives
// the right value or fails with ErrDamaged; it returns how many failed.
func (f damageFixture) readAll(t *testing.T, v *Vault, what string) int {
	t.Helper()
	failed := 0
	check := func(err error, right bool, which string) {
		switch {
		case err != nil && !errors.Is(err, ErrDamaged):
			t.Fatalf("%s: reading %s: %v, not ErrDamaged", what, which, err)
		case err != nil:
			failed++
		case !right:
			t.Fatalf("%s: %s reads back wrong, with no error", what, which)
		}
	}
	for k, want := range f.settings {
		got, _, err := v.Setting(k)
		check(err, got == want, "setting "+k)
	}
	p, err := v.OpenPerson(f.person, "")
	if err == nil {
		sheet, _, lerr := v.LoadChecklist(p)
		check(lerr, lerr == nil && sheet.Get(f.answer).Note == "only at home", "the answers")
	} else if !errors.Is(err, ErrNoSuchProfile) {
		check(err, false, "the profile")
	} else {
		failed++ // the row was lost with its page: reported as absent
	}
	doc, _, _, err := v.LatestVersion(f.nego)
	if errors.Is(err, ErrNoSuchNegotiation) {
		failed++
	} else {
		check(err, err == nil && doc.Title == f.title, "the negotiation")
	}
	return failed
}

// A bit flipped in any page of the database: opening fails with
// ErrDamaged, or what it opens reads right or fails with ErrDamaged, and
// the integrity check finds it. The files are not changed.
func TestHostileDamageFlippedDatabasePages(t *testing.T) {
	f := newDamageFixture(t)
	pages := len(f.db) / cipherPageSize
	if pages < 4 {
		t.Fatalf("only %d pages", pages)
	}
	caught := 0
	for page := range pages {
		for _, at := range []int{16, cipherPageSize / 2, cipherPageSize - 1} { // salt or data, middle, HMAC
			pos := page*cipherPageSize + at
			db := slices.Clone(f.db)
			db[pos] ^= 0x04
			s := f.lay(t, db, f.side)
			before := snapshot(t, s.Home)
			what := "page " + itoa(page) + " byte " + itoa(at)
			v, err := s.OpenWithPassphrase(damagePass)
			if err != nil {
				if !errors.Is(err, ErrDamaged) {
					t.Fatalf("%s: open: %v, not ErrDamaged", what, err)
				}
				caught++
			} else {
				failed := f.readAll(t, v, what)
				if ierr := integrityCheck(t.Context(), v.database(), "main"); ierr != nil || failed > 0 {
					caught++
				}
				v.Close()
			}
			sameSnapshot(t, before, snapshot(t, s.Home))
		}
	}
	t.Logf("%d pages, %d flips, %d noticed (the rest fell in unused space)", pages, pages*3, caught)
	if caught < pages {
		t.Fatalf("only %d of %d flips were noticed", caught, pages*3)
	}
}

// A database cut short anywhere: ErrDamaged, files unchanged.
func TestHostileDamageTruncatedDatabase(t *testing.T) {
	f := newDamageFixture(t)
	for _, n := range []int{0, 1, 100, cipherPageSize - 1, cipherPageSize, cipherPageSize + 1, len(f.db) / 2, len(f.db) - cipherPageSize, len(f.db) - 1} {
		s := f.lay(t, f.db[:n], f.side)
		before := snapshot(t, s.Home)
		v, err := s.OpenWithPassphrase(damagePass)
		what := "cut to " + itoa(n) + " bytes"
		if err == nil {
			failed := f.readAll(t, v, what)
			if ierr := integrityCheck(t.Context(), v.database(), "main"); ierr == nil && failed == 0 {
				t.Fatalf("%s: nothing noticed", what)
			}
			v.Close()
		} else if !errors.Is(err, ErrDamaged) {
			t.Fatalf("%s: %v, not ErrDamaged", what, err)
		}
		if after := snapshot(t, s.Home); !maps.Equal(before, after) {
			t.Fatalf("%s: opening it (%v) changed the data folder's files, though the error says nothing was changed", what, err)
		}
	}
}

// Every bit of the sidecar flipped, and the sidecar cut at every length:
// the passphrase opens the right vault or one of the errors the unlock
// screen explains comes back, and nothing in the folder changes.
func TestHostileDamageSidecar(t *testing.T) {
	f := newDamageFixture(t)
	allowed := []error{ErrDamaged, ErrNewerVersion, ErrWrongPassphrase, ErrWrongKey, ErrNoPassphraseSet}
	try := func(side []byte, what string) bool {
		s := f.lay(t, f.db, side)
		before := snapshot(t, s.Home)
		v, err := s.OpenWithPassphrase(damagePass)
		if err == nil {
			if failed := f.readAll(t, v, what); failed > 0 {
				t.Fatalf("%s: opened but %d reads failed", what, failed)
			}
			v.Close()
			return false
		}
		if errors.Is(err, ErrSidecarChanged) {
			// A flip the MAC catches: only the sidecar was put right, and
			// the next unlock opens the vault.
			after := snapshot(t, s.Home)
			delete(before, sidecarName)
			delete(after, sidecarName)
			sameSnapshot(t, before, after)
			if v, err = s.OpenWithPassphrase(damagePass); err != nil {
				t.Fatalf("%s: after the repair: %v", what, err)
			}
			v.Close()
			return true
		}
		if !slices.ContainsFunc(allowed, func(e error) bool { return errors.Is(err, e) }) {
			t.Fatalf("%s: %v", what, err)
		}
		sameSnapshot(t, before, snapshot(t, s.Home))
		return true
	}
	refused := 0
	for i := range f.side {
		for _, bit := range []byte{0x01, 0x40} {
			side := slices.Clone(f.side)
			side[i] ^= bit
			if try(side, "flip at "+itoa(i)) {
				refused++
			}
		}
	}
	for n := range len(f.side) - 1 { // all but the final line break matter
		if !try(f.side[:n], "cut to "+itoa(n)) {
			t.Fatalf("a sidecar cut to %d of %d bytes opened", n, len(f.side))
		}
	}
	t.Logf("%d of %d flipped sidecars refused with a clear error, the rest opened the right vault", refused, 2*len(f.side))
}

// A bit flipped anywhere in a backup: Restore refuses it (damaged, or in
// the trailer's wrapped key, as a passphrase that does not open it) and
// changes nothing; first run from it creates nothing.
func TestHostileDamageFlippedBackup(t *testing.T) {
	s, _, v, want := vaultWithData(t)
	defer v.Close()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.parley")
	if err := v.Backup(good, "backup words"); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(good)
	pages := len(data) / cipherPageSize
	// The last page is the trailer: its magic, its JSON (a flip in the
	// wrapped key reads as a passphrase that does not open it), its padding.
	trailer := len(data) - cipherPageSize
	positions := []int{8, 200, cipherPageSize + 100, (pages/2)*cipherPageSize + 2000, trailer - 40, trailer + 3, trailer + 300, len(data) - 40}
	for i, pos := range positions {
		bad := slices.Clone(data)
		bad[pos] ^= 0x10
		path := filepath.Join(dir, "flipped-"+itoa(pos)+".parley")
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		before, backups := snapshot(t, s.Home), snapshot(t, dir)
		err := v.Restore(path, "backup words")
		okErr := errors.Is(err, ErrBackupDamaged) || (pos >= trailer && errors.Is(err, ErrBackupPassphrase))
		if !okErr {
			t.Fatalf("flip at %d: Restore: %v", pos, err)
		}
		sameSnapshot(t, before, snapshot(t, s.Home))
		sameSnapshot(t, backups, snapshot(t, dir))
		if got := allSettings(t, v); !maps.Equal(got, want) {
			t.Fatalf("flip at %d: the vault changed: %v", pos, got)
		}
		if i > 1 {
			continue // first run checks the backup the same way: two are enough
		}
		s2 := newStore(t, nil)
		if _, _, err := s2.CreateFromBackup(ModeAsk, "new", path, "backup words"); err == nil || s2.Exists() {
			t.Fatalf("flip at %d: first run from it: %v, exists %v", pos, err, s2.Exists())
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
