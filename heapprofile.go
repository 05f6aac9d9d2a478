//go:build heapprofile

// A diagnostic build, never the shipped one: `go build -tags heapprofile`
// makes a Parley that, when PARLEY_HEAP_PROFILE names a file, waits
// PARLEY_HEAP_AFTER (a Go duration, 3s when unset: the bench's idle
// moment), then writes the live heap's profile there and a line of the
// runtime's memory figures beside it (FILE.txt). Read it with
// `go tool pprof -top -sample_index=inuse_space FILE` (docs/performance.md).
// It does not collect garbage first: the profile is of the last
// collection, and the figures are what the process holds at that moment.

package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"
)

func init() {
	path := os.Getenv("PARLEY_HEAP_PROFILE")
	if path == "" {
		return
	}
	after, err := time.ParseDuration(os.Getenv("PARLEY_HEAP_AFTER"))
	if err != nil {
		after = 3 * time.Second
	}
	go func() {
		time.Sleep(after)
		writeHeapProfile(path)
	}()
}

func writeHeapProfile(path string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	status, _ := os.ReadFile("/proc/self/status")
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "heapprofile:", err)
		return
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		fmt.Fprintln(os.Stderr, "heapprofile:", err)
	}
	const mb = 1 << 20
	line := fmt.Sprintf("HeapAlloc=%.1fMB HeapInuse=%.1fMB HeapIdle=%.1fMB HeapReleased=%.1fMB StackInuse=%.1fMB Sys=%.1fMB TotalAlloc=%.1fMB NumGC=%d\n",
		float64(m.HeapAlloc)/mb, float64(m.HeapInuse)/mb, float64(m.HeapIdle)/mb, float64(m.HeapReleased)/mb,
		float64(m.StackInuse)/mb, float64(m.Sys)/mb, float64(m.TotalAlloc)/mb, m.NumGC)
	_ = os.WriteFile(path+".txt", append([]byte(line), status...), 0o600)
}
