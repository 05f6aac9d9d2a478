package persistence

import (
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

// TestCloseLeavesNoWAL: background reads are still running (as Home's
// refresh and the debrief watcher do) when the vault is closed. Close must
// wait for them and checkpoint, so that no parley.db-wal or parley.db-shm
// is left in the folder, and every read that comes too late is told the
// vault is locked.
func TestCloseLeavesNoWAL(t *testing.T) {
	v, s := freshVault(t)
	mustSet(t, v, "theme", "dark")
	if _, err := v.AddProfile(Profile{Name: "Sam"}); err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 10; round++ {
		if round > 0 {
			var err error
			if v, _, err = s.OpenWithKeyring(t.Context()); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		// One read that holds its rows for a moment, like a slow list.
		wg.Add(1)
		go func() {
			defer wg.Done()
			db := v.database()
			rows, err := db.Query("SELECT key FROM settings")
			close(start)
			if err != nil {
				return
			}
			rows.Next()
			time.Sleep(100 * time.Millisecond)
			_ = rows.Close()
		}()
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 50; i++ {
					if _, err := v.Profiles(); err != nil {
						if !errors.Is(err, ErrClosed) {
							t.Errorf("a read during Close: %v, want ErrClosed", err)
						}
						return
					}
				}
			}()
		}
		<-start
		if err := v.Close(); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"-wal", "-shm"} {
			if fileExists(s.path(dbName) + f) {
				t.Fatalf("round %d: parley.db%s is still there after Close", round, f)
			}
		}
		wg.Wait()
	}
}

// walSize is the size of the vault's WAL file now (0 when it is empty or gone).
func walSize(t *testing.T, s Store) int64 {
	t.Helper()
	st, err := os.Stat(s.path(dbName) + "-wal")
	if err != nil {
		return 0
	}
	return st.Size()
}

// Issue 12, item 6: sealing a person and forgetting an exchange secret
// checkpoint at once, so the pages that held the open answers or the
// secret do not wait in the WAL; secure_delete is on, so they are
// overwritten in the database file too.
func TestSealingAndForgettingEmptyTheWAL(t *testing.T) {
	v, s := freshVault(t)
	var secure int
	if err := v.database().QueryRow("PRAGMA secure_delete").Scan(&secure); err != nil || secure != 1 {
		t.Fatalf("secure_delete = %d, %v", secure, err)
	}
	prof, _ := v.AddProfile(Profile{Name: "Sam"})
	p, _ := v.OpenPerson(prof.ID, "")
	saveAnswer(t, v, p, caning, checklist.HardLimit)
	if walSize(t, s) == 0 {
		t.Fatal("the test needs a WAL with the open answer in it")
	}
	if err := v.SealPerson(p, "a long PIN of words"); err != nil {
		t.Fatal(err)
	}
	if n := walSize(t, s); n != 0 {
		t.Fatalf("after sealing the WAL still holds %d bytes", n)
	}
	pend, _ := start(t, fixedNow)
	if err := v.SavePending(pend, p, "Alex"); err != nil {
		t.Fatal(err)
	}
	if err := v.MarkDone(pend.Session.String()); err != nil {
		t.Fatal(err)
	}
	if n := walSize(t, s); n != 0 {
		t.Fatalf("after forgetting a secret the WAL still holds %d bytes", n)
	}
}
