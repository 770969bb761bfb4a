package strconv

import "math/bits"

// Shortest formatting without multiprecision arithmetic (in the spirit of Ryū): scale the
// float and the two ends of its rounding interval by a power of ten so that they become
// integers of 17 to 19 digits, using the 128-bit table (whose truncation error is far below
// one unit), decide exactly which of the three scaled values are integers from their powers
// of 2 and 5, then take the multiple of the largest power of ten inside the interval that is
// closest to the value (ties to even). Any result too close to call falls back to the exact
// decimal algorithm.

// pow10u64[i] = 10^i.
var pow10u64 = [20]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// ryuShortest returns the shortest decimal digits that parse back to mant × 2^exp in the
// format flt, closest to the exact value: the value is 0.D × 10^dp with D of nd digits.
func ryuShortest(mant uint64, exp int, flt *floatInfo) (D uint64, nd, dp int, ok bool) {
	if mant == 0 {
		return 0, 0, 0, true
	}
	if exp <= 0 && exp > -64 && bits.TrailingZeros64(mant) >= -exp {
		// An integer below 2^53 (2^24): its digits are the shortest form.
		D = mant >> uint(-exp)
		nd = decimalLen(D)
		dp = nd
		for D%10 == 0 {
			D /= 10
			nd--
		}
		return D, nd, dp, true
	}
	inclusive := mant%2 == 0
	// In units of 2^e2: the value vr, the interval ends vm and vp.
	e2 := exp - 2
	vr := 4 * mant
	vp := vr + 2
	vm := vr - 2
	minExp := flt.bias + 1 - int(flt.mantbits)
	if mant == uint64(1)<<flt.mantbits && exp > minExp {
		vm = vr - 1 // the float below is half as far
	}
	// Multiply by 10^k, k = -q, so that vp becomes an integer below 10^19.
	q := (e2+56)*78913>>18 - 18
	k := -q
	if k < pow10Min || k > pow10Max {
		return 0, 0, 0, false
	}
	t := &pow10Tab[k-pow10Min]
	s := -(e2 + (k*217706>>16 - 127)) // right shift of vx × table to the integer
	if s <= 64 || s > 128 {
		return 0, 0, 0, false
	}
	dm, fm, okm := scaled(vm, t, uint(s))
	dr, fr, okr := scaled(vr, t, uint(s))
	dpv, fp, okp := scaled(vp, t, uint(s))
	if !okm || !okr || !okp {
		return 0, 0, 0, false
	}
	em := isInteger(vm, e2, q)
	er := isInteger(vr, e2, q)
	ep := isInteger(vp, e2, q)
	// The computed products are at most a few units of 2^-64 below the true values: an
	// integer shows as N-ε, anything else must not be that close to the next integer.
	const margin = 1 << 10
	var carry bool
	if dm, carry = settle(dm, fm, em); carry {
		return 0, 0, 0, false
	}
	if dr, carry = settle(dr, fr, er); carry {
		return 0, 0, 0, false
	}
	if dpv, carry = settle(dpv, fp, ep); carry {
		return 0, 0, 0, false
	}
	if er {
		fr = 0
	}

	// The integers allowed: [lo, hi].
	hi := dpv
	if ep && !inclusive {
		hi--
	}
	lo := dm + 1
	if em && inclusive {
		lo = dm
	}
	if lo > hi {
		return 0, 0, 0, false
	}
	// The largest power of ten with a multiple in [lo, hi].
	j := 0
	for j < 18 && hi/pow10u64[j+1]*pow10u64[j+1] >= lo {
		j++
	}
	p := pow10u64[j]
	c1 := dr / p * p
	c2 := c1 + p
	var c uint64
	switch {
	case c1 < lo:
		c = c2
	case c2 > hi:
		c = c1
	default:
		// Both are allowed: the nearer to the value, ties to an even last digit.
		t2 := 2 * (dr - c1) // twice the distance to c1, without the fraction
		switch {
		case er && t2 < p, !er && t2+2 <= p:
			c = c1
		case er && t2 > p, !er && t2 >= p:
			c = c2
		case er || isInteger(2*vr, e2, q): // exactly halfway
			c = c1
			if c1/p%2 == 1 {
				c = c2
			}
		case fr > 1<<63+margin: // t2 == p-1: the fraction decides
			c = c2
		case fr < 1<<63-margin:
			c = c1
		default:
			return 0, 0, 0, false
		}
	}
	if c < lo || c > hi {
		return 0, 0, 0, false
	}
	D = c / p
	nd = decimalLen(D)
	dp = nd + j + q
	for D%10 == 0 {
		D /= 10
		nd--
	}
	return D, nd, dp, true
}

// scaled returns the integer and the top 64 fraction bits of (x × t) >> s, 64 < s <= 128.
func scaled(x uint64, t *[2]uint64, s uint) (n, frac uint64, ok bool) {
	h1, l1 := mul64(x, t[1])
	h2, l2 := mul64(x, t[0])
	p1, c := bits.Add64(l2, h1, 0)
	p2 := h2 + c
	if s < 128 && p2>>(s-64) != 0 {
		return 0, 0, false // would not fit in 64 bits
	}
	n = p2<<(128-s) | p1>>(s-64)
	frac = p1<<(128-s) | l1>>(s-64)
	return n, frac, true
}

// settle corrects n for the truncation of the table: an exact integer value may show as
// n-1 with a fraction just below one. It reports a non-integer too close to call.
func settle(n, frac uint64, exact bool) (uint64, bool) {
	const margin = 1 << 10
	if exact {
		if frac > 1<<63 {
			n++
		}
		return n, false
	}
	return n, frac > ^uint64(0)-margin
}

// isInteger reports whether x × 2^e2 × 10^-q is an integer.
func isInteger(x uint64, e2, q int) bool {
	if e2-q+bits.TrailingZeros64(x) < 0 {
		return false
	}
	if q <= 0 {
		return true
	}
	if q > 27 {
		return false // 5^q does not divide a 64-bit x
	}
	for i := 0; i < q; i++ {
		if x%5 != 0 {
			return false
		}
		x /= 5
	}
	return true
}

// decimalLen returns the number of decimal digits of x > 0.
func decimalLen(x uint64) int {
	n := 1
	for n < 20 && x >= pow10u64[n] {
		n++
	}
	return n
}
