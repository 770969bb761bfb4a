// slices.Sort, SortStableFunc, IsSorted, IsSortedFunc, BinarySearch and BinarySearchFunc
// (Go 1.21). Sort orders NaNs first and leaves equal floats (-0 and +0, NaNs with different
// payloads) where gc's pdqsort leaves them: the digests are of go 1.19's sort.Float64s results
// (the same algorithm and order) for the same inputs. go 1.19 has no slices package, so this
// program checks itself against the documentation and prints PASS.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"unsafe"
)

var failures = 0

func fail(what string, args ...any) {
	fmt.Println(append([]any{"FAIL", what}, args...)...)
	failures++
}

var state uint64

func rnd() uint64 {
	state = state*6364136223846793005 + 1442695040888963407
	return state >> 33
}

func f64(u uint64) float64    { return *(*float64)(unsafe.Pointer(&u)) }
func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// floats draws values whose equal ones differ in their bits: -0 and +0, NaNs with payloads.
func floats(seed uint64, n int) []float64 {
	state = seed
	x := make([]float64, n)
	for i := range x {
		switch rnd() % 6 {
		case 0:
			x[i] = f64(0x8000000000000000) // -0
		case 1:
			x[i] = 0
		case 2:
			x[i] = f64(0x7ff8000000000000 | rnd()%1000) // NaN with a payload
		case 3:
			x[i] = 1
		case 4:
			x[i] = -2.5
		default:
			x[i] = float64(rnd() % 5)
		}
	}
	return x
}

func digest(x []float64) uint64 {
	h := uint64(14695981039346656037)
	for _, f := range x {
		h ^= bits64(f)
		h *= 1099511628211
	}
	return h
}

// Digests of go 1.19's sort.Float64s results for floats(n, n).
var floatSizes = []int{3, 12, 13, 30, 50, 51, 200, 1000, 5000}
var floatWant = []uint64{0xe4fd12186c0f2fb7, 0x9ad70f11bfca155c, 0x59a1f29beb3673db,
	0xbc6814bb90c5955d, 0x68b956876581bc7e, 0x8afa0ed61b31441a, 0x25dc24f38134a09c,
	0xe61a0b28da217f32, 0xdb80838f6b9967e2}

func join(s []string, sep string) string {
	out := ""
	for i, e := range s {
		if i > 0 {
			out += sep
		}
		out += e
	}
	return out
}

type celsius float32

type item struct {
	key   int
	order int
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0}
	slices.Sort(ints)
	if !slices.Equal(ints, []int{-1, 0, 2, 3, 3, 5, 8, 9}) {
		fail("Sort(ints)", ints)
	}
	strs := []string{"pear", "apple", "fig", "", "apple"}
	slices.Sort(strs)
	if join(strs, ",") != ",apple,apple,fig,pear" {
		fail("Sort(strings)", strs)
	}
	var empty []int
	slices.Sort(empty) // nil and empty slices are sorted as they are
	if !slices.IsSorted(empty) || !slices.IsSorted([]int{7}) {
		fail("IsSorted(short)")
	}
	temps := []celsius{3, -1, 2}
	slices.Sort(temps)
	if temps[0] != -1 || temps[2] != 3 {
		fail("Sort(~float32)")
	}

	for i, n := range floatSizes {
		x := floats(uint64(n), n)
		slices.Sort(x)
		if !slices.IsSorted(x) {
			fail("Sort(floats) not sorted", n)
		}
		// NaNs first.
		for j := 1; j < n; j++ {
			if x[j] != x[j] && x[j-1] == x[j-1] {
				fail("Sort(floats): NaN after a number", n)
				break
			}
		}
		if digest(x) != floatWant[i] {
			fail("Sort(floats): equal elements not in gc's order", n)
		}
	}
	var zero float64
	nan := zero / zero
	if slices.IsSorted([]float64{1, nan}) || !slices.IsSorted([]float64{nan, nan, -1, 2}) {
		fail("IsSorted(NaN)")
	}
	if !slices.IsSortedFunc([]int{3, 2, 2, 1}, func(a, b int) int { return b - a }) ||
		slices.IsSortedFunc([]int{1, 2}, func(a, b int) int { return b - a }) {
		fail("IsSortedFunc")
	}

	// SortStableFunc keeps equal elements in their original order, at every size around
	// the insertion-sort blocks (20) and merge rounds.
	for _, n := range []int{0, 1, 19, 20, 21, 40, 41, 100, 1000, 3001} {
		state = uint64(n) + 7
		x := make([]item, n)
		for i := range x {
			x[i] = item{int(rnd() % 7), i}
		}
		slices.SortStableFunc(x, func(a, b item) int { return a.key - b.key })
		for i := 1; i < n; i++ {
			if x[i].key < x[i-1].key || (x[i].key == x[i-1].key && x[i].order < x[i-1].order) {
				fail("SortStableFunc", n, i)
				break
			}
		}
	}
	words := []string{"bb", "a", "ccc", "dd", "e", "fff"}
	slices.SortStableFunc(words, func(a, b string) int { return len(a) - len(b) })
	if join(words, " ") != "a e bb dd ccc fff" {
		fail("SortStableFunc(words)", words)
	}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(b, a) })
	if join(words, " ") != "fff e dd ccc bb a" {
		fail("SortFunc(descending)", words)
	}

	// BinarySearch: the first position of the target, or where it would be inserted.
	sorted := []int{10, 20, 20, 20, 30}
	for _, c := range []struct {
		target, pos int
		found       bool
	}{{5, 0, false}, {10, 0, true}, {15, 1, false}, {20, 1, true}, {30, 4, true}, {35, 5, false}} {
		pos, found := slices.BinarySearch(sorted, c.target)
		if pos != c.pos || found != c.found {
			fail("BinarySearch", c.target, pos, found)
		}
	}
	if pos, found := slices.BinarySearch([]int(nil), 1); pos != 0 || found {
		fail("BinarySearch(nil)")
	}
	if pos, found := slices.BinarySearch([]float64{nan, nan, 1, 2}, nan); pos != 0 || !found {
		fail("BinarySearch(NaN)", pos, found)
	}
	if pos, found := slices.BinarySearch([]float64{nan, 1, 2}, 1.5); pos != 2 || found {
		fail("BinarySearch(1.5)", pos, found)
	}
	if pos, found := slices.BinarySearch([]string{"a", "c"}, "b"); pos != 1 || found {
		fail("BinarySearch(strings)")
	}
	people := []item{{1, 100}, {3, 300}, {3, 301}, {5, 500}}
	byKey := func(e item, key int) int { return e.key - key }
	if pos, found := slices.BinarySearchFunc(people, 3, byKey); pos != 1 || !found {
		fail("BinarySearchFunc(3)", pos, found)
	}
	if pos, found := slices.BinarySearchFunc(people, 4, byKey); pos != 3 || found {
		fail("BinarySearchFunc(4)", pos, found)
	}
	if pos, found := slices.BinarySearchFunc(people, 9, byKey); pos != 4 || found {
		fail("BinarySearchFunc(9)", pos, found)
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}
