package strconv

// decimal is an exact multi-precision decimal number 0.d[0]d[1]...d[nd-1] × 10^dp, used
// where the fast paths cannot decide: exact float formatting and correctly rounded parsing.
// 800 digits hold every float64 exactly (at most 767 significant digits); longer inputs keep
// the first 800 and set trunc when a dropped digit was not zero.
type decimal struct {
	d     [800]byte // ASCII digits, most significant first, no trailing zeros
	nd    int       // number of digits used
	dp    int       // decimal point position
	neg   bool
	trunc bool // nonzero digits were dropped
}

// trim removes trailing zeros.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// assign sets a to the unsigned integer v.
func (a *decimal) assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		q := v / 10
		buf[n] = byte(v - 10*q + '0')
		n++
		v = q
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// maxShift is the largest shift done in one pass: 10 × 2^60 still fits in a uint64.
const maxShift = 60

// shift multiplies a by 2^k (k may be negative).
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > 0 {
		s := k
		if s > maxShift {
			s = maxShift
		}
		a.leftShift(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > maxShift {
			s = maxShift
		}
		a.rightShift(uint(s))
		k += s
	}
}

// rightShift divides a by 2^k by long division from the most significant digit.
func (a *decimal) rightShift(k uint) {
	r, w := 0, 0
	var n uint64
	// Read digits until the partial value reaches 2^k: that is the first output digit.
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&mask)*10 + c
	}
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte(dig) + '0'
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n *= 10
	}
	a.nd = w
	a.trim()
}

// leftShift multiplies a by 2^k, working from the least significant digit; the new digits
// are produced in reverse into a scratch buffer.
func (a *decimal) leftShift(k uint) {
	var out [820]byte // reversed digits: a.nd + at most 19 new ones
	w := 0
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		v := uint64(a.d[r]-'0')<<k + carry
		q := v / 10
		out[w] = byte(v-q*10) + '0'
		w++
		carry = q
	}
	for carry > 0 {
		q := carry / 10
		out[w] = byte(carry-q*10) + '0'
		w++
		carry = q
	}
	a.dp += w - a.nd
	// Copy back most significant first, dropping what does not fit.
	n := w
	if n > len(a.d) {
		n = len(a.d)
		for i := 0; i < w-n; i++ {
			if out[i] != '0' {
				a.trunc = true
			}
		}
	}
	for i := 0; i < n; i++ {
		a.d[i] = out[w-1-i]
	}
	a.nd = n
	a.trim()
}

// shouldRoundUp reports whether rounding a to nd digits goes up: above half, or exactly
// half with an odd last kept digit (or with dropped input digits making it above half).
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round rounds a to nd digits, to nearest with ties to even.
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

// roundDown truncates a to nd digits.
func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// roundUp rounds a up to nd digits: drops the rest and adds one unit at digit nd-1.
func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: the result is 1 followed by zeros.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// roundedInteger returns the integer part of a rounded to nearest (ties to even); a must be
// below 2^64.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}
