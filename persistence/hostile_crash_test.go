package persistence

// Hostile crash tests: the crash harness (crash_test.go) interrupts the
// real saving operations (answers, negotiation drafts, backups, restores,
// passphrase changes, key changes), each in its own vault.

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
)

// The operations the crash test interrupts, each in its own vault.
var crashOps = []string{"answers", "drafts", "backup", "restore", "passphrase", "changekey"}

// Names and values each numbered operation writes; parent and child agree
// on them.
func crashActivity(run, n int) string { return fmt.Sprintf("hostile-%d-%d", run, n) }
func crashNote(run, n int) string     { return fmt.Sprintf("note %d %d", run, n) }
func crashTitle(run, n int) string    { return fmt.Sprintf("draft %d %d", run, n) }
func crashPass(run, n int) string     { return fmt.Sprintf("pass %d %d", run, n) }
func crashBackup(dir string, run, n int) string {
	return filepath.Join(dir, fmt.Sprintf("backup-%d-%d.parley", run, n))
}

// restoreSource is the backup the child restores at step n: A and B in
// turn, each holding the setting "which" with its own letter.
func restoreSource(dir string, n int) (path, which string) {
	if n%2 == 1 {
		return filepath.Join(dir, "A.parley"), "A"
	}
	return filepath.Join(dir, "B.parley"), "B"
}

const crashBackupPass = "backup passphrase"

// crashStep is the child's numbered operation for e.Op.
func crashStep(t *testing.T, v *Vault, e crashEnv) func(n int) error {
	switch e.Op {
	case "answers":
		p, err := v.OpenPerson(e.Person, "")
		if err != nil {
			t.Fatal(err)
		}
		return func(n int) error {
			k := checklist.Key{Activity: crashActivity(e.Run, n), Direction: checklist.Together}
			ch := &checklist.Change{Key: k, From: checklist.Unanswered, To: checklist.Yes, At: fixedNow}
			return v.SaveAnswer(p, k, checklist.Entry{Answer: checklist.Yes, Note: crashNote(e.Run, n), Changed: fixedNow}, ch)
		}
	case "drafts":
		return func(n int) error {
			return v.SaveDraft(e.Negotiation, crashDoc(crashTitle(e.Run, n)))
		}
	case "backup":
		return func(n int) error {
			if err := v.SetSetting("backup-seq", strconv.Itoa(n)); err != nil {
				return err
			}
			return v.Backup(crashBackup(e.BackupDir, e.Run, n), crashBackupPass)
		}
	case "restore":
		return func(n int) error {
			path, _ := restoreSource(e.BackupDir, n)
			return v.Restore(path, crashBackupPass)
		}
	case "passphrase":
		return func(n int) error { return v.SetPassphrase(crashPass(e.Run, n)) }
	case "changekey":
		return func(n int) error { _, err := v.ChangeKey(e.Pass); return err }
	case "transactions":
		return transactionStep(v, e.Run)
	}
	t.Fatalf("unknown operation %q", e.Op)
	return nil
}

// crashDoc is a negotiation document big enough to span several pages.
func crashDoc(title string) negotiation.Document {
	d := sampleDoc(fixedNow, title)
	d.Scene.Activities[0].Note = strings.Repeat(title+" ", 1500)
	return d
}

// crashVault is one operation's vault and what the parent knows of it.
type crashVault struct {
	store Store
	env   crashEnv
}

// newCrashVault makes the vault for op, with what its child needs.
func newCrashVault(t *testing.T, op string) *crashVault {
	t.Helper()
	s := newStore(t, nil)
	v, _ := mustCreate(t, s, ModeAsk, "pass start")
	defer v.Close()
	e := crashEnv{Home: s.Home, Op: op, Pass: "pass start", BackupDir: filepath.Join(filepath.Dir(s.Home), "backups")}
	if err := os.MkdirAll(e.BackupDir, 0o700); err != nil {
		t.Fatal(err)
	}
	switch op {
	case "answers":
		p, err := v.AddProfile(Profile{Name: "Robin"})
		if err != nil {
			t.Fatal(err)
		}
		e.Person = p.ID
	case "drafts":
		id, err := v.CreateNegotiation(crashDoc(crashTitle(0, 0)))
		if err != nil {
			t.Fatal(err)
		}
		e.Negotiation = id
	case "restore":
		for _, n := range []int{1, 2} {
			path, which := restoreSource(e.BackupDir, n)
			mustSet(t, v, "which", which)
			if err := v.Backup(path, crashBackupPass); err != nil {
				t.Fatal(err)
			}
		}
		mustSet(t, v, "which", "start")
	case "changekey":
		mustSet(t, v, "which", "kept through every key change")
	}
	return &crashVault{store: s, env: e}
}

