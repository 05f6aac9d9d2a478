// Command startbench measures how long programs take from exec to their
// window being mapped on the X display, and how much memory each holds
// once idle, for `make bench`. Run it under Xvfb (and, for Parley, inside
// scripts/with-keyring.sh so the vault opens without a prompt).
//
//	startbench [-runs 7] [-idle 3s] TITLE=PROGRAM [TITLE=PROGRAM ...]
//
// The programs are started in turn (one warm-up round first, not counted),
// so a slow moment of the machine falls on each alike. For each run it
// polls `xdotool search --onlyvisible --name '^TITLE$'` every few
// milliseconds, reads the whole process's CPU time so far (user + system,
// every thread, from /proc/PID/stat) the moment the window is mapped, then
// waits -idle, reads VmRSS from /proc/PID/status, and ends the program with
// SIGTERM. It prints one line per program:
//
//	startup TITLE runs=N median_ms=M cpu_ms=C rss_kib=K
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 7, "runs of each program (the median is printed)")
	idle := flag.Duration("idle", 3*time.Second, "wait after the window appears before reading memory")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: startbench [-runs N] [-idle D] TITLE=PROGRAM ...")
		os.Exit(2)
	}
	var progs []program
	for _, arg := range flag.Args() {
		title, path, ok := strings.Cut(arg, "=")
		if !ok {
			fmt.Fprintf(os.Stderr, "startbench: %q is not TITLE=PROGRAM\n", arg)
			os.Exit(2)
		}
		progs = append(progs, program{title: title, path: path})
	}
	for round := 0; round <= *runs; round++ {
		for i := range progs {
			ms, cpu, rss, err := once(progs[i], *idle)
			if err != nil {
				fmt.Fprintf(os.Stderr, "startbench: %s: %v\n", progs[i].title, err)
				os.Exit(1)
			}
			if round > 0 { // round 0 warms the disk cache
				progs[i].ms = append(progs[i].ms, ms)
				progs[i].cpu = append(progs[i].cpu, cpu)
				progs[i].rss = append(progs[i].rss, rss)
			}
		}
	}
	for _, p := range progs {
		fmt.Printf("startup %s runs=%d median_ms=%.0f cpu_ms=%.0f rss_kib=%.0f\n", p.title, len(p.ms), median(p.ms), median(p.cpu), median(p.rss))
	}
}

type program struct {
	title, path  string
	ms, cpu, rss []float64
}

// once starts p, times its window and the CPU it cost, reads its memory
// and ends it.
func once(p program, idle time.Duration) (ms, cpuMs, rssKiB float64, err error) {
	cmd := exec.Command(p.path)
	var output strings.Builder // shown if the window never comes
	cmd.Stdout, cmd.Stderr = nil, &output
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, 0, err
	}
	defer stop(cmd)
	for !mapped(p.title) {
		if time.Since(start) > 60*time.Second {
			stop(cmd) // so its output is complete before it is read
			return 0, 0, 0, fmt.Errorf("no window after a minute; it said: %s", output.String())
		}
		time.Sleep(3 * time.Millisecond)
	}
	ms = float64(time.Since(start).Microseconds()) / 1000
	if cpuMs, err = cpuTime(cmd.Process.Pid); err != nil {
		return 0, 0, 0, err
	}
	time.Sleep(idle)
	rssKiB, err = vmRSS(cmd.Process.Pid)
	return ms, cpuMs, rssKiB, err
}

// cpuTime reads a process's user and system CPU time so far, all threads,
// in milliseconds (fields 14 and 15 of /proc/PID/stat, in clock ticks of
// 1/100 s on Linux).
func cpuTime(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name (field 2) may hold spaces: count from its closing ")".
	rest := string(b[strings.LastIndexByte(string(b), ')')+1:])
	f := strings.Fields(rest) // f[0] is field 3 (state)
	if len(f) < 13 {
		return 0, errors.New("short /proc stat line")
	}
	utime, err1 := strconv.ParseFloat(f[11], 64)
	stime, err2 := strconv.ParseFloat(f[12], 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, err
	}
	return (utime + stime) * 10, nil
}

// mapped reports whether a viewable window has exactly this title.
func mapped(title string) bool {
	return exec.Command("xdotool", "search", "--onlyvisible", "--name", "^"+title+"$").Run() == nil
}

// stop asks the program to quit and waits; it is killed if it lingers.
func stop(cmd *exec.Cmd) {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// vmRSS reads the resident memory of a process in KiB.
func vmRSS(pid int) (float64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			return strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
		}
	}
	return 0, errors.New("no VmRSS line")
}

func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
