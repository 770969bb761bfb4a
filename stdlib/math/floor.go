package math

// Floor returns the greatest integer value less than or equal to x (±0, ±Inf and NaN are
// returned unchanged).
func Floor(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	if x < 0 {
		d, fract := Modf(-x)
		if fract != 0.0 {
			d = d + 1
		}
		return -d
	}
	d, _ := Modf(x)
	return d
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	return -Floor(-x)
}

// Trunc returns the integer value of x, rounded toward zero.
func Trunc(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	d, _ := Modf(x)
	return d
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	// Work on the bits: add half an integer unit to the magnitude, then clear the fraction.
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e < bias {
		// |x| < 1: ±0, or ±1 when |x| >= 0.5.
		bits &= signMask
		if e == bias-1 {
			bits |= uvone
		}
	} else if e < bias+shift {
		const half = 1 << (shift - 1)
		e -= bias
		bits += half >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e >= bias {
		// Add just under half a unit, plus one more when the integer part is odd, so that an
		// exact half carries only from an odd integer.
		const halfMinusULP = (1 << (shift - 1)) - 1
		e -= bias
		bits += (halfMinusULP + (bits>>(shift-e))&1) >> e
		bits &^= fracMask >> e
	} else if e == bias-1 && bits&fracMask != 0 {
		bits = bits&signMask | uvone // 0.5 < |x| < 1
	} else {
		bits &= signMask // |x| <= 0.5
	}
	return Float64frombits(bits)
}

// Modf returns integer and fractional floating-point numbers that sum to f; both have the
// same sign as f.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // keeps -0
		}
		return 0, f
	}
	x := Float64bits(f)
	e := uint(x>>shift)&mask - bias
	// Clear the bits of the fraction below the binary point.
	if e < 64-12 {
		x &^= 1<<(64-12-e) - 1
	}
	int = Float64frombits(x)
	frac = f - int
	return
}

// Frexp breaks f into a normalized fraction in [½, 1) and an integral power of two:
// f == frac × 2^exp. Frexp(±0) = ±0, 0; Frexp(±Inf) = ±Inf, 0; Frexp(NaN) = NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0:
		return f, 0
	case IsInf(f, 0) || IsNaN(f):
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x &^= mask << shift
	x |= (-1 + bias) << shift
	frac = Float64frombits(x)
	return
}

// Ldexp is the inverse of Frexp: it returns frac × 2^exp.
func Ldexp(frac float64, exp int) float64 {
	switch {
	case frac == 0:
		return frac
	case IsInf(frac, 0) || IsNaN(frac):
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>shift)&mask - bias
	if exp < -1075 {
		return Copysign(0, frac) // underflow
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	var m float64 = 1
	if exp < -1022 {
		// Subnormal result: build it 2^53 larger and scale down with one rounding.
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x &^= mask << shift
	x |= uint64(exp+bias) << shift
	return m * Float64frombits(x)
}