func TestHostileCrashes(t *testing.T) {
	kills := crashKills("PARLEY_HOSTILE_CRASHES", 20, 5)
	vaults := map[string]*crashVault{}
	for _, op := range crashOps {
		vaults[op] = newCrashVault(t, op)
	}
	counts := map[string]int{}
	reported := 0
	for run := 1; run <= kills; run++ {
		op := crashOps[(run-1)%len(crashOps)]
		cv := vaults[op]
		cv.env.Run = run
		committed := killChild(t, cv.env, crashDelay(op))
		last := slices.Max(committed)
		cv.check(t, run, last)
		counts[op]++
		reported += len(committed)
	}
	t.Logf("%d crashes survived (%v), %d operations reported committed and checked", kills, counts, reported)
	// A backup killed before its rename leaves its hidden temporary file (an
	// encrypted, unfinished copy) beside the destination; never under the
	// destination's name, which the checks above prove. The next backup to
	// that folder, or the next start, removes those older than leftoverAge
	// (TestBackupLeftoversAreTidied); these are seconds old.
	leftovers, _ := filepath.Glob(filepath.Join(vaults["backup"].env.BackupDir, ".parley-backup-*"))
	t.Logf("%d unfinished backup temporary files left beside the destinations", len(leftovers))
}

// crashDelay is how long the child may run before the kill: a bit longer
// than the operation takes, so kills land at every point inside it.
func crashDelay(op string) time.Duration {
	limit := 150
	switch op {
	case "backup", "restore":
		limit = 900
	}
	return time.Duration(rand.IntN(limit)) * time.Millisecond
}

// check opens the vault after a kill and checks what the child reported:
// last is the number of the last operation it saw return.
func (cv *crashVault) check(t *testing.T, run, last int) {
	t.Helper()
	v := cv.open(t, run, last)
	defer v.Close()
	if err := integrityCheck(context.Background(), v.database(), "main"); err != nil {
		t.Fatalf("run %d (%s): %v", run, cv.env.Op, err)
	}
	switch cv.env.Op {
	case "answers":
		checkCrashAnswers(t, v, cv.env, last)
	case "drafts":
		checkCrashDraft(t, v, cv.env, last)
	case "backup":
		checkCrashBackups(t, v, cv.env, last)
	case "restore":
		got, _, err := v.Setting("which")
		_, want := restoreSource(cv.env.BackupDir, last)
		_, next := restoreSource(cv.env.BackupDir, last+1)
		if err != nil || (got != want && got != next) {
			t.Fatalf("run %d: after restoring %s (and maybe %s) the vault holds %q, %v", run, want, next, got, err)
		}
	case "changekey":
		checkCrashKeyChange(t, v, cv.store, run)
	case "transactions":
		checkCrashTransactions(t, v, cv.env, last)
	}
	var extra []string
	for _, name := range names(t, cv.store.Home) {
		if !slices.Contains([]string{dbName, dbName + "-wal", dbName + "-shm", sidecarName}, name) {
			extra = append(extra, name)
		}
	}
	if len(extra) > 0 {
		t.Fatalf("run %d (%s): left in the data folder after opening: %v", run, cv.env.Op, extra)
	}
}

// open opens the vault as a person would after the crash. For the
// passphrase change, the last reported passphrase or the one in flight
// opens it, and becomes the one the next child uses.
func (cv *crashVault) open(t *testing.T, run, last int) *Vault {
	t.Helper()
	if cv.env.Op != "passphrase" {
		v, err := cv.store.OpenWithPassphrase(cv.env.Pass)
		if err != nil {
			t.Fatalf("run %d (%s): the vault does not open after the crash: %v", run, cv.env.Op, err)
		}
		return v
	}
	for _, pass := range []string{crashPass(run, last+1), crashPass(run, last)} {
		v, err := cv.store.OpenWithPassphrase(pass)
		if err == nil {
			cv.env.Pass = pass
			return v
		}
	}
	t.Fatalf("run %d: neither the last passphrase set (%d) nor the next opens the vault", run, last)
	return nil
}

// checkCrashKeyChange: after a kill during key changes the vault opens
// with its passphrase, holds its data, has no change left half done, and
// its recovery code (whichever key it settled on) opens it.
func checkCrashKeyChange(t *testing.T, v *Vault, s Store, run int) {
	t.Helper()
	wantSetting(t, v, "which", "kept through every key change")
	if sc, err := s.readSidecar(); err != nil || sc.KeyChange != nil || !sc.authentic(v.key) {
		t.Fatalf("run %d: sidecar after settling: %v, change %v", run, err, sc.KeyChange != nil)
	}
	code := v.RecoveryCode()
	v.Close()
	again, err := s.OpenWithRecoveryCode(code.String())
	if err != nil {
		t.Fatalf("run %d: the recovery code of the settled key does not open the vault: %v", run, err)
	}
	again.Close()
}

