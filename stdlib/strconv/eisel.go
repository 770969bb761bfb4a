package strconv

import "math/bits"

// eiselLemire converts mantissa × 10^exp10 (mantissa != 0 here) to the nearest float64 or
// float32 (per flt) with one 64×128-bit multiplication, after Lemire, "Number Parsing at a
// Gigabyte per Second" (2021). It reports false when the product is too close to a halfway
// point (or out of range) to decide; the exact decimal algorithm takes over then.
func eiselLemire(mantissa uint64, exp10 int, neg bool, flt *floatInfo) (float64, bool) {
	if mantissa == 0 {
		if neg {
			return float64frombits(1 << 63), true
		}
		return 0, true
	}
	if exp10 < pow10Min || exp10 > pow10Max {
		return 0, false
	}
	// Normalize the mantissa so its top bit is set.
	clz := bits.LeadingZeros64(mantissa)
	mantissa <<= uint(clz)
	// Exponent of the product's top bit, biased.
	exp2 := uint64(217706*exp10>>16+64-flt.bias) - uint64(clz)

	t := &pow10Tab[exp10-pow10Min]
	hi, lo := mul64(mantissa, t[0])
	// The low bits below the kept ones (9 for float64, 38 for float32) are all ones: the
	// truncation of the table may matter, so add the product with the table's low word.
	keep := uint64(61 - flt.mantbits) // bits of the top word below the mantbits+2 kept
	lowMask := uint64(1)<<keep - 1
	if hi&lowMask == lowMask && lo+mantissa < lo {
		yHi, yLo := mul64(mantissa, t[1])
		mergedHi, mergedLo := hi, lo+yHi
		if mergedLo < lo {
			mergedHi++
		}
		if mergedHi&lowMask == lowMask && mergedLo+1 == 0 && yLo+mantissa < mantissa {
			return 0, false
		}
		hi, lo = mergedHi, mergedLo
	}
	// Keep mantbits+2 bits (one to round with).
	msb := hi >> 63
	m := hi >> (msb + keep)
	exp2 -= 1 ^ msb
	// An exact halfway case cannot be decided from the truncated product.
	if lo == 0 && hi&lowMask == 0 && m&3 == 1 {
		return 0, false
	}
	// Round to nearest (ties up: exact ties were excluded above) and renormalize.
	m += m & 1
	m >>= 1
	if m>>(flt.mantbits+1) > 0 {
		m >>= 1
		exp2++
	}
	maxExp := uint64(1)<<flt.expbits - 1
	if exp2-1 >= maxExp-1 {
		// Subnormal or overflowing results are left to the exact algorithm.
		return 0, false
	}
	b := exp2<<flt.mantbits | m&(uint64(1)<<flt.mantbits-1)
	if neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return bitsToFloat(b, flt), true
}
