// errorcheck

// Limits of gc's back end on type sizes: channel elements under 64 kB, arrays within the
// address space (1<<50 bytes on 64-bit targets).
package p

type Big [1 << 17]byte

var c chan Big // ERROR "channel element type too large \(>64kB\)"

var ok chan [1<<16 - 1]byte

type V [1 << 50]byte // ERROR "larger than address space"

var W [1 << 47]int64 // ERROR "larger than address space"

var fine [1 << 46]int64
