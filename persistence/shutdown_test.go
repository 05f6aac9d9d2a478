package persistence

import (
	"errors"
	"sync"
	"testing"
	"time"
)

// TestCloseLeavesNoWAL: background reads are still running (as Home's
// refresh and the debrief watcher do) when the vault is closed. Close must
// wait for them and checkpoint, so that no parley.db-wal or parley.db-shm
// is left in the folder, and every read that comes too late is told the
// vault is locked.
func TestCloseLeavesNoWAL(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	v, _ := mustCreate(t, s, ModeKeyring, "")
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
			db := v.DB()
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
