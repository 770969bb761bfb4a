package math

func isOddInt(x float64) bool {
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x**y, the base-x exponential of y, with the special cases of C99's pow (see
// gc's documentation: Pow(x, ±0) = 1, Pow(1, y) = 1, Pow(±0, y<0 odd) = ±Inf, ...).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if isOddInt(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		case y > 0:
			if isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		default:
			return Inf(1)
		}
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // Pow(-0, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// yi is a large even integer: the result is 0, 1 or +Inf.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}

	// ans = a1 × 2^ae (= 1 for now).
	a1 := 1.0
	ae := 0

	// The fractional part of y: |yf| <= 1/2 after moving to the nearer integer.
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a1 = Exp(yf * Log(x))
	}

	// The integer part by repeated squaring, keeping the exponent apart to avoid overflow.
	x1, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// Certain overflow or underflow: Ldexp below finishes it.
			ae += xe
			break
		}
		if i&1 == 1 {
			a1 *= x1
			ae += xe
		}
		x1 *= x1
		xe <<= 1
		if x1 < .5 {
			x1 += x1
			xe--
		}
	}

	// ans = a1 × 2^ae; for y < 0 take the reciprocal.
	if y < 0 {
		a1 = 1 / a1
		ae = -ae
	}
	return Ldexp(a1, ae)
}

// Cbrt returns the cube root of x (FreeBSD's s_cbrt.c).
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163                   // (682-0.03306235651)*2**20
		b2             = 696219795                   // (664-0.03306235651)*2**20
		c              = 5.42857142857142815906e-01  // 19/35     = 0x3FE15F15F15F15F1
		d              = -7.05306122448979611050e-01 // -864/1225 = 0xBFE691DE2532C834
		e              = 1.41428571428571436819e+00  // 99/70     = 0x3FF6A0EA0EA0EA0F
		f              = 1.60714285714285720630e+00  // 45/28     = 0x3FF9B6DB6DB6DB6E
		g              = 3.57142857142857150787e-01  // 5/14      = 0x3FD6DB6DB6DB6DB7
		smallestNormal = 2.22507385850720138309e-308 // 2**-1022  = 0x0010000000000000
	)
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 0):
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	// A first approximation from the exponent bits.
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	// One rational step to about 23 bits.
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// Chop to 22 bits and make it larger than the cube root, then one Newton step.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if sign {
		t = -t
	}
	return t
}
