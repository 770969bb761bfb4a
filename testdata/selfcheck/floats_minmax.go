// Go 1.21's min and max on floats: a NaN argument makes the result NaN, and -0 is smaller
// than +0. go 1.19 cannot run this program, so it checks itself against the spec's values
// and prints PASS.
package main

import "fmt"

var failures = 0

var zero, one, two = 0.0, 1.0, 2.0

func bits(f float64) string {
	if f != f {
		return "NaN"
	}
	if f == 0 && 1/f < 0 {
		return "-0"
	}
	return fmt.Sprint(f == 0, f > 0, int(f))
}

func check(what string, got float64, want string) {
	if bits(got) != want {
		fmt.Println("FAIL", what, "got", bits(got), "want", want)
		failures++
	}
}

func main() {
	nan := zero / zero
	negzero := -zero
	check("min(1, 2)", min(one, two), bits(1))
	check("max(1, 2)", max(one, two), bits(2))
	check("min(2, 1, 0)", min(two, one, zero), bits(0))
	check("min(NaN, 1)", min(nan, one), "NaN")
	check("min(1, NaN)", min(one, nan), "NaN")
	check("max(1, NaN, 2)", max(one, nan, two), "NaN")
	check("min(-0, +0)", min(negzero, zero), "-0")
	check("min(+0, -0)", min(zero, negzero), "-0")
	check("max(-0, +0)", max(negzero, zero), bits(0))
	check("max(+0, -0)", max(zero, negzero), bits(0))
	var f32 float32 = 1.5
	if got := min(f32, 2); got != 1.5 {
		fmt.Println("FAIL min(float32)", got)
		failures++
	}
	if got := max(f32, -1, 3); got != 3 {
		fmt.Println("FAIL max(float32)", got)
		failures++
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}
