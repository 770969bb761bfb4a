// run

// Functions with several parameters and several results.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(xs []int) (int, int, bool) {
	if len(xs) == 0 {
		return 0, 0, false
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

// named results are in the subset only as plain result lists; use them via return values
func classify(n int) (string, bool) {
	if n < 0 {
		return "negative", false
	} else if n == 0 {
		return "zero", true
	}
	return "positive", true
}

func forward(a, b int) (int, int) {
	return divmod(a, b)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println("divmod", q, r)
	q, r = divmod(-17, 5)
	fmt.Println("divmod", q, r)
	x, y := swap("left", "right")
	fmt.Println(x, y)
	x, y = y, x
	fmt.Println(x, y)
	lo, hi, ok := minmax([]int{4, -2, 9, 0, 7})
	fmt.Println("minmax", lo, hi, ok)
	lo, hi, ok = minmax([]int{})
	fmt.Println("minmax", lo, hi, ok)
	for _, n := range []int{-3, 0, 3} {
		s, nonneg := classify(n)
		fmt.Println(n, s, nonneg)
	}
	a, b := forward(100, 7)
	fmt.Println("forward", a, b)
	_, rem := divmod(9, 4)
	fmt.Println("rem", rem)
}
