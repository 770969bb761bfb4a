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
