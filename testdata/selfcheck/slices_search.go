// slices functions that search, compare and reduce (Go 1.21): Index, IndexFunc, Contains,
// ContainsFunc, Equal, EqualFunc, Compare, CompareFunc, Min, Max, MinFunc, MaxFunc, with
// NaNs (== for Equal, cmp.Compare's order for Compare, propagated by Min and Max) and gc's
// panic texts for empty lists. go 1.19 has no slices package, so this program checks itself
// against the documentation and prints PASS.
package main

import (
	"fmt"
	"slices"
)

var failures = 0

func check(what string, got, want any) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func panicText(f func()) (text string) {
	defer func() {
		switch r := recover().(type) {
		case error:
			text = r.Error()
		case string:
			text = r
		}
	}()
	f()
	return "no panic"
}

type point struct{ x, y int }

type names []string

func main() {
	var zero float64
	nan, negZero := zero/zero, -zero

	s := []string{"a", "b", "c", "b"}
	check("Index", slices.Index(s, "b"), 1)
	check("Index missing", slices.Index(s, "z"), -1)
	check("Index nil", slices.Index([]string(nil), "a"), -1)
	check("Index NaN", slices.Index([]float64{nan}, nan), -1)
	check("Index -0", slices.Index([]float64{1, 0}, negZero), 1)
	check("Index struct", slices.Index([]point{{1, 2}, {3, 4}}, point{3, 4}), 1)
	check("Index(~[]string)", slices.Index(names{"x", "y"}, "y"), 1)
	check("Index interface", slices.Index([]any{1, "1", 1.0}, any("1")), 1)
	var calls int
	check("IndexFunc", slices.IndexFunc([]int{1, 4, 6, 8}, func(x int) bool { calls++; return x%2 == 0 }), 1)
	check("IndexFunc stops at the first", calls, 2)
	check("IndexFunc none", slices.IndexFunc([]int{1, 3}, func(x int) bool { return x > 5 }), -1)
	check("Contains", slices.Contains(s, "c"), true)
	check("Contains missing", slices.Contains(s, "d"), false)
	check("ContainsFunc", slices.ContainsFunc([]int{1, 2}, func(x int) bool { return x > 1 }), true)
	check("ContainsFunc none", slices.ContainsFunc([]int(nil), func(x int) bool { return true }), false)

	check("Equal", slices.Equal([]int{1, 2}, []int{1, 2}), true)
	check("Equal length", slices.Equal([]int{1, 2}, []int{1, 2, 3}), false)
	check("Equal nil empty", slices.Equal([]int(nil), []int{}), true)
	check("Equal NaN", slices.Equal([]float64{nan}, []float64{nan}), false)
	check("Equal zeros", slices.Equal([]float64{negZero}, []float64{0}), true)
	check("EqualFunc", slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool {
		return fmt.Sprint(a) == b
	}), true)
	calls = 0
	check("EqualFunc stops", slices.EqualFunc([]int{1, 2, 3}, []int{1, 5, 3}, func(a, b int) bool {
		calls++
		return a == b
	}), false)
	check("EqualFunc calls", calls, 2)
	check("EqualFunc length", slices.EqualFunc([]int{1}, []int{}, func(a, b int) bool { return true }), false)

	check("Compare equal", slices.Compare([]int{1, 2}, []int{1, 2}), 0)
	check("Compare less", slices.Compare([]int{1, 2}, []int{1, 3}), -1)
	check("Compare greater", slices.Compare([]int{2}, []int{1, 3}), +1)
	check("Compare prefix", slices.Compare([]int{1}, []int{1, 0}), -1)
	check("Compare longer", slices.Compare([]int{1, 0}, []int{1}), +1)
	check("Compare nil", slices.Compare([]int(nil), []int{}), 0)
	check("Compare NaN", slices.Compare([]float64{nan}, []float64{-1}), -1)
	check("Compare NaN NaN", slices.Compare([]float64{nan, 1}, []float64{nan, 1}), 0)
	check("Compare strings", slices.Compare([]string{"a", "b"}, []string{"a", "a"}), +1)
	check("CompareFunc passes the result", slices.CompareFunc([]int{1, 5}, []int{1, 2}, func(a, b int) int {
		return (a - b) * 10
	}), 30)
	check("CompareFunc shorter", slices.CompareFunc([]int{1}, []string{"1", "2"}, func(a int, b string) int {
		return 0
	}), -1)

	check("Min", slices.Min([]int{3, 1, 2}), 1)
	check("Max", slices.Max([]int{3, 1, 2}), 3)
	check("Max strings", slices.Max([]string{"b", "c", "a"}), "c")
	check("Min one", slices.Min([]int8{-5}), int8(-5))
	if m := slices.Min([]float64{1, nan, -1}); m == m {
		fmt.Println("FAIL Min with NaN", m)
		failures++
	}
	if m := slices.Max([]float64{nan, 1}); m == m {
		fmt.Println("FAIL Max with NaN", m)
		failures++
	}
	if m := slices.Min([]float64{0, negZero}); 1/m > 0 {
		fmt.Println("FAIL Min(0, -0) is -0")
		failures++
	}
	if m := slices.Max([]float64{negZero, 0}); 1/m < 0 {
		fmt.Println("FAIL Max(-0, 0) is +0")
		failures++
	}
	byX := func(a, b point) int { return a.x - b.x }
	ps := []point{{2, 0}, {1, 1}, {3, 2}, {1, 3}, {3, 4}}
	check("MinFunc first minimal", slices.MinFunc(ps, byX), point{1, 1})
	check("MaxFunc first maximal", slices.MaxFunc(ps, byX), point{3, 2})
	check("Min empty", panicText(func() { slices.Min([]int{}) }), "slices.Min: empty list")
	check("Max empty", panicText(func() { slices.Max([]int(nil)) }), "slices.Max: empty list")
	check("MinFunc empty", panicText(func() { slices.MinFunc([]point{}, byX) }), "slices.MinFunc: empty list")
	check("MaxFunc empty", panicText(func() { slices.MaxFunc([]point{}, byX) }), "slices.MaxFunc: empty list")

	if failures == 0 {
		fmt.Println("PASS")
	}
}
