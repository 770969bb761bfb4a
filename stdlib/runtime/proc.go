package runtime

import "unsafe"

// Implemented in C++ (runtime/goapi.h, runtime/scheduler.h).
//
//go:linkname syscall4 runtime.syscall4
func syscall4(trap, a1, a2, a3, a4 uintptr) (r1, errno uintptr)

//go:linkname numgoroutine runtime.numgoroutine
func numgoroutine() int

//go:linkname keepalive runtime.keepalive
func keepalive(p *byte)

// Gosched yields the processor, allowing other goroutines to run. It does not suspend the
// current goroutine, so execution resumes automatically.
//
//go:linkname Gosched runtime.Gosched
func Gosched()

// GC runs a garbage collection and blocks the caller until it is complete. ergo's heap has
// no collector yet (memory is never reclaimed), so there is nothing to collect; as in gc, the
// call is a point where other goroutines get to run.
func GC() {
	Gosched()
}

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int {
	return numgoroutine()
}

// GOMAXPROCS returns the maximum number of CPUs that can execute goroutines at once, and is
// meant to set it when n > 0. ergo's scheduler runs one goroutine at a time, so the limit is
// always 1 and n is not honoured.
func GOMAXPROCS(n int) int {
	return 1
}

var ncpu int

// NumCPU returns the number of logical CPUs usable by the current process, the number of
// CPUs in its affinity mask as queried once (gc queries it at startup).
func NumCPU() int {
	if ncpu == 0 {
		ncpu = getproccount()
	}
	return ncpu
}

func getproccount() int {
	var mask [1024 / 64]uint64
	r, errno := syscall4(sysSchedGetaffinity, 0, uintptr(len(mask)*8), uintptr(unsafe.Pointer(&mask)), 0)
	if errno != 0 {
		return 1
	}
	n := 0
	for i := 0; i < int(r)/8 && i < len(mask); i++ {
		for v := mask[i]; v != 0; v &= v - 1 {
			n++
		}
	}
	if n == 0 {
		return 1
	}
	return n
}

// KeepAlive marks its argument as currently reachable, so that the object is not freed and
// its finalizer not run before the point of the call.
func KeepAlive(x any) {
	// A call with the value's data word keeps it live up to here, whatever the optimiser
	// does with the caller.
	keepalive((*byte)((*[2]unsafe.Pointer)(unsafe.Pointer(&x))[1]))
}

// NumCgoCall returns the number of cgo calls made by the current process: ergo has no cgo,
// so there are none.
func NumCgoCall() int64 {
	return 0
}
