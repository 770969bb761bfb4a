package rand

// The source behind NewSource: an additive lagged Fibonacci generator,
// x[n] = x[n-273] + x[n-607] mod 2^64, whose 607 words of state are seeded by a Park-Miller
// generator (x' = 48271 x mod 2^31-1) XOR a fixed table of words (rngCooked, tables.go).

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

type rngSource struct {
	tap  int // index of the older term
	feed int // index of the newer term, overwritten by the sum
	vec  [rngLen]int64
}

// seedStep advances the Park-Miller generator with Schrage's method, which stays in int32.
func seedStep(x int32) int32 {
	const (
		a = 48271
		q = int32max / a // 44488
		r = int32max % a // 3399
	)
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed sets the state from seed; seeds congruent modulo 2^31-1 give the same sequence.
func (s *rngSource) Seed(seed int64) {
	s.tap = 0
	s.feed = rngLen - rngTap

	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedStep(x)
		if i < 0 {
			continue // warm-up steps
		}
		u := int64(x) << 40
		x = seedStep(x)
		u ^= int64(x) << 20
		x = seedStep(x)
		u ^= int64(x)
		s.vec[i] = u ^ rngCooked[i]
	}
}

// Uint64 returns the next 64-bit value.
func (s *rngSource) Uint64() uint64 {
	tap, feed := s.tap-1, s.feed-1
	if tap < 0 {
		tap += rngLen
	}
	if feed < 0 {
		feed += rngLen
	}
	s.tap, s.feed = tap, feed
	x := s.vec[feed] + s.vec[tap]
	s.vec[feed] = x
	return uint64(x)
}

// Int63 returns the next value without its top bit.
func (s *rngSource) Int63() int64 {
	return int64(s.Uint64() & rngMask)
}
