// Every math/cmplx function against go 1.19 on arguments of all magnitudes, near the poles of
// Tan and Cot, huge arguments (Payne-Hanek reduction), and every special value (±0, ±Inf,
// NaN in each part); results printed as bit patterns. gc fuses multiply-adds on arm64, hence
// the separate arm64 expectation.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func rnd() float64 {
	v := next()
	switch v % 8 {
	case 0:
		return math.Float64frombits(next()) // any pattern
	case 1:
		return float64(int64(next()%41) - 20) // small integers
	case 2:
		return (float64(next()%2000) - 1000) / 64
	case 3:
		return math.Ldexp(float64(next()>>11), int(next()%80)-100) // around 1
	case 4:
		return float64(int64(next()%9)-4) * math.Pi / 4 * (1 + float64(int64(next()%3)-1)*1e-9)
	case 5:
		return math.Ldexp(1+float64(next()>>12)/(1<<52), int(next()%2100)-1075)
	case 6:
		if v&64 != 0 {
			return -(float64(next()%100000) / 1000)
		}
		return float64(next()%100000) / 1000
	}
	specials := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, 1e300, 1 << 40}
	return specials[next()%uint64(len(specials))]
}

// fbits prints a float64's bits; every NaN prints as NaN, since the sign and payload of a
// NaN made from NaN operands depend on the operand order the code generator picked.
func fbits(f float64) string {
	if f != f {
		return "NaN"
	}
	return fmt.Sprintf("%016x", math.Float64bits(f))
}

func bitsOf(z complex128) string {
	return fbits(real(z)) + " " + fbits(imag(z))
}

func main() {
	unary := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	var args []complex128
	sp := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 2, -0.5}
	for _, a := range sp {
		for _, b := range sp {
			args = append(args, complex(a, b))
		}
	}
	// Near the poles of Tan and Cot: real part near multiples of π/2, small imaginary part.
	for k := -6; k <= 6; k++ {
		for _, e := range []float64{0, 1e-3, 1e-8, -1e-12} {
			args = append(args, complex(float64(k)*math.Pi/2+e, e), complex(float64(k)*math.Pi/2, 0.1))
		}
	}
	for _, h := range []float64{1 << 30, 1<<30 + 1, 1e10, 1e17, 1e100, 1e300, math.MaxFloat64} {
		args = append(args, complex(h, 1e-3), complex(-h, 0.05), complex(h, 0.3))
	}
	for i := 0; i < 3000; i++ {
		args = append(args, complex(rnd(), rnd()))
	}
	h := map[string]uint64{}
	for i, z := range args {
		for _, u := range unary {
			r := bitsOf(u.f(z))
			if i < 81+104+21 {
				fmt.Println(u.name, bitsOf(z), r)
			}
			for _, c := range r {
				h[u.name] = h[u.name]*131 + uint64(c)
			}
		}
		a, p := cmplx.Polar(z)
		hp := fmt.Sprintf("%s %s %s %s %v %v", fbits(cmplx.Abs(z)), fbits(cmplx.Phase(z)),
			fbits(a), fbits(p), cmplx.IsNaN(z), cmplx.IsInf(z))
		rr := bitsOf(cmplx.Rect(real(z), imag(z)))
		w := complex(rnd(), rnd())
		pw := bitsOf(cmplx.Pow(z, w))
		if i < 81 {
			fmt.Println("misc", bitsOf(z), hp, rr)
			fmt.Println("Pow", bitsOf(z), bitsOf(w), pw)
		}
		for _, c := range hp + rr + pw {
			h["misc"] = h["misc"]*131 + uint64(c)
		}
	}
	for _, y := range []complex128{0, complex(math.Copysign(0, -1), 0), 1, -1, 2i, -2i, complex(-1, 1), complex(math.NaN(), 0), complex(0.5, math.NaN()), complex(-3, 0), complex(1, math.Inf(1))} {
		fmt.Println("Pow0", bitsOf(y), bitsOf(cmplx.Pow(0, y)), bitsOf(cmplx.Pow(complex(math.Copysign(0, -1), 0), y)))
	}
	fmt.Println(cmplx.Inf(), cmplx.IsInf(cmplx.Inf()), cmplx.IsNaN(cmplx.NaN()), cmplx.IsNaN(complex(math.NaN(), math.Inf(1))))
	// Huge real parts near Tan's and Cot's poles: the series with Payne-Hanek reduction.
	series := 0
	for i := 0; i < 400; i++ {
		re := math.Ldexp(1+float64(next()>>12)/(1<<52), 30+int(next()%990))
		z := complex(re, 1e-3*float64(i%7+1))
		if i%2 == 1 {
			z = complex(-re, -imag(z))
		}
		t, c := cmplx.Tan(z), cmplx.Cot(z)
		if math.Abs(math.Cos(2*re)+math.Cosh(2*imag(z))) < 0.25 || math.Abs(math.Cosh(2*imag(z))-math.Cos(2*re)) < 0.25 {
			series++
		}
		for _, ch := range bitsOf(t) + bitsOf(c) {
			h["huge"] = h["huge"]*131 + uint64(ch)
		}
		if i < 20 {
			fmt.Println("huge", bitsOf(z), bitsOf(t), bitsOf(c))
		}
	}
	fmt.Println("series used", series, "hash", h["huge"])
	for _, u := range unary {
		fmt.Println("hash", u.name, h[u.name])
	}
	fmt.Println("hash misc", h["misc"])
}
