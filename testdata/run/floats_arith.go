// run

// float32 and float64: constants rounded as gc rounds them, arithmetic on run-time values,
// comparisons with NaN and signed zeros, print/println's format, floats in slices,
// interfaces, type switches and assertions.
package main

var (
	zero   float64
	one    = 1.0
	third  = 1.0 / 3
	big    = 1e308
	tiny   = 5e-324
	f32    float32 = 16777216
	sevens float32 = 0.7
)

type Celsius float64

func describe(x interface{}) string {
	switch v := x.(type) {
	case float32:
		println("float32", v)
		return "float32"
	case float64:
		println("float64", v)
		return "float64"
	case Celsius:
		println("Celsius", v)
		return "Celsius"
	case complex128:
		println("complex128", v)
		return "complex128"
	}
	return "other"
}

func half(x float64) float64 { return x / 2 }

func main() {
	// Constants: exact arithmetic, then one rounding to the type.
	println(0.1, 0.2, 0.1+0.2, 1e100, 1.5, -2.25)
	const c = 1.0 / 3.0
	var c32 float32 = c
	var c64 float64 = c
	println(c32, c64, float32(0.1), 0x1p-2, 1e-320)
	println(1<<62+0.0, float32(1<<24+1), float32(1<<25+3))

	// Arithmetic on run-time values.
	println(one+third, one-third, one*third, one/third, -third)
	println(third*3 == 1, third+third+third)
	println(big*10, -big*10, tiny/2, -tiny/2, big+big-big)
	println(f32+1, f32+2, sevens*3, sevens/7, -sevens)
	inf := one / zero
	nan := zero / zero
	negzero := -zero
	println(inf, -inf, nan, negzero, zero, one/negzero)
	println(inf-inf, inf*zero, nan+1)

	// Comparisons: NaN is unordered, -0 == +0.
	println(nan == nan, nan != nan, nan < one, nan > one, nan <= nan, nan >= nan)
	println(negzero == zero, negzero < zero, one < third, third <= third, inf > big)
	x := nan
	println(x == x, x != x)

	// Assignment operators and ++/--.
	v := 2.5
	v += 1
	v *= 3
	v -= 0.5
	v /= 4
	v++
	v--
	v++
	println(v)
	var w float32 = 1
	for i := 0; i < 10; i++ {
		w *= 1.1
	}
	println(w)

	// Named float types, slices, function results.
	t := Celsius(36.6)
	t += 0.5
	println(t, half(float64(t)))
	s := []float64{1.5, -0.25, 1e10}
	s = append(s, third)
	sum := 0.0
	for _, e := range s {
		sum += e
	}
	println(len(s), sum, s[3])
	var a []float32
	for i := 0; i < 5; i++ {
		a = append(a, float32(i)/3)
	}
	println(a[1], a[2], a[4])

	// Interfaces: boxing, type switches, assertions, comparison.
	var i interface{} = third
	println(describe(i), describe(float32(2.5)), describe(t), describe(complex(1, 2)))
	f, ok := i.(float64)
	println(f, ok)
	g, ok := i.(float32)
	println(g, ok)
	var j interface{} = 1.0 / 3
	println(i == j, i != interface{}(float32(third)))
	var n1, n2 interface{} = nan, nan
	println(n1 == n2)
	println(i.(float64) * 3)
}
