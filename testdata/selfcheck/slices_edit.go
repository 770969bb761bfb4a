// slices functions that edit a slice (Go 1.21, Concat from 1.22): Insert, Delete, DeleteFunc,
// Replace, Compact, CompactFunc, Clone, Grow, Clip, Reverse, Concat. As in Go 1.22, the
// functions that shrink a slice zero the elements between the new and the old length, and
// Insert panics for an index out of range even with nothing to insert; the panics carry gc's
// run-time error texts. go 1.19 has no slices package, so this program checks itself against
// the documentation and prints PASS.
package main

import (
	"fmt"
	"slices"
)

var failures = 0

func check(what string, got, want []int) {
	if !slices.Equal(got, want) || (got == nil) != (want == nil) {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func checkInt(what string, got, want int) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

// panicText runs f and returns what it panicked with, as text.
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

func checkPanic(what string, f func(), want string) {
	if got := panicText(f); got != want {
		fmt.Println("FAIL", what, "panicked with", got, "want", want)
		failures++
	}
}

type ints []int

func main() {
	// Insert: at the front, middle and end, with and without spare capacity.
	s := []int{1, 2, 3}
	check("Insert front", slices.Insert(s, 0, 9), []int{9, 1, 2, 3})
	check("Insert middle", slices.Insert(s, 1, 7, 8), []int{1, 7, 8, 2, 3})
	check("Insert end", slices.Insert(s, 3, 4), []int{1, 2, 3, 4})
	check("Insert nothing", slices.Insert(s, 2), []int{1, 2, 3})
	check("source unchanged", s, []int{1, 2, 3})
	roomy := make([]int, 3, 10)
	copy(roomy, []int{1, 2, 3})
	in := slices.Insert(roomy, 1, 5, 6)
	check("Insert in place", in, []int{1, 5, 6, 2, 3})
	checkInt("Insert in place shares", cap(in), 10)
	// v inside s itself: the values inserted are the ones before the insertion.
	alias := make([]int, 5, 8)
	copy(alias, []int{1, 2, 3, 4, 5})
	check("Insert aliased", slices.Insert(alias[:4], 1, alias[2:5]...), []int{1, 3, 4, 5, 2, 3, 4})
	alias2 := make([]int, 4, 8)
	copy(alias2, []int{1, 2, 3, 4})
	check("Insert own prefix", slices.Insert(alias2, 2, alias2[:3]...), []int{1, 2, 1, 2, 3, 3, 4})
	var typed ints = ints{1}
	typed = slices.Insert(typed, 1, 2)
	check("Insert(~[]int)", typed, []int{1, 2})
	check("Insert into nil", slices.Insert([]int(nil), 0, 1), []int{1})
	checkPanic("Insert past len", func() { slices.Insert(s, 4, 1) }, "runtime error: slice bounds out of range [4:3]")
	checkPanic("Insert nothing past len", func() { slices.Insert(s, 4) }, "runtime error: slice bounds out of range [4:3]")
	checkPanic("Insert negative", func() { slices.Insert(s, -1) }, "runtime error: slice bounds out of range [-1:]")

	// Delete zeroes the vacated elements.
	d := []int{1, 2, 3, 4, 5}
	got := slices.Delete(d, 1, 3)
	check("Delete", got, []int{1, 4, 5})
	check("Delete zeroes the tail", d, []int{1, 4, 5, 0, 0})
	check("Delete empty range", slices.Delete([]int{1, 2}, 1, 1), []int{1, 2})
	check("Delete all", slices.Delete([]int{1, 2}, 0, 2), []int{})
	checkPanic("Delete i > j", func() { slices.Delete(d, 2, 1) }, "runtime error: slice bounds out of range [2:1:]")
	checkPanic("Delete j > len", func() { slices.Delete(d, 1, 6) }, "runtime error: slice bounds out of range [:6:5]")
	checkPanic("Delete j > len, within cap", func() { slices.Delete(d[:2], 0, 3) }, "runtime error: slice bounds out of range [:3:2]")

	// DeleteFunc calls del once per element, in order.
	df := []int{1, 2, 3, 4, 5, 6}
	var seen []int
	got = slices.DeleteFunc(df, func(x int) bool { seen = append(seen, x); return x%2 == 0 })
	check("DeleteFunc", got, []int{1, 3, 5})
	check("DeleteFunc calls", seen, []int{1, 2, 3, 4, 5, 6})
	check("DeleteFunc zeroes the tail", df, []int{1, 3, 5, 0, 0, 0})
	check("DeleteFunc none", slices.DeleteFunc([]int{1, 3}, func(x int) bool { return x == 2 }), []int{1, 3})

	// Replace: shorter, equal, longer, at the end, past the capacity, aliased.
	r := []int{1, 2, 3, 4, 5}
	got = slices.Replace(r, 1, 4, 9)
	check("Replace shorter", got, []int{1, 9, 5})
	check("Replace zeroes the tail", r, []int{1, 9, 5, 0, 0})
	check("Replace same length", slices.Replace([]int{1, 2, 3}, 0, 2, 7, 8), []int{7, 8, 3})
	check("Replace longer", slices.Replace([]int{1, 2, 3}, 1, 2, 7, 8, 9), []int{1, 7, 8, 9, 3})
	check("Replace at end", slices.Replace([]int{1, 2, 3}, 1, 3, 6), []int{1, 6})
	check("Replace empty range", slices.Replace([]int{1, 2}, 1, 1, 5), []int{1, 5, 2})
	ra := make([]int, 5, 9)
	copy(ra, []int{1, 2, 3, 4, 5})
	check("Replace aliased", slices.Replace(ra, 1, 2, ra[2:5]...), []int{1, 3, 4, 5, 3, 4, 5})
	checkPanic("Replace j > len", func() { slices.Replace(r[:1], 0, 2, 9) }, "runtime error: slice bounds out of range [2:1]")
	checkPanic("Replace i > j", func() { slices.Replace(r, 2, 1) }, "runtime error: slice bounds out of range [2:1]")
	checkPanic("Replace j > cap", func() { slices.Replace(r, 0, 9) }, "runtime error: slice bounds out of range [:9] with capacity 5")

	// Compact and CompactFunc keep the first of each run and zero the tail.
	c := []int{1, 1, 2, 3, 3, 3, 1}
	got = slices.Compact(c)
	check("Compact", got, []int{1, 2, 3, 1})
	check("Compact zeroes the tail", c, []int{1, 2, 3, 1, 0, 0, 0})
	check("Compact none", slices.Compact([]int{1, 2}), []int{1, 2})
	check("Compact nil", slices.Compact([]int(nil)), nil)
	var pairs [][2]int
	cf := []int{10, 11, 15, 30, 31, 50}
	got = slices.CompactFunc(cf, func(a, b int) bool { pairs = append(pairs, [2]int{a, b}); return a/10 == b/10 })
	check("CompactFunc", got, []int{10, 30, 50})
	if len(pairs) != 5 || pairs[0] != [2]int{11, 10} || pairs[4] != [2]int{50, 31} {
		fmt.Println("FAIL CompactFunc compares (later, earlier) of the original neighbours:", pairs)
		failures++
	}

	// Clone keeps nil-ness; Grow and Clip change only the capacity.
	check("Clone", slices.Clone([]int{1, 2}), []int{1, 2})
	check("Clone nil", slices.Clone([]int(nil)), nil)
	check("Clone empty", slices.Clone([]int{}), []int{})
	orig := []int{1, 2, 3}
	cl := slices.Clone(orig)
	cl[0] = 100
	checkInt("Clone copies", orig[0], 1)
	g := slices.Grow([]int{1}, 10)
	check("Grow keeps elements", g, []int{1})
	if cap(g) < 11 {
		fmt.Println("FAIL Grow capacity", cap(g))
		failures++
	}
	roomy2 := make([]int, 2, 8)
	checkInt("Grow with room keeps the array", cap(slices.Grow(roomy2, 6)), 8)
	check("Grow nil by 0", slices.Grow([]int(nil), 0), nil)
	checkPanic("Grow negative", func() { slices.Grow(orig, -1) }, "cannot be negative")
	clipped := slices.Clip(roomy2)
	checkInt("Clip", cap(clipped), 2)

	rv := []int{1, 2, 3, 4}
	slices.Reverse(rv)
	check("Reverse even", rv, []int{4, 3, 2, 1})
	rv = rv[:3]
	slices.Reverse(rv)
	check("Reverse odd", rv, []int{2, 3, 4})
	slices.Reverse([]int(nil))

	cc := slices.Concat([]int{1}, nil, []int{2, 3}, []int{})
	check("Concat", cc, []int{1, 2, 3})
	checkInt("Concat capacity", cap(cc), 3)
	check("Concat nothing", slices.Concat[[]int](), nil)
	check("Concat empties", slices.Concat([]int{}, nil), nil)
	var typed2 ints = slices.Concat(ints{1}, ints{2})
	check("Concat(~[]int)", typed2, []int{1, 2})

	if failures == 0 {
		fmt.Println("PASS")
	}
}
