package strconv

// appendFixedF appends the digits of mant × 2^exp in the 'f' format with prec <= 18
// fraction digits (rounded to nearest, ties to even) to dst, exactly, without the decimal:
// the integer part and the scaled fraction each fit in 64 bits. It returns the digits' count
// and position of the point, or false when the value is out of its reach.
func appendFixedF(dst []byte, mant uint64, exp, prec int) ([]byte, int, int, bool) {
	var ip, fp uint64 // integer part, fraction scaled by 10^prec
	p := pow10u64[prec]
	switch {
	case exp >= 0:
		if exp > 10 {
			return dst, 0, 0, false
		}
		ip = mant << uint(exp)
	case exp > -64:
		s := uint(-exp)
		ip = mant >> s
		f := mant & (1<<s - 1)
		var up, tie bool
		fp, up, tie = scaleFrac(f, s, p)
		if prec == 0 && tie {
			up = ip&1 == 1 // a tie rounds to an even integer
		}
		if up {
			fp++
			if fp == p {
				fp = 0
				ip++
			}
		}
	default:
		// Below 2^-11: only the scaled fraction, which fits.
		var up, tie bool
		fp, up, tie = scaleFrac(mant, uint(-exp), p)
		if prec == 0 && tie {
			up = false // 0 is even
		}
		if up {
			fp++
			if fp == p {
				fp = 0
				ip++
			}
		}
	}
	start := len(dst)
	if ip > 0 {
		dst = AppendUint(dst, ip, 10)
		n := len(dst) - start
		// The fraction digits, zero-padded to prec.
		for i := prec - 1; i >= 0; i-- {
			dst = append(dst, byte(fp/pow10u64[i]%10)+'0')
		}
		return dst, n + prec, n, true
	}
	if fp > 0 {
		dst = AppendUint(dst, fp, 10)
	}
	nd := len(dst) - start
	return dst, nd, nd - prec, true
}

// scaleFrac returns floor(f × p / 2^s) for f < 2^s, and whether the remainder is above one
// half (round up; with a tie, only when the result is odd) and whether it is exactly half.
func scaleFrac(f uint64, s uint, p uint64) (q uint64, up, tie bool) {
	hi, lo := mul64(f, p)
	var rHi, rLo, halfHi, halfLo uint64
	switch {
	case s >= 128:
		return 0, false, false // f × p < 2^117 <= 2^(s-11): far below one half
	case s > 64:
		q = hi >> (s - 64)
		rHi, rLo = hi&(1<<(s-64)-1), lo
		halfHi, halfLo = 1<<(s-65), 0
	case s == 64:
		q = hi
		rHi, rLo = 0, lo
		halfHi, halfLo = 0, 1<<63
	default:
		q = hi<<(64-s) | lo>>s
		rHi, rLo = 0, lo&(1<<s-1)
		halfHi, halfLo = 0, 1<<(s-1)
	}
	if rHi == halfHi && rLo == halfLo {
		return q, q&1 == 1, true
	}
	return q, rHi > halfHi || rHi == halfHi && rLo > halfLo, false
}

// fixedDigits returns mant × 2^exp (mant > 0) rounded to n <= 17 significant digits (ties
// to even), exactly, without the decimal: the value is about 0.D × 10^dp, D having nd digits
// (trailing zeros removed). It reports false when a truncated product is too close to call.
func fixedDigits(mant uint64, exp, n int) (D uint64, nd, dp int, ok bool) {
	const margin = 1 << 10
	b := 64 - leadingZeros64(mant) + exp // the value is in [2^(b-1), 2^b)
	E := (b - 1) * 78913 >> 18           // 10^E <= 2^(b-1): E is the exponent or one below
	for try := 0; try < 2; try++ {
		q := E - (n - 1)
		k := -q
		if k < pow10Min || k > pow10Max {
			return 0, 0, 0, false
		}
		s := -(exp + (k*217706>>16 - 127))
		N, frac, fits := scaledWide(mant, &pow10Tab[k-pow10Min], s)
		if !fits {
			return 0, 0, 0, false
		}
		if N >= pow10u64[n] {
			E++
			continue
		}
		switch {
		case isInteger(mant, exp, q):
			if frac > 1<<63 {
				N++ // the truncated product of an integer was just below it
			}
		case isInteger(2*mant, exp, q): // exactly halfway: to even
			N += N & 1
		case frac > ^uint64(0)-margin, frac > 1<<63-margin && frac < 1<<63+margin:
			return 0, 0, 0, false
		case frac > 1<<63:
			N++
		}
		if N == pow10u64[n] {
			N /= 10
			E++
		}
		nd = n
		for N%10 == 0 {
			N /= 10
			nd--
		}
		return N, nd, E + 1, true
	}
	return 0, 0, 0, false
}

// scaledWide returns the integer and the top 64 fraction bits of (x × t) >> s for
// 64 < s < 192.
func scaledWide(x uint64, t *[2]uint64, s int) (n, frac uint64, ok bool) {
	if s <= 64 || s >= 192 {
		return 0, 0, false
	}
	if s <= 128 {
		return scaled(x, t, uint(s))
	}
	h1, _ := mul64(x, t[1])
	h2, l2 := mul64(x, t[0])
	p1 := l2 + h1
	p2 := h2
	if p1 < l2 {
		p2++
	}
	u := uint(s - 128)
	return p2 >> u, p2<<(64-u) | p1>>u, true
}

// leadingZeros64 is math/bits.LeadingZeros64 (local, to be inlined).
func leadingZeros64(x uint64) int {
	n := 0
	if x == 0 {
		return 64
	}
	for x&(1<<63) == 0 {
		x <<= 1
		n++
	}
	return n
}
