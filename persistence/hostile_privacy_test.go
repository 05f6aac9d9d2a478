package persistence

// The privacy session: a unique marker goes into every field the vault
// stores, through the stores' own APIs, as a person's use of Parley
// would put it there: names, answers and their notes, activities of their
// own, every text field of a negotiation document (found by reflection,
// so a field added later is covered too), debriefs, quiz results,
// settings, pending exchanges, saved comparisons, and a backup. Then no
// file in the data folder, the backup folder or the temporary folder holds
// any marker in the clear, while the vault is open and after it is
// closed; yet every marker reads back through the vault, so the search
// looked for what was really stored.

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/domain/quiz"
)

// markers hands out unique strings and remembers them.
type markers struct{ list []string }

func (m *markers) next(field string) string {
	s := fmt.Sprintf("PRIVMARK%03d-%s", len(m.list), field)
	m.list = append(m.list, s)
	return s
}

// fillStrings sets every settable string in v (through structs, slices,
// maps' values stay as they are) to a fresh marker, and returns how many.
func fillStrings(v reflect.Value, path string, m *markers) int {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(m.next(path))
			return 1
		}
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() && f.Name != "Template" { // the template keeps its meaning
				n += fillStrings(v.Field(i), path+"."+v.Type().Field(i).Name, m)
			}
		}
		return n
	case reflect.Slice:
		n := 0
		for i := range v.Len() {
			n += fillStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), m)
		}
		return n
	case reflect.Pointer:
		if !v.IsNil() {
			return fillStrings(v.Elem(), path, m)
		}
	}
	return 0
}

// privateDoc is a full negotiation document with a marker in each string.
// IDs and enumerations are strings too; those that must keep their
// meaning (participant IDs, statuses, units) are put back afterwards.
func privateDoc(m *markers) (negotiation.Document, int) {
	d := sampleDoc(fixedNow, "")
	d.Scene.Activities = append(d.Scene.Activities, negotiation.Activity{ID: "custom:x", Name: "x"})
	keep := d
	n := fillStrings(reflect.ValueOf(&d).Elem(), "doc", m)
	for i := range d.Participants {
		d.Participants[i].ID = keep.Participants[i].ID
	}
	for i := range d.Scene.Activities {
		d.Scene.Activities[i].Status = keep.Scene.Activities[i].Status
		d.Scene.Activities[i].Givers = keep.Scene.Activities[i].Givers
		d.Scene.Activities[i].Receivers = keep.Scene.Activities[i].Receivers
	}
	return d, n
}

