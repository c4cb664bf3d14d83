package bench

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process (server and client together) has
// used. Benchmarks report it per operation as well as wall time, since
// wall time on a shared machine also measures the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
