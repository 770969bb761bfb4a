// Every math function on random arguments of all magnitudes and the special values, as
// float64 bit patterns; gc computes Exp, Log and Hypot with assembly on amd64, Exp/Exp2 with
// assembly and fused multiply-adds elsewhere on arm64, hence the separate arm64 expectation.
package main

import (
	"math"
	"strconv"
)

var state uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// rnd returns values of many magnitudes, integers, halves, specials.
func rnd() float64 {
	r := next()
	switch r % 8 {
	case 0:
		return math.Float64frombits(next())
	case 1:
		return float64(int64(next())>>(r>>58)) / 8
	case 2:
		return math.Float64frombits(next()&0x800FFFFFFFFFFFFF | uint64(1023+int(r>>8)%12-6)<<52)
	case 3:
		return math.Float64frombits(next()&0x800FFFFFFFFFFFFF | uint64(1023+int(r>>8)%80-40)<<52)
	case 4:
		sp := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64, 1e-310, 709.78, -745.1, 1024, -1074, 0.7071067811865476, math.Pi, 1e300, 3, -3, 2.5, 33.5, -33.5, 171.5, 1 << 29, 1e20}
		return sp[(r>>8)%uint64(len(sp))]
	case 5:
		return float64(int64(r>>40)%2000-1000) / 4
	case 6:
		return math.Float64frombits(next()&0x800FFFFFFFFFFFFF | uint64(1023+int(r>>8)%1400-700)<<52)
	}
	return (float64(r>>11)/(1<<53))*4 - 2
}

var out []byte

func put(name string, v float64) {
	if name == "x" {
		out = append(out, '\n')
	}
	out = append(out, ' ')
	if v != v {
		out = append(out, "NaN"...)
	} else {
		out = strconv.AppendUint(out, math.Float64bits(v), 16)
	}
}

const N = 300

func main() {
	for i := 0; i < N; i++ {
		x, y, z := rnd(), rnd(), rnd()
		put("x", x)
		put("y", y)
		put("Abs", math.Abs(x))
		put("Ceil", math.Ceil(x))
		put("Floor", math.Floor(x))
		put("Trunc", math.Trunc(x))
		put("Round", math.Round(x))
		put("RoundToEven", math.RoundToEven(x))
		a, b := math.Modf(x)
		put("Modf", a)
		put("Modf2", b)
		f, e := math.Frexp(x)
		put("Frexp", f)
		put("Frexpe", float64(e))
		put("Ldexp", math.Ldexp(x, int(int64(next())%2200)))
		put("Sqrt", math.Sqrt(x))
		put("Cbrt", math.Cbrt(x))
		put("Exp", math.Exp(x))
		put("Exp2", math.Exp2(x))
		put("Expm1", math.Expm1(x))
		put("Log", math.Log(x))
		put("Log2", math.Log2(x))
		put("Log10", math.Log10(x))
		put("Log1p", math.Log1p(x))
		put("Pow", math.Pow(x, y))
		put("Pow2", math.Pow(math.Abs(x), float64(int(y)%40)))
		put("Sin", math.Sin(x))
		put("Cos", math.Cos(x))
		put("Tan", math.Tan(x))
		s, c := math.Sincos(x)
		put("Sincos", s)
		put("Sincos2", c)
		put("Asin", math.Asin(x))
		put("Acos", math.Acos(x))
		put("Atan", math.Atan(x))
		put("Atan2", math.Atan2(x, y))
		put("Sinh", math.Sinh(x))
		put("Cosh", math.Cosh(x))
		put("Tanh", math.Tanh(x))
		put("Asinh", math.Asinh(x))
		put("Acosh", math.Acosh(x))
		put("Atanh", math.Atanh(x))
		put("Hypot", math.Hypot(x, y))
		put("Mod", math.Mod(x, y))
		put("Remainder", math.Remainder(x, y))
		put("Dim", math.Dim(x, y))
		put("Max", math.Max(x, y))
		put("Min", math.Min(x, y))
		put("FMA", math.FMA(x, y, z))
		put("Gamma", math.Gamma(x))
		lg, sg := math.Lgamma(x)
		put("Lgamma", lg)
		put("Lgammas", float64(sg))
		put("Erf", math.Erf(x))
		put("Erfc", math.Erfc(x))
		put("Erfinv", math.Erfinv(x))
		put("Erfcinv", math.Erfcinv(x))
		put("J0", math.J0(x))
		put("J1", math.J1(x))
		put("Jn", math.Jn(int(int64(next())%20), x))
		put("Y0", math.Y0(x))
		put("Y1", math.Y1(x))
		put("Yn", math.Yn(int(int64(next())%20), x))
		put("Ilogb", float64(math.Ilogb(x)))
		put("Logb", math.Logb(x))
		put("Nextafter", math.Nextafter(x, y))
		put("Nextafter32", float64(math.Nextafter32(float32(x), float32(y))))
		put("Pow10", math.Pow10(int(int64(next())%700)))
		put("Copysign", math.Copysign(x, y))
		if len(out) > 1<<16 {
			print(string(out))
			out = out[:0]
		}
	}
	print(string(out))
}