func TestHostilePrivacySession(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("SQLITE_TMPDIR", tmp)
	m := &markers{}
	pass := m.next("passphrase")
	s := newStore(t, newFakeKeyring())
	v, code := mustCreate(t, s, ModeKeyring, pass)
	defer v.Close()
	m.list = append(m.list, code.Hex())

	// People, one open and one sealed by a PIN.
	open, err := v.AddProfile(Profile{Name: m.next("name"), Pronouns: m.next("pronouns")})
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := v.AddProfile(Profile{Name: m.next("name2"), Pronouns: m.next("pronouns2")})
	if err != nil {
		t.Fatal(err)
	}
	pin := m.next("pin")
	people := []*Person{}
	for _, p := range []Profile{open, sealed} {
		person, err := v.OpenPerson(p.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		people = append(people, person)
	}
	if err := v.SealPerson(people[1], pin); err != nil {
		t.Fatal(err)
	}
	if people[1], err = v.OpenPerson(sealed.ID, pin); err != nil {
		t.Fatal(err)
	}

	// Answers with notes, custom activities, quiz results.
	for i, p := range people {
		custom := catalog.Activity{Name: m.next(fmt.Sprintf("custom%d", i)), Description: m.next("custom-description"), Kind: catalog.Together}
		custom.ID = catalog.CustomID(custom.Name)
		if err := v.AddCustomActivity(p, custom); err != nil {
			t.Fatal(err)
		}
		for _, act := range []string{"blindfold", custom.ID} {
			k := checklist.Key{Activity: act, Direction: checklist.Together}
			if err := v.SaveAnswer(p, k, checklist.Entry{Answer: checklist.Maybe, Note: m.next("note"), Changed: fixedNow},
				&checklist.Change{Key: k, From: checklist.Unanswered, To: checklist.Maybe, At: fixedNow}); err != nil {
				t.Fatal(err)
			}
		}
		r := quiz.Result{QuestionSet: 1, Taken: fixedNow, Name: m.next("quiz-name")}
		for _, tr := range quiz.Traits() {
			r.Scores = append(r.Scores, quiz.TraitScore{Trait: tr.ID, Score: 50})
		}
		if err := v.SaveQuizResult(p, r); err != nil {
			t.Fatal(err)
		}
	}

	// A negotiation with every text field marked, a second version, debriefs.
	doc, fields := privateDoc(m)
	if fields < 30 {
		t.Fatalf("only %d text fields in a negotiation document", fields)
	}
	id, err := v.CreateNegotiation(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.AgreeVersion(id, doc); err != nil {
		t.Fatal(err)
	}
	doc2, _ := privateDoc(m)
	if _, err := v.NewVersion(id, doc2); err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Participants {
		d := negotiation.Debrief{ParticipantID: p.ID, WhatWorked: m.next("worked"), WhatToChange: m.next("change"), HowFeltSince: m.next("felt")}
		if err := v.SaveDebrief(id, d); err != nil {
			t.Fatal(err)
		}
	}

	// Settings, a pending exchange and a saved comparison.
	mustSet(t, v, "display-name", m.next("setting"))
	cat := &catalog.Catalog{Version: "test.1", Activities: []catalog.Activity{{ID: "blindfold", Name: "Blindfold", Kind: catalog.Together}}}
	sheet := checklist.NewSheet()
	sheet.SetAnswer(checklist.Key{Activity: "blindfold", Direction: checklist.Together}, checklist.Yes, fixedNow)
	pending, _, err := match.Start(rand.Reader, cat, match.Person{Sheet: sheet}, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.SavePending(pending, people[0], m.next("partner")); err != nil {
		t.Fatal(err)
	}
	c := SavedComparison{StarterName: m.next("starter"), ResponderName: m.next("responder"), CatalogVersion: "test.1",
		BothYes:          []SavedMatch{{ActivityID: "custom:x", Name: m.next("match"), Slot: "starter-gives", GiverName: m.next("giver"), ReceiverName: m.next("receiver")}},
		OverClaimWarning: m.next("warning")}
	if _, err := v.SaveComparison(c); err != nil {
		t.Fatal(err)
	}

	// A backup, into its own folder.
	backups := t.TempDir()
	if err := v.Backup(filepath.Join(backups, "backup.parley"), m.next("backup-passphrase")); err != nil {
		t.Fatal(err)
	}

	folders := map[string]string{"data": s.Home, "backup": backups, "temporary": tmp}
	noMarkerIn(t, folders, m.list, "while open")
	everyMarkerReadsBack(t, v, people, id, m.list)
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	noMarkerIn(t, folders, m.list, "after closing")
	t.Logf("%d markers (%d in one document's text fields) found in no file of %d folders", len(m.list), fields, len(folders))
}

// noMarkerIn fails if any file under the folders holds any marker.
func noMarkerIn(t *testing.T, folders map[string]string, list []string, when string) {
	t.Helper()
	for what, dir := range folders {
		err := readEachFile(dir, func(path string, data []byte) {
			for _, mk := range list {
				if bytes.Contains(data, []byte(mk)) || bytes.Contains(bytes.ToLower(data), []byte(strings.ToLower(mk))) {
					t.Errorf("%s: the %s folder's %s holds %q in the clear", when, what, filepath.Base(path), mk)
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// everyMarkerReadsBack reads the whole vault through its APIs and checks
// each marker was stored (the code and passphrases are not, by design).
func everyMarkerReadsBack(t *testing.T, v *Vault, people []*Person, id string, list []string) {
	t.Helper()
	var all strings.Builder
	add := func(x any, err error) {
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&all, "%+v\n", x)
	}
	add(v.Profiles())
	for _, p := range people {
		sheet, custom, err := v.LoadChecklist(p)
		add(custom, err)
		for _, k := range sheet.Keys() {
			fmt.Fprintf(&all, "%+v\n", sheet.Get(k))
		}
		add(v.QuizResults(p))
	}
	for n := 1; n <= 2; n++ {
		add(v.Version(id, n))
	}
	add(v.Debriefs(id))
	setting, _, err := v.Setting("display-name")
	add(setting, err)
	pendings, err := v.Pendings()
	add(pendings, err)
	for _, e := range pendings {
		add(v.OpenExchange(e.Session, people[0]))
	}
	add(v.Comparisons())
	for _, mk := range list {
		secret := strings.Contains(mk, "passphrase") || strings.Contains(mk, "-pin") || !strings.HasPrefix(mk, "PRIVMARK")
		if !secret && !strings.Contains(all.String(), mk) {
			t.Errorf("%s was not stored, so the search for it proves nothing", mk)
		}
	}
}
