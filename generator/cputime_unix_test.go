//go:build unix

package generator

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used, so
// that benchmarks on a busy machine report work done, not just wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
