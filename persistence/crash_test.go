package persistence

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The crash test's child process: it opens the vault in PARLEY_CRASH_HOME
// and commits numbered transactions (three rows each) until it is killed,
// printing each number on its own line once COMMIT has returned.
func TestCrashChild(t *testing.T) {
	home := os.Getenv("PARLEY_CRASH_HOME")
	if home == "" {
		t.Skip("only runs as the crash test's child process")
	}
	run := os.Getenv("PARLEY_CRASH_RUN")
	v, err := Store{Home: home}.OpenWithPassphrase("crash")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	deadline := time.Now().Add(time.Minute) // never outlive a lost parent
	for n := 1; time.Now().Before(deadline); n++ {
		err := v.tx(context.Background(), func(tx *sql.Tx) error {
			for i := range 3 {
				key := fmt.Sprintf("crash-%s-%d-%d", run, n, i)
				if _, err := tx.Exec("INSERT INTO settings VALUES (?, ?)", key, strings.Repeat("x", 200)); err != nil {
					return err
				}
			}
			return nil
		})

		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Println(n)
	}
	os.Exit(0)
}

// A child writes and is killed (SIGKILL on Unix) at a random moment; then
// the vault opens, passes PRAGMA integrity_check, and holds every
// transaction the child saw committed, each one whole.
func TestCrashSafety(t *testing.T) {
	runs := 25
	if n, err := strconv.Atoi(os.Getenv("PARLEY_CRASH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	if testing.Short() {
		runs = 3
	}
	s := newStore(t, nil)
	v, _ := mustCreate(t, s, ModeAsk, "crash")
	v.Close()
	total := 0
	for run := range runs {
		committed := killChildMidway(t, s.Home, run)
		total += len(committed)
		v, err := s.OpenWithPassphrase("crash")
		if err != nil {
			t.Fatalf("run %d: the vault does not open after the crash: %v", run, err)
		}
		if err := integrityCheck(context.Background(), v.database(), "main"); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		rows := countRows(t, v, run)
		for _, n := range committed {
			if rows[n] != 3 {
				t.Fatalf("run %d: transaction %d was reported committed but has %d of 3 rows", run, n, rows[n])
			}
		}
		for n, c := range rows {
			if c != 3 {
				t.Fatalf("run %d: transaction %d is partly there (%d of 3 rows)", run, n, c)
			}
		}
		v.Close()
	}
	t.Logf("%d crashes, %d committed transactions checked", runs, total)
}

// killChildMidway starts the child, lets it commit for a random while,
// kills it and returns the numbers it reported as committed.
func killChildMidway(t *testing.T, home string, run int) []int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PARLEY_CRASH_HOME="+home, fmt.Sprintf("PARLEY_CRASH_RUN=%d", run))
	lines, stderr := startChild(t, cmd)
	var committed []int
	select {
	case first, ok := <-lines:
		if !ok {
			_ = cmd.Wait()
			t.Fatalf("run %d: the child wrote nothing: %s", run, stderr.String())
		}
		committed = appendNumber(t, committed, first)
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("run %d: the child did not start", run)
	}
	time.Sleep(time.Duration(rand.IntN(150)) * time.Millisecond)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	for line := range lines {
		committed = appendNumber(t, committed, line)
	}
	_ = cmd.Wait()
	return committed
}

func appendNumber(t *testing.T, list []int, line string) []int {
	n, err := strconv.Atoi(line)
	if err != nil {
		t.Fatalf("unexpected output from the child: %q", line)
	}
	return append(list, n)
}

// countRows counts the rows of each of a run's transactions.
func countRows(t *testing.T, v *Vault, run int) map[int]int {
	t.Helper()
	rows, err := v.database().Query("SELECT key FROM settings WHERE key LIKE ?", fmt.Sprintf("crash-%d-%%", run))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	counts := map[int]int{}
	for rows.Next() {
		var key string
		if err := rows.Scan(&key); err != nil {
			t.Fatal(err)
		}
		var r, n, i int
		if _, err := fmt.Sscanf(key, "crash-%d-%d-%d", &r, &n, &i); err != nil {
			t.Fatal(err)
		}
		counts[n]++
	}
	return counts
}
