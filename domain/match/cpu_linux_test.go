package match

import (
	"syscall"
	"testing"
	"time"
)

// reportCPU adds a cpu-ms/op figure to a benchmark: the process's user and
// system CPU time per iteration, which a busy machine changes far less
// than the wall-clock ns/op. Call it before b.Loop and run the returned
// function after.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		}
	}
}

func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
