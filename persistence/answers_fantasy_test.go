package persistence

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

// stepNamed is the version (from 1) of the migration step called name.
var keyTalk = checklist.Key{Activity: "role-play.teacher-student", Direction: checklist.Together}

// A fantasy answer and a condition survive closing and opening the vault,
// for an open list and for a protected one; in the protected list's rows
// neither the condition's name nor the answer can be read without the PIN.
func TestFantasyAnswersAndConditionsAreKeptAndSealed(t *testing.T) {
	for _, pin := range []string{"", "4821"} {
		s := newStore(t, newFakeKeyring())
		v, _ := mustCreate(t, s, ModeKeyring, "")
		p := addPerson(t, v, "Sam")
		if pin != "" {
			if err := v.SealPerson(p, pin); err != nil {
				t.Fatal(err)
			}
		}
		sheet := checklist.NewSheet()
		now := time.Date(2026, 12, 2, 18, 0, 0, 0, time.UTC)
		answer(t, v, p, sheet, keyTalk, checklist.FantasyOnly, "MARKER-just-the-idea", now)
		answer(t, v, p, sheet, keyTie, checklist.Yes, "", now)
		want := checklist.Condition{OnlyWith: "MARKER-Alex", AfterTalking: true, UpTo: checklist.Gently}
		if !sheet.SetCondition(keyTie, want) {
			t.Fatal("condition refused on a Yes")
		}
		if err := v.SaveAnswer(p, keyTie, sheet.Get(keyTie), nil); err != nil {
			t.Fatal(err)
		}
		id := p.ID
		v.Close()

		v, reason, err := s.OpenWithKeyring(context.Background())
		if err != nil {
			t.Fatal(reason, err)
		}
		if pin != "" {
			for _, raw := range rawPayloads(t, v, "answers") {
				if bytes.Contains(raw, []byte("MARKER")) || bytes.Contains(raw, []byte("fantasy")) || bytes.Contains(raw, []byte("after_talking")) {
					t.Fatalf("a protected answer row reads without the PIN: %q", raw)
				}
			}
		}
		p, err = v.OpenPerson(id, pin)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := v.LoadChecklist(p)
		if err != nil {
			t.Fatal(err)
		}
		if e := got.Get(keyTalk); e.Answer != checklist.FantasyOnly || e.Note != "MARKER-just-the-idea" {
			t.Errorf("pin %q: fantasy answer read back as %+v", pin, e)
		}
		if e := got.Get(keyTie); e.Answer != checklist.Yes || e.Condition != want {
			t.Errorf("pin %q: condition read back as %+v, want %+v", pin, e.Condition, want)
		}
		hist, err := v.AnswerHistory(p)
		if err != nil || len(hist) != 2 || hist[0].To != checklist.FantasyOnly {
			t.Errorf("pin %q: history %+v, %v", pin, hist, err)
		}
		v.Close()
	}
}

func rawPayloads(t *testing.T, v *Vault, table string) [][]byte {
	t.Helper()
	rows, err := v.database().Query(`SELECT slot, payload FROM ` + table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var slot string
		var payload []byte
		if err := rows.Scan(&slot, &payload); err != nil {
			t.Fatal(err)
		}
		out = append(out, append([]byte(slot+" "), payload...))
	}
	return out
}

// A vault from before fantasies and conditions (schema step 6) opens, with
// its answers as they were, and moves to the new step.
func TestAnOlderVaultsAnswersReadAfterTheFantasyStep(t *testing.T) {
	before := stepNamed(t, "fantasy answers, conditions and group comparisons") - 1
	s, _ := buildAtVersion(t, before)
	v := mustReopen(t, s)
	if got, _ := userVersion(context.Background(), v.database()); got != latestVersion() {
		t.Fatalf("user_version %d", got)
	}
	p := addPerson(t, v, "Robin")
	// A row exactly as the Parley before this step wrote it.
	old := []byte(`{"slot":"deprivation.blindfold|together","data":{"activity":"deprivation.blindfold","direction":"together","answer":"maybe","note":"slowly"}}`)
	if _, err := v.database().Exec(`INSERT INTO answers (profile_id, slot, payload) VALUES (?, ?, ?)`, p.ID, slotName(keyBlind), old); err != nil {
		t.Fatal(err)
	}
	sheet, _, err := v.LoadChecklist(p)
	if err != nil {
		t.Fatal(err)
	}
	if e := sheet.Get(keyBlind); e.Answer != checklist.Maybe || e.Note != "slowly" || !e.Condition.IsZero() {
		t.Fatalf("older answer read as %+v", e)
	}
}

// The attack on the old schema: an older Parley opening a vault that holds
// a fantasy answer would read it as unanswered (and drop a condition at
// its next save). A vault at the new step is refused by the migrations of
// the version before, untouched.
func TestAVaultWithFantasiesIsRefusedByTheParleyBefore(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	v, _ := mustCreate(t, s, ModeKeyring, "")
	p := addPerson(t, v, "Sam")
	answer(t, v, p, checklist.NewSheet(), keyTalk, checklist.FantasyOnly, "", time.Now())
	db := v.database()
	older := migrations()[:stepNamed(t, "fantasy answers, conditions and group comparisons")-1]
	if err := migrate(context.Background(), db, older); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("the Parley before this step would open the vault: %v", err)
	}
	v.Close()
}
