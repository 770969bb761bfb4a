package math

// Sqrt returns the square root of x, correctly rounded: Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0,
// Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
func Sqrt(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	}
	ix := Float64bits(x)
	exp := int((ix >> shift) & mask)
	if exp == 0 {
		// Subnormal: normalize the significand.
		for ix&(1<<shift) == 0 {
			ix <<= 1
			exp--
		}
		exp++
	}
	exp -= bias
	ix &^= mask << shift
	ix |= 1 << shift
	if exp&1 != 0 {
		ix <<= 1 // make the exponent even
	}
	exp >>= 1
	// Restoring square root, one result bit per step, with one extra bit for rounding.
	ix <<= 1
	var q, s uint64
	for r := uint64(1 << (shift + 1)); r != 0; r >>= 1 {
		t := s + r
		if t <= ix {
			s = t + r
			ix -= t
			q += r
		}
		ix <<= 1
	}
	if ix != 0 {
		q += q & 1 // inexact: the extra bit rounds (never a tie)
	}
	return Float64frombits(q>>1 + uint64(exp-1+bias)<<shift)
}
