package math

// Exp returns e**x, the base-e exponential of x (Exp(+Inf) = +Inf, Exp(NaN) = NaN; very
// large values overflow to +Inf, very small ones underflow to 0).
//
// This is gc's amd64 assembly (exp_amd64.s, its FMA path): x = k·ln2 + r with k rounded to
// nearest, e^(r/16) by a Taylor series, squared four times as (e^y-1)(e^y+1).
func Exp(x float64) float64 {
	const (
		ln2U     = 0.69314718055966295651160180568695068359375
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		log2E    = 1.4426950408889634073599246810018920
		overflow = 7.09782712893384e+02
	)
	b := Float64bits(x)
	if b&^signMask >= uvinf {
		if b == uvneginf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	k := cvtsd2sl(log2E * x)
	fk := float64(k)
	x = FMA(-ln2U, fk, x)
	x = FMA(-ln2L, fk, x)
	x *= 0.0625
	p := 2.4801587301587301587e-5
	p = FMA(p, x, 1.9841269841269841270e-4)
	p = FMA(p, x, 1.3888888888888888889e-3)
	p = FMA(p, x, 8.3333333333333333333e-3)
	p = FMA(p, x, 4.1666666666666666667e-2)
	p = FMA(p, x, 1.6666666666666666667e-1)
	p = FMA(p, x, 0.5)
	p = FMA(p, x, 1.0)
	x *= p // e^y - 1
	for i := 0; i < 3; i++ {
		x *= x + 2
	}
	x = FMA(x, x+2, 1.0)
	// Multiply by 2^k, in two steps for subnormal results.
	e := k + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		x *= Float64frombits(uint64(e+0x3FE) << 52)
		e = 1
	} else if e >= 0x7FF {
		return Inf(1)
	}
	return x * Float64frombits(uint64(e)<<52)
}

// cvtsd2sl converts like the CVTSD2SL instruction: round to nearest even, and the
// "integer indefinite" value -2^31 when out of range.
func cvtsd2sl(f float64) int32 {
	if !(f > -2147483648.5 && f < 2147483647.5) {
		return -2147483648
	}
	return int32(RoundToEven(f))
}

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64 { return exp2(x) }

// Log returns the natural logarithm of x (Log(+Inf) = +Inf, Log(0) = -Inf, Log(x < 0) =
// NaN, Log(NaN) = NaN).
//
// This is gc's amd64 assembly (log_amd64.s): FreeBSD's algorithm, but its frexp takes the
// exponent field as is, so subnormal x give gc's (inexact) results too.
func Log(x float64) float64 {
	const hSqrt2 = 7.07106781186547524401e-01
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case int64(b) < 0:
		return NaN()
	case b >= uvinf:
		return x
	}
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int32((b>>52)&0x7FF) - 0x3FE)
	if f1 <= hSqrt2 {
		k -= 1
		f1 *= 2
	}
	return logCore(f1-1, k)
}

// Hypot returns Sqrt(p*p + q*q), avoiding unnecessary overflow and underflow
// (Hypot(±Inf, q) = +Inf, Hypot(NaN, q) = NaN otherwise).
//
// This is gc's amd64 assembly (hypot_amd64.s).
func Hypot(p, q float64) float64 {
	bp := Float64bits(p) &^ signMask
	bq := Float64bits(q) &^ signMask
	if bp >= uvinf || bq >= uvinf {
		if bp == uvinf || bq == uvinf {
			return Inf(1)
		}
		return NaN()
	}
	if bp|bq == 0 {
		return 0
	}
	p, q = Float64frombits(bp), Float64frombits(bq)
	hi, lo := q, p // MAXSD/MINSD return the second operand on ties
	if p > q {
		hi = p
	}
	if q < p {
		lo = q
	}
	lo /= hi
	return hi * Sqrt(lo*lo+1)
}
