package persistence

// The crash harness, shared by every crash test: a child process (this
// test binary again, running TestCrashChild) opens a vault and does one
// numbered operation over and over, printing each number once the
// operation has returned; the parent kills it with SIGKILL at a random
// moment, opens the vault, runs PRAGMA integrity_check, and checks that
// every operation the child reported is there, whole, and that nothing
// half-done is visible (crashVault.check).
//
// TestCrashSafety interrupts raw transactions; TestHostileCrashes
// (hostile_crash_test.go) the real saving operations. PARLEY_CRASH_RUNS
// and PARLEY_HOSTILE_CRASHES set their numbers of kills; `make soak` runs
// hundreds.

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// crashEnv is what the parent tells the child.
type crashEnv struct {
	Home, Op, Pass, Person, Negotiation, BackupDir string
	Run                                            int
}

func (e crashEnv) environ() []string {
	return append(os.Environ(),
		"PARLEY_CRASH_HOME="+e.Home, "PARLEY_CRASH_OP="+e.Op, "PARLEY_CRASH_PASS="+e.Pass,
		"PARLEY_CRASH_PERSON="+e.Person, "PARLEY_CRASH_NEGOTIATION="+e.Negotiation,
		"PARLEY_CRASH_BACKUPS="+e.BackupDir, "PARLEY_CRASH_RUN="+strconv.Itoa(e.Run))
}

func crashEnvFromOS() crashEnv {
	run, _ := strconv.Atoi(os.Getenv("PARLEY_CRASH_RUN"))
	return crashEnv{
		Home: os.Getenv("PARLEY_CRASH_HOME"), Op: os.Getenv("PARLEY_CRASH_OP"),
		Pass: os.Getenv("PARLEY_CRASH_PASS"), Person: os.Getenv("PARLEY_CRASH_PERSON"),
		Negotiation: os.Getenv("PARLEY_CRASH_NEGOTIATION"), BackupDir: os.Getenv("PARLEY_CRASH_BACKUPS"),
		Run: run,
	}
}

// crashKills is how many kills a crash test makes: the number in the
// environment variable name, else normal (short with -short).
func crashKills(name string, normal, short int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	if testing.Short() {
		return short
	}
	return normal
}

// TestCrashChild is the child: it runs only when the parent sets
// PARLEY_CRASH_HOME.
func TestCrashChild(t *testing.T) {
	e := crashEnvFromOS()
	if e.Home == "" {
		t.Skip("only runs as the crash tests' child process")
	}
	s := Store{Home: e.Home, argon: cheapArgon}
	v, err := s.OpenWithPassphrase(e.Pass)
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		os.Exit(2)
	}
	step := crashStep(t, v, e)
	deadline := time.Now().Add(time.Minute) // never outlive a lost parent
	for n := 1; time.Now().Before(deadline); n++ {
		if err := step(n); err != nil {
			fmt.Fprintln(os.Stderr, e.Op, n, err)
			os.Exit(3)
		}
		fmt.Println(n)
	}
	os.Exit(0)
}

// killChild starts the child for e, waits for its first report, lets it
// go on for delay, kills it and returns every number it reported.
func killChild(t *testing.T, e crashEnv, delay time.Duration) []int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = e.environ()
	lines, stderr := startChild(t, cmd)
	var committed []int
	select {
	case first, ok := <-lines:
		if !ok {
			_ = cmd.Wait()
			t.Fatalf("run %d (%s): the child reported nothing: %s", e.Run, e.Op, stderr.String())
		}
		committed = appendNumber(t, committed, first)
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("run %d (%s): the child did not start", e.Run, e.Op)
	}
	time.Sleep(delay)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	for line := range lines {
		committed = appendNumber(t, committed, line)
	}
	_ = cmd.Wait()
	return committed
}

// startChild starts cmd and delivers each whole line it prints; a line
// cut short by a kill is dropped.
func startChild(t *testing.T, cmd *exec.Cmd) (<-chan string, *strings.Builder) {
	t.Helper()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1<<16)
	go func() {
		defer close(lines)
		r := bufio.NewReader(stdout)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				_, _ = io.Copy(io.Discard, r)
				return
			}
			lines <- strings.TrimSuffix(line, "\n")
		}
	}()
	return lines, stderr
}

func appendNumber(t *testing.T, list []int, line string) []int {
	n, err := strconv.Atoi(line)
	if err != nil {
		t.Fatalf("unexpected output from the child: %q", line)
	}
	return append(list, n)
}

// A child commits numbered transactions of three rows each and is killed
// at a random moment; then the vault opens, passes PRAGMA
// integrity_check, and holds every transaction the child saw committed,
// each one whole.
func TestCrashSafety(t *testing.T) {
	runs := crashKills("PARLEY_CRASH_RUNS", 25, 3)
	cv := newCrashVault(t, "transactions")
	total := 0
	for run := 1; run <= runs; run++ {
		cv.env.Run = run
		committed := killChild(t, cv.env, crashDelay(cv.env.Op))
		cv.check(t, run, slices.Max(committed))
		total += len(committed)
	}
	t.Logf("%d crashes, %d committed transactions checked", runs, total)
}

// transactionStep is the child's operation for "transactions": three rows
// in one transaction.
func transactionStep(v *Vault, run int) func(n int) error {
	return func(n int) error {
		return v.tx(context.Background(), func(tx *sql.Tx) error {
			for i := range 3 {
				key := fmt.Sprintf("crash-%d-%d-%d", run, n, i)
				if _, err := tx.Exec("INSERT INTO settings VALUES (?, ?)", key, strings.Repeat("x", 200)); err != nil {
					return err
				}
			}
			return nil
		})
	}
}

// checkCrashTransactions: every reported transaction has its three rows;
// the one in flight has all three or none, and nothing later is there.
func checkCrashTransactions(t *testing.T, v *Vault, e crashEnv, last int) {
	t.Helper()
	rows := countRows(t, v, e.Run)
	for n := 1; n <= last; n++ {
		if rows[n] != 3 {
			t.Fatalf("run %d: transaction %d was reported committed but has %d of 3 rows", e.Run, n, rows[n])
		}
	}
	for n, c := range rows {
		if c != 3 || n > last+1 {
			t.Fatalf("run %d: transaction %d is partly there (%d of 3 rows) after %d reported", e.Run, n, c, last)
		}
	}
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