// checkCrashAnswers: every reported answer is there with its note and its
// history line; at most the one in flight is there besides.
func checkCrashAnswers(t *testing.T, v *Vault, e crashEnv, last int) {
	t.Helper()
	p, err := v.OpenPerson(e.Person, "")
	if err != nil {
		t.Fatal(err)
	}
	sheet, _, err := v.LoadChecklist(p)
	if err != nil {
		t.Fatalf("run %d: answers do not load: %v", e.Run, err)
	}
	for n := 1; n <= last+1; n++ {
		got := sheet.Get(checklist.Key{Activity: crashActivity(e.Run, n), Direction: checklist.Together})
		switch {
		case n <= last && (got.Answer != checklist.Yes || got.Note != crashNote(e.Run, n)):
			t.Fatalf("run %d: answer %d was reported saved but reads %+v", e.Run, n, got)
		case n == last+1 && got.Answer != checklist.Unanswered && got.Note != crashNote(e.Run, n):
			t.Fatalf("run %d: the answer in flight is half there: %+v", e.Run, got)
		}
	}
	present := 0
	for _, k := range sheet.Keys() {
		if strings.HasPrefix(k.Activity, fmt.Sprintf("hostile-%d-", e.Run)) {
			present++
		}
	}
	history, err := v.AnswerHistory(p)
	if err != nil {
		t.Fatal(err)
	}
	changes := 0
	for _, c := range history {
		if strings.HasPrefix(c.Key.Activity, fmt.Sprintf("hostile-%d-", e.Run)) {
			changes++
		}
	}
	if present < last || present > last+1 || changes != present {
		t.Fatalf("run %d: %d reported, %d answers and %d history lines present", e.Run, last, present, changes)
	}
}

// checkCrashDraft: the draft is the last reported one or the one in
// flight, whole, and the History listing agrees with it.
func checkCrashDraft(t *testing.T, v *Vault, e crashEnv, last int) {
	t.Helper()
	doc, _, _, err := v.LatestVersion(e.Negotiation)
	if err != nil {
		t.Fatalf("run %d: the draft does not load: %v", e.Run, err)
	}
	if doc.Title != crashTitle(e.Run, last) && doc.Title != crashTitle(e.Run, last+1) {
		t.Fatalf("run %d: after draft %d the draft is %q", e.Run, last, doc.Title)
	}
	if want := crashDoc(doc.Title).Scene.Activities[0].Note; doc.Scene.Activities[0].Note != want {
		t.Fatalf("run %d: the draft %q is not whole", e.Run, doc.Title)
	}
	list, err := v.Negotiations()
	if err != nil || len(list) != 1 || list[0].Title != doc.Title {
		t.Fatalf("run %d: History lists %+v (%v), the draft is %q", e.Run, list, err, doc.Title)
	}
}

// checkCrashBackups: every reported backup file is there; the last one and
// the one in flight (if its file exists under its final name) open, pass
// the integrity check and hold their own sequence number.
func checkCrashBackups(t *testing.T, v *Vault, e crashEnv, last int) {
	t.Helper()
	for n := 1; n <= last; n++ {
		if !fileExists(crashBackup(e.BackupDir, e.Run, n)) {
			t.Fatalf("run %d: backup %d was reported written but is missing", e.Run, n)
		}
	}
	for _, n := range []int{last, last + 1} {
		path := crashBackup(e.BackupDir, e.Run, n)
		if n > last && !fileExists(path) {
			continue // killed before the rename: no file under the final name
		}
		if _, err := verifyBackup(path, crashBackupPass); err != nil {
			t.Fatalf("run %d: backup %d (reported: %v) does not check out: %v", e.Run, n, n <= last, err)
		}
		if got := backupSetting(t, path, "backup-seq"); got != strconv.Itoa(n) {
			t.Fatalf("run %d: backup %d holds sequence %q", e.Run, n, got)
		}
	}
	if got, _, _ := v.Setting("backup-seq"); got != strconv.Itoa(last) && got != strconv.Itoa(last+1) {
		t.Fatalf("run %d: the vault's sequence is %q after backup %d", e.Run, got, last)
	}
}

// backupSetting reads one setting from a backup file.
func backupSetting(t *testing.T, path, key string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	hexKey, _, err := BackupKey(path, crashBackupPass)
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	if _, err := db.Exec("ATTACH DATABASE ? AS b KEY ?", fileURI(path)+"?mode=ro", "x'"+hexKey+"'"); err != nil {
		t.Fatal(err)
	}
	var value string
	if err := db.QueryRow("SELECT value FROM b.settings WHERE key = ?", key).Scan(&value); err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	return value
}
