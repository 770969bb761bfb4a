package strconv

import "math/bits"

// fixedF returns mant × 2^exp × 10^prec rounded to an integer (ties to even), exactly, when
// it fits in 64 bits: the digits of the 'f' format with prec <= 18, without the decimal.
func fixedF(mant uint64, exp, prec int) (uint64, bool) {
	p := pow10u64[prec]
	if exp >= 0 {
		if exp > 11 {
			return 0, false
		}
		hi, lo := bits.Mul64(mant<<uint(exp), p)
		return lo, hi == 0
	}
	s := uint(-exp)
	hi, lo := bits.Mul64(mant, p)
	if s >= 128 {
		return 0, hi>>63 == 0 // below one half: rounds to 0
	}
	// q = (hi:lo) >> s, r = the bits shifted out, compared with half of 2^s.
	var q, rHi, rLo, halfHi, halfLo uint64
	if s >= 64 {
		q = hi >> (s - 64)
		rHi, rLo = hi&(1<<(s-64)-1), lo
		if s == 64 {
			rHi = 0
			halfHi, halfLo = 0, 1<<63
		} else {
			halfHi, halfLo = 1<<(s-65), 0
		}
	} else {
		if hi>>s != 0 {
			return 0, false
		}
		q = hi<<(64-s) | lo>>s
		if s == 0 {
			return lo, hi == 0
		}
		rHi, rLo = 0, lo&(1<<s-1)
		halfHi, halfLo = 0, 1<<(s-1)
	}
	if rHi > halfHi || rHi == halfHi && (rLo > halfLo || rLo == halfLo && q&1 == 1) {
		q++
		if q == 0 {
			return 0, false
		}
	}
	return q, true
}
