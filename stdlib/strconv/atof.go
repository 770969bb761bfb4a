package strconv

// ParseFloat converts the string s to a floating-point number with the precision of bitSize
// (32 for float32, otherwise float64), correctly rounded (IEEE 754 round to nearest even).
// It accepts decimal and hexadecimal floating-point literals (underscores only as Go
// literal syntax permits), and "inf", "infinity" and "nan" in any case, with a sign for the
// infinities. A syntax error yields 0 and a *NumError with ErrSyntax; a value too large
// yields ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, err
}

// parseFloatPrefix parses the longest float at the start of s and returns its length.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if bitSize == 32 {
		f, n, err := atof(s, &float32info)
		return f, n, err
	}
	return atof(s, &float64info)
}

// atof parses a float prefix of s in the format flt; the result is exactly representable
// in that format.
func atof(s string, flt *floatInfo) (float64, int, error) {
	if val, n, ok := special(s); ok {
		if flt == &float32info {
			val = float64(float32(val)) // the NaN payload of a float32
		}
		return val, n, nil
	}
	mantissa, exp, neg, trunc, hex, n, ok := readFloat(s)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	if hex {
		b, ovf := hexFloatBits(flt, mantissa, exp, neg, trunc)
		f := bitsToFloat(b, flt)
		if ovf {
			return f, n, rangeError("ParseFloat", s)
		}
		return f, n, nil
	}
	if !trunc {
		if f, ok := exactAtof(mantissa, exp, neg, flt); ok {
			return f, n, nil
		}
		if f, ok := exactInteger(mantissa, exp, neg, flt); ok {
			return f, n, nil
		}
	}
	if f, ok := eiselLemire(mantissa, exp, neg, flt); ok {
		if !trunc {
			return f, n, nil
		}
		// Digits were dropped: the result stands if the next mantissa rounds the same.
		if fUp, ok := eiselLemire(mantissa+1, exp, neg, flt); ok && f == fUp {
			return f, n, nil
		}
	}
	var d decimal
	d.set(s[:n])
	b, ovf := d.floatBits(flt)
	f := bitsToFloat(b, flt)
	if ovf {
		return f, n, rangeError("ParseFloat", s)
	}
	return f, n, nil
}

func bitsToFloat(b uint64, flt *floatInfo) float64 {
	if flt == &float32info {
		return float64(float32frombits(uint32(b)))
	}
	return float64frombits(b)
}

// special recognizes [+-]inf, [+-]infinity and nan, in any case, at the start of s.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	neg := false
	sign := 0
	switch s[0] {
	case '+', '-':
		neg = s[0] == '-'
		sign = 1
		s = s[1:]
	case 'n', 'N':
		if prefixFold(s, "nan") == 3 {
			return float64frombits(0x7FF8000000000001), 3, true
		}
		return 0, 0, false
	}
	n = prefixFold(s, "infinity")
	if n != 8 {
		if n < 3 {
			return 0, 0, false
		}
		n = 3 // only "inf" unless the whole word is there
	}
	if neg {
		return float64frombits(0xFFF0000000000000), sign + n, true
	}
	return float64frombits(0x7FF0000000000000), sign + n, true
}

// prefixFold returns the length of the common prefix of s and the lower-case word, ignoring
// ASCII case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) {
		c := s[n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[n] {
			break
		}
		n++
	}
	return n
}

