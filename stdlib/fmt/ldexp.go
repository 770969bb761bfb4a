package fmt

import "unsafe"

// ldexp returns frac × 2**exp, as math.Ldexp does (fmt scans "1.5p3" with it): exact when
// the result is normal, rounded once when it is subnormal.
func ldexp(frac float64, exp int) float64 {
	const (
		mask  = 0x7FF
		shift = 64 - 11 - 1
		bias  = 1023
	)
	// ±0, ±Inf and NaN are their own result.
	if frac == 0 || frac != frac || frac-frac != 0 {
		return frac
	}
	x := *(*uint64)(unsafe.Pointer(&frac))
	if x>>shift&mask == 0 {
		// Subnormal: scale into the normal range first.
		frac *= 1 << 52
		exp -= 52
		x = *(*uint64)(unsafe.Pointer(&frac))
	}
	exp += int(x>>shift&mask) - bias
	if exp < -1075 {
		// Underflow to a zero of frac's sign.
		x &= 1 << 63
		return *(*float64)(unsafe.Pointer(&x))
	}
	if exp > 1023 {
		if frac < 0 {
			return -1 / zeroFloat
		}
		return 1 / zeroFloat
	}
	m := 1.0
	if exp < -1022 {
		// The result is subnormal: build it 53 binary places higher and scale down once.
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x &^= mask << shift
	x |= uint64(exp+bias) << shift
	return m * *(*float64)(unsafe.Pointer(&x))
}

var zeroFloat float64
