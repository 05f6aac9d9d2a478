package persistence

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

// stepNamed is the version a migration step brings a vault to.
func stepNamed(t *testing.T, name string) int {
	t.Helper()
	for i, m := range migrations() {
		if m.name == name {
			return i + 1
		}
	}
	t.Fatalf("no migration step %q", name)
	return 0
}

// A vault written by the Parley before agreements, with an agreed scene
// and a draft, as that Parley's store left them: after the update both
// are still scene negotiations, listed, searchable and renegotiable, none
// is taken for an agreement, and a new agreement can be kept beside them.
func TestAnOlderVaultsNegotiationsStayScenesBesideNewAgreements(t *testing.T) {
	before := stepNamed(t, "agreements beside negotiations") - 1
	c := &clock{t: time.Date(2026, 5, 1, 18, 0, 0, 0, time.UTC)}
	s, _, vaultID, db := olderDatabase(t, before)
	s.Now = c.now
	agreed := sampleDoc(c.now(), "Friday at ours")
	agreed.AgreedOn = c.now()
	agreedJSON, _ := json.Marshal(agreed)
	draftJSON, _ := json.Marshal(sampleDoc(c.now(), "Next time"))
	v := writeAsOlder(t, s, db, []stmt{
		{"INSERT INTO meta VALUES ('vault_id', ?)", []any{vaultID}},
		{`INSERT INTO negotiations (id, title, created, updated, scene_on, state, people, search) VALUES
			('old1', 'Friday at ours', 100, 200, ?, 'agreed 1', 'Alex' || char(10) || 'Sam', 'friday at ours' || char(10) || 'blindfold'),
			('old2', 'Next time', 300, 300, 0, 'draft 1', 'Alex' || char(10) || 'Sam', 'next time')`, []any{agreed.SceneOn.Unix()}},
		{`INSERT INTO negotiation_versions (negotiation_id, version, saved, agreed, doc) VALUES ('old1', 1, 200, 1, ?), ('old2', 1, 300, 0, ?)`,
			[]any{agreedJSON, draftJSON}},
	})
	if got, _ := userVersion(context.Background(), v.database()); got != latestVersion() {
		t.Fatalf("user_version %d, want %d", got, latestVersion())
	}
	list, err := v.Negotiations()
	if err != nil || len(list) != 2 || list[0].ID != "old2" || list[1].ID != "old1" || list[1].State != "agreed" {
		t.Fatalf("the older negotiations after the update: %+v, %v", list, err)
	}
	if found, _ := v.SearchNegotiations("blindfold", "", ""); len(found) != 1 || found[0].ID != "old1" {
		t.Fatalf("search after the update: %+v", found)
	}
	if ags, err := v.Agreements(); err != nil || len(ags) != 0 {
		t.Fatalf("an older negotiation is listed as an agreement: %+v, %v", ags, err)
	}
	// Both stay usable: a draft saved, an agreed one renegotiated.
	doc, _, _, err := v.LatestVersion("old2")
	if err != nil {
		t.Fatal(err)
	}
	doc.Title = "Next time, softer"
	if err := v.SaveDraft("old2", doc); err != nil {
		t.Fatalf("saving an older draft: %v", err)
	}
	if _, err := v.NewVersion("old1", negotiation.NextScene(agreed, c.now())); err != nil {
		t.Fatalf("renegotiating an older negotiation: %v", err)
	}
	ag := mustCreateNegotiation(t, v, sampleAgreement(c.now(), "Our arrangement"))
	if ags, _ := v.Agreements(); len(ags) != 1 || ags[0].ID != ag || ags[0].ReviewOn.IsZero() {
		t.Fatalf("a new agreement beside them: %+v", ags)
	}
	if list, _ := v.Negotiations(); len(list) != 2 {
		t.Fatalf("scene negotiations after adding an agreement: %+v", list)
	}
}

// A backup carries agreements with their kind and review date.
func TestABackupKeepsAgreementsApartFromScenes(t *testing.T) {
	v, c := negotiationVault(t)
	ag := mustCreateNegotiation(t, v, sampleAgreement(c.now(), "Our arrangement"))
	scene := mustCreateNegotiation(t, v, sampleDoc(c.now(), "Friday"))
	path := t.TempDir() + "/backup.parley"
	if err := v.Backup(path, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	if err := v.DeleteNegotiation(ag); err != nil {
		t.Fatal(err)
	}
	if err := v.Restore(path, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	ags, err := v.Agreements()
	if err != nil || len(ags) != 1 || ags[0].ID != ag || !ags[0].ReviewOn.Equal(time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("agreements after a restore: %+v, %v", ags, err)
	}
	if list, _ := v.Negotiations(); len(list) != 1 || list[0].ID != scene {
		t.Fatalf("scenes after a restore: %+v", list)
	}
}
