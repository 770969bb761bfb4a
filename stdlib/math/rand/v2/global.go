package rand

import (
	"syscall"
	"unsafe"
)

// globalRand is the top-level functions' Rand: a ChaCha8 seeded from the kernel (the
// wall clock if that fails), as gc's runtime generator.
var globalRand = &Rand{src: newRuntimeSource()}

func newRuntimeSource() *ChaCha8 {
	var seed [32]byte
	n, _, errno := syscall.Syscall(sysGetrandom, uintptr(unsafe.Pointer(&seed[0])), 32, 0)
	if errno != 0 || n != 32 {
		sec, nsec := walltime()
		putLE(seed[:], uint64(sec))
		putLE(seed[8:], uint64(nsec))
	}
	return NewChaCha8(seed)
}

//go:linkname walltime runtime.walltime
func walltime() (sec int64, nsec int64)

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64 from the default
// Source.
func Int64() int64 { return globalRand.Int64() }

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64N returns, as a uint64, a pseudo-random number in the half-open interval [0,n) from
// the default Source. It panics if n == 0.
func Uint64N(n uint64) uint64 { return globalRand.Uint64N(n) }

// Uint32N returns, as a uint32, a pseudo-random number in the half-open interval [0,n) from
// the default Source. It panics if n == 0.
func Uint32N(n uint32) uint32 { return globalRand.Uint32N(n) }

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64 { return globalRand.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32 from the default
// Source.
func Int32() int32 { return globalRand.Int32() }

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int { return globalRand.Int() }

// Int64N returns, as an int64, a pseudo-random number in the half-open interval [0,n) from
// the default Source. It panics if n <= 0.
func Int64N(n int64) int64 { return globalRand.Int64N(n) }

// Int32N returns, as an int32, a pseudo-random number in the half-open interval [0,n) from
// the default Source. It panics if n <= 0.
func Int32N(n int32) int32 { return globalRand.Int32N(n) }

// IntN returns, as an int, a pseudo-random number in the half-open interval [0,n) from the
// default Source. It panics if n <= 0.
func IntN(n int) int { return globalRand.IntN(n) }

// UintN returns, as a uint, a pseudo-random number in the half-open interval [0,n) from the
// default Source. It panics if n == 0.
func UintN(n uint) uint { return globalRand.UintN(n) }

// intType is the constraint of N: every integer type.
type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N returns a pseudo-random number in the half-open interval [0,n) from the default Source.
// The type parameter Int can be any integer type. It panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0)
// from the default Source.
func Float64() float64 { return globalRand.Float64() }

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0)
// from the default Source.
func Float32() float32 { return globalRand.Float32() }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n) from the default Source.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source. n is the number
// of elements; swap swaps the elements with indexes i and j. It panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution (mean = 0,
// stddev = 1) from the default Source.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64]
// with an exponential distribution whose rate parameter (lambda) is 1 and whose mean is
// 1/lambda (1) from the default Source.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
