package math

// log is FreeBSD's e_log.c: x = 2^k × (1+f) with √2/2 < 1+f < √2, and
// log(1+f) = f - s·(f - R) with s = f/(2+f) and R a minimax polynomial in s².
func log(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	f1, ki := Frexp(x)
	if f1 < Sqrt2/2 {
		f1 *= 2
		ki--
	}
	return logCore(f1-1, float64(ki))
}

// logCore returns k·ln2 + log(1+f).
func logCore(f, k float64) float64 {
	const (
		l1 = 6.666666666666735130e-01 // 3FE55555 55555593
		l2 = 3.999999999940941908e-01 // 3FD99999 9997FA04
		l3 = 2.857142874366239149e-01 // 3FD24924 94229359
		l4 = 2.222219843214978396e-01 // 3FCC71C5 1D8E78AF
		l5 = 1.818357216161805012e-01 // 3FC74664 96CB03DE
		l6 = 1.531383769920937332e-01 // 3FC39A09 D078C69F
		l7 = 1.479819860511658591e-01 // 3FC2F112 DF3E5244
	)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := madd(s2, l1+s4*(l3+s4*(l5+s4*l7)), t2)
	h := 0.5 * f
	// k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f) with hfsq = h*f.
	a := madd(h, f, R)
	b := madd(s, a, k*ln2Lo)
	c := madd(h, f, -b) - f
	return madd(k, ln2Hi, -c)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x (exact for powers of two).
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}
