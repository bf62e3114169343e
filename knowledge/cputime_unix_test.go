//go:build unix

package knowledge

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used: unlike wall time, it does
// not count the time other processes on the machine take.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
