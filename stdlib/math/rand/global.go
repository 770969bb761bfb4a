package rand

import (
	"syscall"
	"unsafe"
)

// globalRandGen is the default Source's Rand, made on first use: randomly seeded, unless
// GODEBUG has randautoseed=0 (seeded with 1, as before Go 1.20) or Seed was called.
var globalRandGen *Rand

func globalRand() *Rand {
	if r := globalRandGen; r != nil {
		return r
	}
	var r *Rand
	if godebug("randautoseed") == "0" {
		r = New(new(rngSource))
		r.Seed(1)
	} else {
		s := newRuntimeSource()
		r = &Rand{src: s, s64: s}
	}
	globalRandGen = r
	return r
}

// godebug returns the last setting of key in $GODEBUG.
func godebug(key string) string {
	env, _ := syscall.Getenv("GODEBUG")
	val := ""
	start := 0
	for i := 0; i <= len(env); i++ {
		if i < len(env) && env[i] != ',' {
			continue
		}
		item := env[start:i]
		start = i + 1
		if len(item) > len(key) && item[:len(key)] == key && item[len(key)] == '=' {
			val = item[len(key)+1:]
		}
	}
	return val
}

// runtimeSource is the randomly seeded default Source: a wyrand generator (Wang Yi's
// 64-bit mixer over a Weyl sequence) seeded from the kernel.
type runtimeSource struct {
	state uint64
}

func newRuntimeSource() *runtimeSource {
	var seed [8]byte
	n, _, errno := syscall.Syscall(sysGetrandom, uintptr(unsafe.Pointer(&seed[0])), 8, 0)
	s := uint64(0)
	for _, b := range seed {
		s = s<<8 | uint64(b)
	}
	if errno != 0 || n != 8 {
		sec, nsec := walltime()
		s ^= uint64(sec)*1e9 + uint64(nsec)
	}
	return &runtimeSource{state: s}
}

//go:linkname walltime runtime.walltime
func walltime() (sec int64, nsec int64)

func (s *runtimeSource) Uint64() uint64 {
	s.state += 0xa0761d6478bd642f
	hi, lo := mul64(s.state, s.state^0xe7037ed1a0b428db)
	return hi ^ lo
}

func (s *runtimeSource) Int63() int64 { return int64(s.Uint64() & rngMask) }

func (s *runtimeSource) Seed(int64) {
	panic("internal error: call to runtimeSource.Seed")
}

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
}

// Seed uses the provided seed value to initialize the default Source to a deterministic
// state; seed values that have the same remainder when divided by 2³¹-1 generate the same
// pseudo-random sequence. Without a call to Seed, the default Source is seeded randomly at
// program startup.
//
// Deprecated: As of Go 1.20 there is no reason to call Seed with a random value. Programs
// that call Seed with a known value to get a specific sequence of results should use
// New(NewSource(seed)) to obtain a local random generator.
func Seed(seed int64) {
	if r := globalRandGen; r != nil {
		if _, ok := r.src.(*rngSource); ok {
			r.Seed(seed)
			return
		}
	}
	r := New(new(rngSource))
	r.Seed(seed)
	globalRandGen = r
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 from the default
// Source.
func Int63() int64 { return globalRand().Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32 { return globalRand().Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64 { return globalRand().Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the default
// Source.
func Int31() int32 { return globalRand().Int31() }

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int { return globalRand().Int() }

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open interval
// [0,n) from the default Source. It panics if n <= 0.
func Int63n(n int64) int64 { return globalRand().Int63n(n) }

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open interval
// [0,n) from the default Source. It panics if n <= 0.
func Int31n(n int32) int32 { return globalRand().Int31n(n) }

// Intn returns, as an int, a non-negative pseudo-random number in the half-open interval
// [0,n) from the default Source. It panics if n <= 0.
func Intn(n int) int { return globalRand().Intn(n) }

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0)
// from the default Source.
func Float64() float64 { return globalRand().Float64() }

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0)
// from the default Source.
func Float32() float32 { return globalRand().Float32() }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n) from the default Source.
func Perm(n int) []int { return globalRand().Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source. n is the number
// of elements; swap swaps the elements with indexes i and j. It panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }

// Read generates len(p) random bytes from the default Source and writes them into p. It
// always returns len(p) and a nil error.
//
// Deprecated: For almost all use cases, crypto/rand.Read is more appropriate.
func Read(p []byte) (n int, err error) { return globalRand().Read(p) }

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution (mean = 0,
// stddev = 1) from the default Source.
func NormFloat64() float64 { return globalRand().NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64]
// with an exponential distribution whose rate parameter (lambda) is 1 and whose mean is
// 1/lambda (1) from the default Source.
func ExpFloat64() float64 { return globalRand().ExpFloat64() }