// readFloat reads a decimal or hexadecimal float literal at the start of s: up to 19
// decimal (16 hex) significant digits go into mantissa, the rest set trunc if not zero;
// the value is mantissa × base^exp (base 10, or 2 for hex). It returns the length read.
func readFloat(s string) (mantissa uint64, exp int, neg, trunc, hex bool, i int, ok bool) {
	underscores := false
	if i >= len(s) {
		return
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		neg = true
		i++
	}
	base := uint64(10)
	maxMantDigits := 19
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16
		i += 2
		expChar = 'p'
		hex = true
	}
	sawdot := false
	sawdigits := false
	nd := 0     // significant digits seen
	ndMant := 0 // digits stored in mantissa
	dp := 0     // position of the point, in digits
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
			dp = nd
			continue
		case '0' <= c && c <= '9':
			sawdigits = true
			if c == '0' && nd == 0 {
				dp-- // leading zero
				continue
			}
			nd++
			if ndMant < maxMantDigits {
				mantissa = mantissa*base + uint64(c-'0')
				ndMant++
			} else if c != '0' {
				trunc = true
			}
			continue
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
			nd++
			if ndMant < maxMantDigits {
				mantissa = mantissa*16 + uint64(lower(c)-'a'+10)
				ndMant++
			} else {
				trunc = true
			}
			continue
		}
		break
	}
	if !sawdigits {
		return
	}
	if !sawdot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		dp += e * esign
	} else if base == 16 {
		return // a hex float needs its p exponent
	}
	if mantissa != 0 {
		exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	ok = true
	return
}

// pow10tab holds the powers of ten that are exact float64 values.
var pow10tab = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// exactAtof computes mantissa × 10^exp with one correctly rounded float operation on exact
// operands when that is possible (the classic Clinger fast path).
func exactAtof(mantissa uint64, exp int, neg bool, flt *floatInfo) (float64, bool) {
	if flt == &float32info {
		if mantissa>>24 != 0 {
			return 0, false
		}
		f := float32(mantissa)
		if neg {
			f = -f
		}
		switch {
		case exp == 0:
			return float64(f), true
		case exp > 0 && exp <= 7+10:
			if exp > 10 {
				f *= float32(pow10tab[exp-10])
				exp = 10
			}
			if f > 1e7 || f < -1e7 {
				return 0, false
			}
			return float64(f * float32(pow10tab[exp])), true
		case exp < 0 && exp >= -10:
			return float64(f / float32(pow10tab[-exp])), true
		}
		return 0, false
	}
	if mantissa>>52 != 0 {
		return 0, false
	}
	f := float64(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 15+22:
		// Move surplus powers of ten into the (small) integer while it stays exact.
		if exp > 22 {
			f *= pow10tab[exp-22]
			exp = 22
		}
		if f > 1e15 || f < -1e15 {
			return 0, false
		}
		return f * pow10tab[exp], true
	case exp < 0 && exp >= -22:
		return f / pow10tab[-exp], true
	}
	return 0, false
}

// exactInteger handles mantissa × 10^exp when it is an integer below 2^64, or an integer
// below 2^64 divided by 2^k (mantissa divisible by 5^k, k = -exp <= 19): the conversion of
// the integer rounds once, and the power of two scales exactly (the result is normal).
func exactInteger(mantissa uint64, exp int, neg bool, flt *floatInfo) (float64, bool) {
	var m uint64
	k := 0
	switch {
	case exp >= 0 && exp <= 19:
		hi, lo := mul64(mantissa, pow10u64[exp])
		if hi != 0 {
			return 0, false
		}
		m = lo
	case exp < 0 && exp >= -19:
		k = -exp
		p5 := pow10u64[k] >> uint(k)
		if mantissa%p5 != 0 {
			return 0, false
		}
		m = mantissa / p5
	default:
		return 0, false
	}
	var f float64
	if flt == &float32info {
		f32 := float32(m) * float32frombits(uint32(127-k)<<23)
		f = float64(f32)
	} else {
		f = float64(m) * float64frombits(uint64(1023-k)<<52)
	}
	if neg {
		f = -f
	}
	return f, true
}

