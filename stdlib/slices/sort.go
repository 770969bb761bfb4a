package slices

import "cmp"

// Sort sorts x in ascending order. Floating-point NaNs are ordered before all other values.
// Equal elements end where gc's pattern-defeating quicksort puts them.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	pdqsort(x, 0, n, bitLen(uint(n)), orderedLess[E]{})
}

// SortFunc sorts x in ascending order as cmp orders it: cmp(a, b) is negative when a < b,
// positive when a > b and zero when they are equal. cmp must be a strict weak ordering. The
// sort is not stable; equal elements end in the order gc's sort leaves them.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsort(x, 0, n, bitLen(uint(n)), funcLess[E]{cmp})
}

// SortStableFunc sorts x as SortFunc does, keeping equal elements in their original order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableSort(x, funcLess[E]{cmp})
}

// IsSorted reports whether x is sorted in ascending order (NaNs first).
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order as cmp orders it.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// The orders the sorting algorithms are instantiated with: a type argument rather than a func
// value, so that each sort is compiled with its comparison inlined.
type lessOrder[E any] interface {
	less(a, b E) bool
}

type orderedLess[E cmp.Ordered] struct{}

func (orderedLess[E]) less(a, b E) bool { return cmp.Less(a, b) }

type funcLess[E any] struct{ cmp func(a, b E) int }

func (f funcLess[E]) less(a, b E) bool { return f.cmp(a, b) < 0 }

// bitLen is the number of bits needed to represent x (math/bits.Len).
func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}
