package math

// Exp returns e**x, the base-e exponential of x (Exp(+Inf) = +Inf, Exp(NaN) = NaN; very
// large values overflow to +Inf, very small ones underflow to 0).
//
// This is gc's arm64 assembly (exp_arm64.s): the portable algorithm with fused
// multiply-adds and an inlined Ldexp.
func Exp(x float64) float64 {
	const (
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)
	)
	switch {
	case x != x:
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	case Abs(x) < nearZero:
		return 1 + x
	}
	var kf float64
	if x < 0 {
		kf = FMA(log2e, x, -0.5)
	} else {
		kf = FMA(log2e, x, 0.5)
	}
	k := int64(kf)
	fk := float64(k)
	hi := FMA(-fk, ln2Hi, x)
	lo := fk * ln2Lo
	return expArm64Tail(hi, lo, k, 1.0)
}

// Exp2 returns 2**x, the base-2 exponential of x.
//
// This is gc's arm64 assembly (exp_arm64.s).
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case x != x:
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	var kf float64
	if x < 0 {
		kf = x - 0.5
	} else {
		kf = x + 0.5
	}
	k := int64(kf)
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -(t * ln2Lo)
	return expArm64Tail(hi, lo, k, 1.0)
}

// expArm64Tail evaluates e^(hi-lo) × 2^k as exp_arm64.s does, including its inlined Ldexp
// (which scales subnormal results by 2^-52 and assumes the exponent stays in range).
func expArm64Tail(hi, lo float64, k int64, m float64) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := FMA(t, p5, p4)
	c = FMA(t, c, p3)
	c = FMA(t, c, p2)
	c = FMA(t, c, p1)
	c = FMA(-t, c, r)
	q := (r * c) / (2 - c)
	y := 1 - ((lo - q) - hi)
	b := Float64bits(y)
	e := int64(b>>52) + k
	if e < 1 {
		e += 52
		m = 0x1p-52
	}
	return Float64frombits(b&fracMask|uint64(e)<<52) * m
}

// Log returns the natural logarithm of x (Log(+Inf) = +Inf, Log(0) = -Inf, Log(x < 0) =
// NaN, Log(NaN) = NaN).
func Log(x float64) float64 { return log(x) }

// Hypot returns Sqrt(p*p + q*q), avoiding unnecessary overflow and underflow
// (Hypot(±Inf, q) = +Inf, Hypot(NaN, q) = NaN otherwise).
func Hypot(p, q float64) float64 {
	switch {
	case IsInf(p, 0) || IsInf(q, 0):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	p, q = Abs(p), Abs(q)
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
