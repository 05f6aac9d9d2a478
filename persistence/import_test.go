package persistence

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"time"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/kinklist"
)

// realisticPreview decodes the realistic KinkList export (made by
// KinkList's own code, see domain/kinklist/testdata) against the bundled
// list and table, and previews it against sheet.
func realisticPreview(t *testing.T, sheet *checklist.Sheet) kinklist.Preview {
	t.Helper()
	data, err := os.ReadFile("../domain/kinklist/testdata/export-realistic.json")
	if err != nil {
		t.Fatal(err)
	}
	var export struct{ Code string }
	if err := json.Unmarshal(data, &export); err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	list, err := kinklist.ParseList(assets.KinkListDefault)
	if err != nil {
		t.Fatal(err)
	}
	table, err := kinklist.ParseTable(assets.KinkListTable, list, cat)
	if err != nil {
		t.Fatal(err)
	}
	choices, err := kinklist.Decode("https://example.org/kinklist.html#"+export.Code, list)
	if err != nil {
		t.Fatal(err)
	}
	return kinklist.NewPreview(choices, table, kinklist.DefaultLevels(), sheet, cat)
}

// Issue 17: nothing is saved before the person confirms; the confirmed
// import lands in their sealed checklist, with history, and only sealed.
func TestImportSavesNothingBeforeConfirmThenAllSealed(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	v, _ := mustCreate(t, s, ModeKeyring, "")
	p := addPerson(t, v, "Sam")
	if err := v.SealPerson(p, "4821"); err != nil {
		t.Fatal(err)
	}
	sheet, _, err := v.LoadChecklist(p)
	if err != nil {
		t.Fatal(err)
	}
	preview := realisticPreview(t, sheet)
	if len(preview.Answers) == 0 {
		t.Fatal("the preview proposes nothing")
	}

	// Previewing (and looking at it for a while) writes nothing.
	before, _, _ := v.LoadChecklist(p)
	if n := len(before.Keys()); n != 0 {
		t.Fatalf("%d answers saved by building a preview", n)
	}
	if hist, _ := v.AnswerHistory(p); len(hist) != 0 {
		t.Fatalf("%d changes recorded before confirming", len(hist))
	}

	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	n, err := v.SaveImport(p, preview.Confirm(now))
	if err != nil {
		t.Fatal(err)
	}
	if n != len(preview.Answers) {
		t.Errorf("%d answers saved, %d proposed into an empty checklist", n, len(preview.Answers))
	}
	again, err := v.OpenPerson(p.ID, "4821")
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := v.LoadChecklist(again)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range preview.Answers {
		e := got.Get(a.Key)
		if e.Answer != a.Answer || e.Note != a.Note || !e.Changed.Equal(now) {
			t.Errorf("%s/%s saved as %+v, proposed %s %q", a.Key.Activity, a.Key.Direction, e, a.Answer, a.Note)
		}
	}
	if hist, _ := v.AnswerHistory(again); len(hist) != n {
		t.Errorf("%d changes in the history for %d imported answers", len(hist), n)
	}

	// The rows a partner with the open vault could read show nothing.
	rows, err := v.database().Query(`SELECT payload FROM answers`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var payload []byte
		if err := rows.Scan(&payload); err != nil {
			t.Fatal(err)
		}
		for _, leak := range []string{"KinkList", "another-person", "lingerie", "yes", "maybe"} {
			if bytes.Contains(payload, []byte(leak)) {
				t.Errorf("a sealed imported row shows %q", leak)
			}
		}
	}
}

// A confirmed import with nothing to write (everything already answered)
// saves nothing and still answers for a locked vault.
func TestImportWithNothingToWrite(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	v, _ := mustCreate(t, s, ModeKeyring, "")
	p := addPerson(t, v, "Alex")
	preview := realisticPreview(t, checklist.NewSheet())
	for i := range preview.Answers {
		preview.Answers[i].Answer = checklist.Unanswered // the person unticked every one
	}
	if n, err := v.SaveImport(p, preview.Confirm(time.Now())); n != 0 || err != nil {
		t.Fatalf("saved %d, %v", n, err)
	}
	if got, _, _ := v.LoadChecklist(p); len(got.Keys()) != 0 {
		t.Error("an import with every answer unticked saved something")
	}
}
