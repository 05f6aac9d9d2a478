package persistence

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

var blindfoldKey = checklist.Key{Activity: "blindfold", Direction: checklist.Receiving}

// sealedSam is a vault with Sam, sealed with a PIN, and Sam opened.
func sealedSam(t *testing.T) (Store, *Vault, *Person) {
	t.Helper()
	v, s := freshVault(t)
	t.Cleanup(func() { v.Close() })
	p, err := v.AddProfile(Profile{Name: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	person, err := v.OpenPerson(p.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.SealPerson(person, "a long PIN of words"); err != nil {
		t.Fatal(err)
	}
	return s, v, person
}

// payloadOf reads one answers row's stored payload for p's key k.
func payloadOf(t *testing.T, v *Vault, p *Person, k checklist.Key) []byte {
	t.Helper()
	var b []byte
	if err := v.database().QueryRow(`SELECT payload FROM answers WHERE profile_id = ? AND slot = ?`, p.ID, p.codec.slot(slotName(k))).Scan(&b); err != nil {
		t.Fatal(err)
	}
	return b
}

func setPayload(t *testing.T, v *Vault, p *Person, k checklist.Key, b []byte) {
	t.Helper()
	if _, err := v.database().Exec(`UPDATE answers SET payload = ? WHERE profile_id = ? AND slot = ?`, b, p.ID, p.codec.slot(slotName(k))); err != nil {
		t.Fatal(err)
	}
}

// wantRowsChanged: both reading the list and opening the person again say
// the rows were changed; nothing is read.
func wantRowsChanged(t *testing.T, v *Vault, p *Person, what string) {
	t.Helper()
	if a, err := answerOf(t, v, p, caning); !errors.Is(err, ErrRowsChanged) {
		t.Fatalf("%s: LoadChecklist gives %v, %v; want ErrRowsChanged", what, a, err)
	}
	if _, err := v.OpenPerson(p.ID, "a long PIN of words"); !errors.Is(err, ErrRowsChanged) {
		t.Fatalf("%s: OpenPerson gives %v; want ErrRowsChanged", what, err)
	}
}

// Issue 12, item 5: an older sealed answer row copied over a newer one.
// Before, the Hard limit read back as the Yes it once was.
func TestOlderSealedRowCopiedOverNewerIsRefused(t *testing.T) {
	_, v, p := sealedSam(t)
	saveAnswer(t, v, p, caning, checklist.Yes)
	older := payloadOf(t, v, p, caning)
	saveAnswer(t, v, p, caning, checklist.HardLimit)
	setPayload(t, v, p, caning, older)
	wantRowsChanged(t, v, p, "a rolled-back row")
}

// A sealed row moved to another slot (the blindfold's Yes put in the
// place of caning's Hard limit).
func TestSealedRowMovedToAnotherSlotIsRefused(t *testing.T) {
	_, v, p := sealedSam(t)
	saveAnswer(t, v, p, blindfoldKey, checklist.Yes)
	saveAnswer(t, v, p, caning, checklist.HardLimit)
	setPayload(t, v, p, caning, payloadOf(t, v, p, blindfoldKey))
	wantRowsChanged(t, v, p, "a moved row")
}

// A sealed row removed (the Hard limit simply gone), a history line
// removed, and an answer put back after it was cleared.
func TestSealedRowsRemovedOrAddedAreRefused(t *testing.T) {
	t.Run("answer removed", func(t *testing.T) {
		_, v, p := sealedSam(t)
		saveAnswer(t, v, p, caning, checklist.HardLimit)
		if _, err := v.database().Exec(`DELETE FROM answers WHERE profile_id = ?`, p.ID); err != nil {
			t.Fatal(err)
		}
		wantRowsChanged(t, v, p, "a removed row")
	})
	t.Run("history removed", func(t *testing.T) {
		_, v, p := sealedSam(t)
		ch := &checklist.Change{Key: caning, From: checklist.Yes, To: checklist.HardLimit, At: fixedNow}
		if err := v.SaveAnswer(p, caning, checklist.Entry{Answer: checklist.HardLimit, Changed: fixedNow}, ch); err != nil {
			t.Fatal(err)
		}
		if _, err := v.database().Exec(`DELETE FROM answer_history WHERE profile_id = ?`, p.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := v.AnswerHistory(p); !errors.Is(err, ErrRowsChanged) {
			t.Fatalf("AnswerHistory: %v", err)
		}
	})
	t.Run("cleared answer put back", func(t *testing.T) {
		_, v, p := sealedSam(t)
		saveAnswer(t, v, p, blindfoldKey, checklist.Yes)
		old := payloadOf(t, v, p, blindfoldKey)
		if err := v.SaveAnswer(p, blindfoldKey, checklist.Entry{}, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := v.database().Exec(`INSERT INTO answers (profile_id, slot, payload) VALUES (?, ?, ?)`, p.ID, p.codec.slot(slotName(blindfoldKey)), old); err != nil {
			t.Fatal(err)
		}
		wantRowsChanged(t, v, p, "a row put back")
	})
}

// The rows pass every check in ordinary use: saved, read, resealed with a
// new PIN, opened for good, sealed again.
func TestSealedRowsRoundTrip(t *testing.T) {
	_, v, p := sealedSam(t)
	saveAnswer(t, v, p, caning, checklist.HardLimit)
	saveAnswer(t, v, p, blindfoldKey, checklist.Yes)
	saveAnswer(t, v, p, caning, checklist.No)
	for _, pin := range []string{"another long PIN", "", "a third PIN of words"} {
		if err := v.SealPerson(p, pin); err != nil {
			t.Fatalf("SealPerson(%q): %v", pin, err)
		}
		again, err := v.OpenPerson(p.ID, pin)
		if err != nil {
			t.Fatalf("OpenPerson after SealPerson(%q): %v", pin, err)
		}
		if a, err := answerOf(t, v, again, caning); err != nil || a != checklist.No {
			t.Fatalf("caning after SealPerson(%q): %v, %v", pin, a, err)
		}
		if a, _ := answerOf(t, v, again, blindfoldKey); a != checklist.Yes {
			t.Fatalf("blindfold after SealPerson(%q): %v", pin, a)
		}
	}
}

// A person sealed before manifests (rows sealed with the profile and table
// only) still opens with their PIN, and is moved to bound rows then.
func TestSealedPersonFromBeforeIsMigrated(t *testing.T) {
	v, _ := freshVault(t)
	p, _ := v.AddProfile(Profile{Name: "Sam"})
	info, c, err := newSeal(p.ID, "old PIN", cheapArgon)
	if err != nil {
		t.Fatal(err)
	}
	seal, _ := json.Marshal(info)
	entry, _ := c.encode("answers", envelope{Slot: slotName(caning), Data: storedEntry{Activity: "caning", Direction: caning.Direction.String(), Answer: "hard-limit"}})
	hist, _ := c.encode("answer_history", envelope{Data: storedChange{Activity: "caning", Direction: caning.Direction.String(), From: "yes", To: "hard-limit", At: fixedNow}})
	execArgs := [][]any{
		{`UPDATE profiles SET seal = ? WHERE id = ?`, seal, p.ID},
		{`INSERT INTO answers (profile_id, slot, payload) VALUES (?, ?, ?)`, p.ID, c.slot(slotName(caning)), entry},
		{`INSERT INTO answer_history (profile_id, payload) VALUES (?, ?)`, p.ID, hist},
	}
	for _, a := range execArgs {
		if _, err := v.database().Exec(a[0].(string), a[1:]...); err != nil {
			t.Fatal(err)
		}
	}
	person, err := v.OpenPerson(p.ID, "old PIN")
	if err != nil {
		t.Fatalf("a person sealed before manifests: %v", err)
	}
	if a, err := answerOf(t, v, person, caning); err != nil || a != checklist.HardLimit {
		t.Fatalf("after the move: %v, %v", a, err)
	}
	if h, err := v.AnswerHistory(person); err != nil || len(h) != 1 {
		t.Fatalf("history after the move: %v, %v", h, err)
	}
	stored, err := loadSeal(context.Background(), v.database(), p.ID)
	if err != nil || stored.Rows == nil {
		t.Fatalf("no manifest after the move: %v", err)
	}
}

// The limit the threat model names: someone who holds the vault's key and
// kept an earlier copy of the whole file can put it back; it opens as the
// earlier vault (the Yes before the Hard limit). Parley cannot tell.
func TestWholeFileRollbackIsNotDetected(t *testing.T) {
	s, v, p := sealedSam(t)
	saveAnswer(t, v, p, caning, checklist.Yes)
	v.Close()
	earlier, err := os.ReadFile(s.path(dbName))
	if err != nil {
		t.Fatal(err)
	}
	v, _, err = s.OpenWithKeyring(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	p, _ = v.OpenPerson(p.ID, "a long PIN of words")
	saveAnswer(t, v, p, caning, checklist.HardLimit)
	v.Close()
	if err := os.WriteFile(s.path(dbName), earlier, 0o600); err != nil {
		t.Fatal(err)
	}
	v, _, err = s.OpenWithKeyring(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	p, err = v.OpenPerson(p.ID, "a long PIN of words")
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := answerOf(t, v, p, caning); a != checklist.Yes {
		t.Fatalf("the rolled-back file reads %v", a)
	}
}
