package persistence

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

var (
	keyTie   = checklist.Key{Activity: "restraint.wrist-cuffs", Direction: checklist.Receiving}
	keyBlind = checklist.Key{Activity: "deprivation.blindfold", Direction: checklist.Together}
)

func answer(t *testing.T, v *Vault, p *Person, s *checklist.Sheet, k checklist.Key, a checklist.Answer, note string, at time.Time) {
	t.Helper()
	c, changed := s.SetAnswer(k, a, at)
	s.SetNote(k, note)
	var cp *checklist.Change
	if changed {
		cp = &c
	}
	if err := v.SaveAnswer(p, k, s.Get(k), cp); err != nil {
		t.Fatal(err)
	}
}

func addPerson(t *testing.T, v *Vault, name string) *Person {
	t.Helper()
	prof, err := v.AddProfile(Profile{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	p, err := v.OpenPerson(prof.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTwoPeopleEachSeeOnlyTheirOwnAnswers(t *testing.T) {
	v, _ := freshVault(t)
	sam, alex := addPerson(t, v, "Sam"), addPerson(t, v, "Alex")
	t0 := time.Date(2026, 11, 1, 20, 0, 0, 0, time.UTC)
	answer(t, v, sam, checklist.NewSheet(), keyTie, checklist.Yes, "soft cuffs only", t0)
	answer(t, v, alex, checklist.NewSheet(), keyBlind, checklist.HardLimit, "", t0)

	samSheet, _, err := v.LoadChecklist(sam)
	if err != nil {
		t.Fatal(err)
	}
	if got := samSheet.Get(keyTie); got.Answer != checklist.Yes || got.Note != "soft cuffs only" {
		t.Errorf("Sam's answer came back as %+v", got)
	}
	if samSheet.Get(keyBlind).Answer != checklist.Unanswered {
		t.Error("Sam's list shows Alex's answer")
	}
	alexSheet, _, _ := v.LoadChecklist(alex)
	if alexSheet.Get(keyTie).Answer != checklist.Unanswered || alexSheet.Get(keyBlind).Answer != checklist.HardLimit {
		t.Error("Alex's list is not Alex's own")
	}
}

func TestAnswersAndHistorySurviveARestart(t *testing.T) {
	v, s := freshVault(t)
	p := addPerson(t, v, "Sam")
	sheet := checklist.NewSheet()
	t1 := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	t2 := t1.Add(48 * time.Hour)
	answer(t, v, p, sheet, keyTie, checklist.No, "", t1)
	answer(t, v, p, sheet, keyTie, checklist.HardLimit, "", t2)
	answer(t, v, p, sheet, keyTie, checklist.HardLimit, "changed my mind for good", t2) // note only: no history line
	if err := v.AddCustomActivity(p, catalog.Activity{Name: "Reading aloud", Description: "One reads, one listens.", Category: "verbal", Kind: catalog.Together, Risk: catalog.RiskLow}); err != nil {
		t.Fatal(err)
	}
	v.Close()

	v2 := mustReopen(t, s)
	p2, err := v2.OpenPerson(p.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	sheet2, custom, err := v2.LoadChecklist(p2)
	if err != nil {
		t.Fatal(err)
	}
	if e := sheet2.Get(keyTie); e.Answer != checklist.HardLimit || e.Note != "changed my mind for good" || !e.Changed.Equal(t2) {
		t.Errorf("after a restart the answer is %+v", e)
	}
	if len(custom) != 1 || custom[0].Name != "Reading aloud" {
		t.Errorf("custom activities after a restart: %+v", custom)
	}
	hist, err := v2.AnswerHistory(p2)
	if err != nil {
		t.Fatal(err)
	}
	want := []checklist.Change{
		{Key: keyTie, From: checklist.Unanswered, To: checklist.No, At: t1},
		{Key: keyTie, From: checklist.No, To: checklist.HardLimit, At: t2},
	}
	if len(hist) != len(want) {
		t.Fatalf("history has %d changes, want %d: %+v", len(hist), len(want), hist)
	}
	for i := range want {
		if hist[i].Key != want[i].Key || hist[i].From != want[i].From || hist[i].To != want[i].To || !hist[i].At.Equal(want[i].At) {
			t.Errorf("change %d = %+v, want %+v", i, hist[i], want[i])
		}
	}
}

func TestASealedProfileCannotBeReadWithoutItsPIN(t *testing.T) {
	v, _ := freshVault(t)
	p := addPerson(t, v, "Sam")
	sheet := checklist.NewSheet()
	now := time.Date(2026, 11, 2, 18, 0, 0, 0, time.UTC)
	const secret = "MARKER-only-with-a-gentle-voice"
	answer(t, v, p, sheet, keyTie, checklist.Maybe, secret, now)
	if err := v.AddCustomActivity(p, catalog.Activity{Name: "MARKER-custom", Description: "x.", Category: "verbal", Kind: catalog.Together}); err != nil {
		t.Fatal(err)
	}
	if err := v.SealPerson(p, "4821"); err != nil {
		t.Fatal(err)
	}
	answer(t, v, p, sheet, keyBlind, checklist.Yes, "MARKER-after-sealing", now) // written while sealed

	// The raw rows, as a partner with the open vault would read them.
	for _, table := range []string{"answers", "answer_history", "custom_activities"} {
		rows, err := v.database().Query(`SELECT * FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, val := range vals {
				var b []byte
				switch x := val.(type) {
				case []byte:
					b = x
				case string:
					b = []byte(x)
				}
				for _, leak := range []string{"MARKER", "wrist-cuffs", "blindfold", "maybe", "yes"} {
					if bytes.Contains(b, []byte(leak)) {
						t.Errorf("table %s shows %q in a sealed profile's row", table, leak)
					}
				}
			}
		}
		rows.Close()
	}

	if _, err := v.OpenPerson(p.ID, "1111"); !errors.Is(err, ErrWrongPIN) {
		t.Fatalf("a wrong PIN gave %v, want ErrWrongPIN", err)
	}
	again, err := v.OpenPerson(p.ID, "4821")
	if err != nil {
		t.Fatal(err)
	}
	got, custom, err := v.LoadChecklist(again)
	if err != nil {
		t.Fatal(err)
	}
	if got.Get(keyTie).Note != secret || got.Get(keyBlind).Answer != checklist.Yes || len(custom) != 1 {
		t.Errorf("the right PIN did not give everything back: %+v %+v %v", got.Get(keyTie), got.Get(keyBlind), custom)
	}
	if hist, _ := v.AnswerHistory(again); len(hist) != 2 {
		t.Errorf("sealed history has %d changes, want 2", len(hist))
	}

	// Removing the PIN makes the rows plain again.
	if err := v.SealPerson(again, ""); err != nil {
		t.Fatal(err)
	}
	plain, err := v.OpenPerson(p.ID, "")
	if err != nil || plain.Sealed {
		t.Fatalf("after removing the PIN: %v, sealed %v", err, plain.Sealed)
	}
	got, _, _ = v.LoadChecklist(plain)
	if got.Get(keyTie).Note != secret {
		t.Error("removing the PIN lost an answer")
	}
}

func TestProfileNeedsAName(t *testing.T) {
	v, _ := freshVault(t)
	if _, err := v.AddProfile(Profile{Name: "   "}); !errors.Is(err, ErrNameRequired) {
		t.Errorf("a blank name gave %v", err)
	}
	ps, _ := v.Profiles()
	if len(ps) != 0 {
		t.Errorf("a blank name added a profile: %+v", ps)
	}
	if _, err := v.AddProfile(Profile{Name: " Zoë "}); err != nil {
		t.Fatal(err)
	}
	ps, _ = v.Profiles()
	if len(ps) != 1 || ps[0].Name != "Zoë" || ps[0].Sealed || !strings.EqualFold(ps[0].Name, "zoë") {
		t.Errorf("profiles = %+v", ps)
	}
}
