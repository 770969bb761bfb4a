package math

// The exponential functions share FreeBSD's argument reduction x = k·ln2 + r and the
// rational approximation of exp(r) in expmulti. gc computes Exp with assembly on amd64 and
// arm64, and Exp2 on arm64; exp_amd64.go and exp_arm64.go follow those instruction by
// instruction.

const (
	ln2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	ln2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
	log2e = 1.44269504088896338700e+00
)

// exp2 is the portable Exp2 (used by gc on amd64).
func exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t with |t| <= 1/2, and 2^t = exp(t·ln2) with t·ln2 split in two parts.
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti returns e^r × 2^k for r = hi - lo, |r| <= ln2/2.
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01  // 0x3FC55555; 0x55555555
		p2 = -2.77777777770155933842e-03 // 0xBF66C16C; 0x16BEBD93
		p3 = 6.61375632143793436117e-05  // 0x3F11566A; 0xAF25DE2C
		p4 = -1.65339022054652515390e-06 // 0xBEBBBD41; 0xC5D26BF1
		p5 = 4.13813679705723846039e-08  // 0x3E663769; 0x72BEA4D0
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}
