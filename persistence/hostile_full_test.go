package persistence

// Hostile full-disk tests: a child process opens the vault, lowers its own
// file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) so that every write
// past a few kilobytes fails as it would on a full disk, and tries to
// save. The save must fail with ErrWriteFailed, and the parent then finds
// the previous state whole: the vault opens, passes the integrity check,
// holds what it held, and no half-written file is left behind.

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

const fullPass = "pass full"

// fullOps are the saves tried on a full disk, each with the file-size
// limit it runs under (bytes).
var fullOps = []struct {
	op    string
	limit uint64
}{
	{"answer", 64 << 10},
	{"draft", 64 << 10},
	{"setting", 64 << 10},
	{"backup", 64 << 10},
	{"restore", 64 << 10},
	{"passphrase", 64}, // the sidecar is a few hundred bytes
}

// TestHostileFullDiskChild is the child: it runs only when the parent sets
// PARLEY_FULL_HOME, and prints "write-failed", "saved" or the error.
func TestHostileFullDiskChild(t *testing.T) {
	home := os.Getenv("PARLEY_FULL_HOME")
	if home == "" {
		t.Skip("only runs as the full-disk test's child process")
	}
	signal.Ignore(syscall.SIGXFSZ)
	s := Store{Home: home, argon: cheapArgon}
	v, err := s.OpenWithPassphrase(fullPass)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	save := fullSave(v, os.Getenv("PARLEY_FULL_OP"), os.Getenv("PARLEY_FULL_EXTRA"))
	limit, _ := strconv.ParseUint(os.Getenv("PARLEY_FULL_LIMIT"), 10, 64)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		fmt.Println("setrlimit:", err)
		os.Exit(2)
	}
	err = save()
	switch {
	case err == nil:
		fmt.Println("saved")
	case errors.Is(err, ErrWriteFailed):
		fmt.Println("write-failed")
	default:
		fmt.Printf("other error: %v (%v)\n", err, errors.Unwrap(err))
	}
	os.Exit(0)
}

// fullSave is the save the child tries: each writes far more than the
// limit allows.
func fullSave(v *Vault, op, extra string) func() error {
	big := strings.Repeat("a long note that will not fit ", 10000) // 300 KB
	switch op {
	case "answer":
		return func() error {
			p, err := v.OpenPerson(extra, "")
			if err != nil {
				return err
			}
			return v.SaveAnswer(p, fullKey, checklist.Entry{Answer: checklist.Yes, Note: big}, nil)
		}
	case "draft":
		return func() error {
			d := sampleDoc(fixedNow, "a new draft")
			d.Scene.Activities[0].Note = big
			return v.SaveDraft(extra, d)
		}
	case "setting":
		return func() error { return v.SetSetting("before", big) }
	case "backup":
		return func() error { return v.Backup(extra, crashBackupPass) }
	case "restore":
		return func() error { return v.Restore(extra, crashBackupPass) }
	case "passphrase":
		return func() error { return v.SetPassphrase("a new passphrase") }
	}
	return func() error { return fmt.Errorf("unknown operation %q", op) }
}

var fullKey = checklist.Key{Activity: "blindfold", Direction: checklist.Together}

func TestHostileFullDisk(t *testing.T) {
	for _, tc := range fullOps {
		t.Run(tc.op, func(t *testing.T) {
			s := newStore(t, nil)
			v, _ := mustCreate(t, s, ModeAsk, fullPass)
			mustSet(t, v, "before", "the old value")
			mustSet(t, v, "padding", strings.Repeat("p", 200<<10)) // the vault outgrows the limit
			p, err := v.AddProfile(Profile{Name: "Robin"})
			if err != nil {
				t.Fatal(err)
			}
			person, _ := v.OpenPerson(p.ID, "")
			if err := v.SaveAnswer(person, fullKey, checklist.Entry{Answer: checklist.Maybe, Note: "the old note"}, nil); err != nil {
				t.Fatal(err)
			}
			nego, err := v.CreateNegotiation(crashDoc("the old draft"))
			if err != nil {
				t.Fatal(err)
			}
			outDir := t.TempDir()
			extra := map[string]string{"answer": p.ID, "draft": nego, "backup": filepath.Join(outDir, "backup.parley")}[tc.op]
			if tc.op == "restore" {
				extra = filepath.Join(outDir, "source.parley")
				mustSet(t, v, "before", "the restored value")
				if err := v.Backup(extra, crashBackupPass); err != nil {
					t.Fatal(err)
				}
				mustSet(t, v, "before", "the old value")
			}
			v.Close()
			outBefore := names(t, outDir)

			if got := runFullChild(t, s.Home, tc.op, extra, tc.limit); got != "write-failed" {
				t.Fatalf("the save on a full disk says %q, want ErrWriteFailed", got)
			}

			v, err = s.OpenWithPassphrase(fullPass)
			if err != nil {
				t.Fatalf("the vault does not open after the failed save: %v", err)
			}
			defer v.Close()
			if err := integrityCheck(t.Context(), v.database(), "main"); err != nil {
				t.Fatal(err)
			}
			wantSetting(t, v, "before", "the old value")
			person, _ = v.OpenPerson(p.ID, "")
			sheet, _, err := v.LoadChecklist(person)
			if err != nil || sheet.Get(fullKey).Note != "the old note" {
				t.Fatalf("the answer reads %+v, %v", sheet.Get(fullKey), err)
			}
			doc, _, _, err := v.LatestVersion(nego)
			if err != nil || doc.Title != "the old draft" {
				t.Fatalf("the draft reads %q, %v", doc.Title, err)
			}
			if got := strings.Join(names(t, outDir), " "); got != strings.Join(outBefore, " ") {
				t.Fatalf("the backup folder held %v, now %v", outBefore, got)
			}
			if got := names(t, s.Home); strings.Join(got, " ") != "parley.db parley.db-shm parley.db-wal parley.vault" {
				t.Fatalf("the data folder holds %v", got)
			}
		})
	}
}

// runFullChild runs the child for op under the limit and returns its line.
func runFullChild(t *testing.T, home, op, extra string, limit uint64) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHostileFullDiskChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PARLEY_FULL_HOME="+home, "PARLEY_FULL_OP="+op,
		"PARLEY_FULL_EXTRA="+extra, "PARLEY_FULL_LIMIT="+strconv.FormatUint(limit, 10))
	cmd.WaitDelay = time.Second
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the child failed: %v\n%s", err, out)
	}
	return strings.TrimSpace(string(out))
}