// set parses a float literal already validated by readFloat into the exact decimal.
func (b *decimal) set(s string) {
	i := 0
	b.neg = false
	b.trunc = false
	b.nd = 0
	b.dp = 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		b.neg = s[i] == '-'
		i++
	}
	sawdot := false
	all := 0 // significant digits including dropped ones
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			continue
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
			b.dp = all
		case '0' <= c && c <= '9':
			if c == '0' && all == 0 {
				b.dp--
				continue
			}
			all++
			if b.nd < len(b.d) {
				b.d[b.nd] = c
				b.nd++
			} else if c != '0' {
				b.trunc = true
			}
		default:
			break loop
		}
	}
	if !sawdot {
		b.dp = all
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		e := 0
		for ; i < len(s); i++ {
			if s[i] == '_' {
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		b.dp += e * esign
	}
	b.trim()
}

// floatBits rounds the decimal to the nearest value of the format flt and returns its bits
// and whether it overflowed (the bits are then ±Inf).
func (d *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64
	maxExp := 1<<flt.expbits - 1 // the biased exponent of Inf
	if d.nd == 0 {
		exp = flt.bias
		goto done
	}
	// Far out of range either way: 10^310 overflows, 10^-330 underflows float64.
	if d.dp > 310 {
		goto overflow
	}
	if d.dp < -330 {
		exp = flt.bias
		goto done
	}
	// Scale by powers of two into [1/2, 1), tracking the binary exponent.
	for d.dp > 0 {
		n := 27
		if d.dp < 9 {
			n = shiftFor[d.dp]
		}
		d.shift(-n)
		exp += n
	}
	for d.dp < 0 || d.dp == 0 && d.d[0] < '5' {
		n := 27
		if -d.dp < 9 {
			n = shiftFor[-d.dp]
		}
		d.shift(n)
		exp -= n
	}
	// d is in [1/2, 1): value = d × 2^exp = (2d) × 2^(exp-1).
	exp--
	if exp < flt.bias+1 {
		// Subnormal: fix the exponent at the minimum and lose bits instead.
		n := flt.bias + 1 - exp
		d.shift(-n)
		exp += n
	}
	if exp-flt.bias >= maxExp {
		goto overflow
	}
	d.shift(int(1 + flt.mantbits))
	mant = d.roundedInteger()
	if mant == uint64(2)<<flt.mantbits {
		// Rounding carried into a new bit.
		mant >>= 1
		exp++
		if exp-flt.bias >= maxExp {
			goto overflow
		}
	}
	if mant&(uint64(1)<<flt.mantbits) == 0 {
		exp = flt.bias // subnormal
	}
	goto done
overflow:
	mant = 0
	exp = maxExp + flt.bias
	overflow = true
done:
	b = mant & (uint64(1)<<flt.mantbits - 1)
	b |= uint64((exp-flt.bias)&maxExp) << flt.mantbits
	if d.neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return b, overflow
}

// shiftFor[n] is a binary shift that moves a decimal point by at most n digits (2^k ≤ 10^n).
var shiftFor = [9]int{1, 3, 6, 9, 13, 16, 19, 23, 26}

// hexFloatBits rounds mantissa × 2^exp (with trunc for dropped nonzero bits) to the format
// flt, to nearest even, and returns its bits and whether it overflowed.
func hexFloatBits(flt *floatInfo, mantissa uint64, exp int, neg, trunc bool) (uint64, bool) {
	maxExp := 1<<flt.expbits + flt.bias - 2 // largest unbiased exponent
	minExp := flt.bias + 1
	// value = mantissa × 2^exp; make it 1.fraction × 2^e, keeping mantbits+2 fraction bits
	// (a rounding bit and a sticky bit).
	e := exp + int(flt.mantbits)
	for mantissa != 0 && mantissa>>(flt.mantbits+2) == 0 {
		mantissa <<= 1
		e--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(flt.mantbits+3) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		e++
	}
	// Below the normal range, denormalize, keeping the sticky bit.
	for mantissa > 1 && e < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		e++
	}
	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1 // a tie goes up only from an odd mantissa
	e += 2
	if round == 3 {
		mantissa++
		if mantissa == uint64(1)<<(flt.mantbits+1) {
			mantissa >>= 1
			e++
		}
	}
	if mantissa>>flt.mantbits == 0 {
		e = flt.bias // subnormal or zero
	}
	ovf := false
	if e > maxExp {
		mantissa = uint64(1) << flt.mantbits
		e = maxExp + 1
		ovf = true
	}
	b := mantissa & (uint64(1)<<flt.mantbits - 1)
	b |= uint64((e-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return b, ovf
}
