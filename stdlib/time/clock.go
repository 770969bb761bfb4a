package time

import _ "unsafe" // for go:linkname

// walltime returns the real-time clock: seconds and nanoseconds since 1970 (CLOCK_REALTIME).
//
//go:linkname walltime runtime.walltime
func walltime() (sec int64, nsec int64)

// nanotime returns the monotonic clock in nanoseconds (CLOCK_MONOTONIC).
//
//go:linkname nanotime runtime.nanotime
func nanotime() int64

// startNano is the monotonic clock when the program started, less one so that a monotonic
// reading is never zero.
var startNano int64 = nanotime() - 1

// Now returns the current local time, with a monotonic clock reading when its wall time
// lies between 1885 and 2157.
func Now() Time {
	sec, nsec := walltime()
	mono := nanotime() - startNano
	sec += unixToInternal - minWall
	if uint64(sec)>>33 != 0 {
		// The wall time does not fit the 33-bit field: no monotonic reading.
		return Time{uint64(nsec), sec + minWall, Local}
	}
	return Time{hasMonotonic | uint64(sec)<<nsecShift | uint64(nsec), mono, Local}
}

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return subMono(nanotime()-startNano, t.ext)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return subMono(t.ext, nanotime()-startNano)
	}
	return t.Sub(Now())
}
