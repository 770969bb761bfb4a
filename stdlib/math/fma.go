package math

import "math/bits"

// FMA returns x * y + z, computed with only one rounding (the fused multiply-add).
func FMA(x, y, z float64) float64 {
	bx, by, bz := Float64bits(x), Float64bits(y), Float64bits(z)
	// Zeros, infinities and NaNs follow from ordinary arithmetic, except that adding a zero
	// to a nonzero product must keep the sign of a product that rounds to zero (gc uses the
	// FMA instruction, on amd64 whenever the CPU has one).
	if z == 0 && x != 0 && y != 0 {
		return x * y
	}
	if x == 0 || y == 0 || z == 0 || bx&uvinf == uvinf || by&uvinf == uvinf {
		return x*y + z
	}
	if bz&uvinf == uvinf {
		return z
	}
	xs, xe, xm := fmaSplit(bx)
	ys, ye, ym := fmaSplit(by)
	zs, ze, zm := fmaSplit(bz)

	// The exact product as a 128-bit significand (hi:lo) with the binary point after bit
	// 126 of hi:lo... scaled so its leading bit is bit 62 or 61 of hi.
	pe := xe + ye - bias + 1
	ph, pl := bits.Mul64(xm<<10, ym<<11)
	zh, zl := zm<<10, uint64(0)
	ps := xs ^ ys
	if ph>>62&1 == 0 {
		ph, pl = shl128(ph, pl, 1)
		pe--
	}
	// Make the product the operand of larger magnitude.
	if pe < ze || pe == ze && ph < zh {
		ps, pe, ph, pl, zs, ze, zh, zl = zs, ze, zh, zl, ps, pe, ph, pl
	}
	// Align z, folding the bits shifted out into a sticky bit.
	zh, zl = shrSticky(zh, zl, uint(pe-ze))

	var m uint64
	if ps == zs {
		var c uint64
		pl, c = bits.Add64(pl, zl, 0)
		ph, _ = bits.Add64(ph, zh, c)
		// The sum may carry into bit 63: then the result is one binade up.
		pe -= int32(^ph >> 63)
		ph, m = shrSticky(ph, pl, uint(64+ph>>63))
	} else {
		var b uint64
		pl, b = bits.Sub64(pl, zl, 0)
		ph, _ = bits.Sub64(ph, zh, b)
		if ph|pl == 0 {
			return 0 // exact cancellation is +0 when rounding to nearest
		}
		nz := int32(bits.LeadingZeros64(ph))
		if nz == 64 {
			nz += int32(bits.LeadingZeros64(pl))
		}
		pe -= nz
		m, pl = shl128(ph, pl, uint(nz-1))
		if pl != 0 {
			m |= 1
		}
	}
	// m holds the significand with its leading bit at 62 and 10 rounding bits below the
	// 53 kept ones; pe is the biased exponent minus one.
	if pe > 1022+bias || pe == 1022+bias && (m+1<<9)>>63 == 1 {
		return Float64frombits(uint64(ps)<<63 | uvinf)
	}
	if pe < 0 {
		n := uint(-pe)
		sticky := m & (1<<n - 1)
		m >>= n
		if sticky != 0 {
			m |= 1
		}
		pe = 0
	}
	// Round to nearest even: add half, drop 10 bits, and clear the last bit on an exact tie.
	tie := m&(1<<10-1) == 1<<9
	m = (m + 1<<9) >> 10
	if tie {
		m &^= 1
	}
	if m == 0 {
		pe = 0
	}
	// Adding the exponent lets a carry out of the significand bump it.
	return Float64frombits(uint64(ps)<<63 + uint64(pe)<<52 + m)
}

// fmaSplit returns the sign, biased exponent and significand (with its leading bit at 52,
// subnormals normalized) of the float64 bits b.
func fmaSplit(b uint64) (sign uint32, exp int32, mant uint64) {
	sign = uint32(b >> 63)
	exp = int32(b>>52) & mask
	mant = b & fracMask
	if exp == 0 {
		s := uint(bits.LeadingZeros64(mant) - 11)
		mant <<= s
		exp = 1 - int32(s)
	} else {
		mant |= 1 << 52
	}
	return
}

// shl128 shifts hi:lo left by n < 128 bits.
func shl128(hi, lo uint64, n uint) (uint64, uint64) {
	return hi<<n | lo>>(64-n) | lo<<(n-64), lo << n
}

// shr128 shifts hi:lo right by n < 128 bits.
func shr128(hi, lo uint64, n uint) (uint64, uint64) {
	return hi >> n, lo>>n | hi<<(64-n) | hi>>(n-64)
}

// shrSticky shifts hi:lo right by n bits, or-ing any bits shifted out into bit 0.
func shrSticky(hi, lo uint64, n uint) (uint64, uint64) {
	switch {
	case n == 0:
		return hi, lo
	case n == 64:
		if lo != 0 {
			return 0, hi | 1
		}
		return 0, hi
	case n >= 128:
		if hi|lo != 0 {
			return 0, 1
		}
		return 0, 0
	case n < 64:
		out := lo & (1<<n - 1)
		hi, lo = shr128(hi, lo, n)
		if out != 0 {
			lo |= 1
		}
		return hi, lo
	}
	out := hi&(1<<(n-64)-1) | lo
	hi, lo = shr128(hi, lo, n)
	if out != 0 {
		lo |= 1
	}
	return hi, lo
}
