package sort

import (
	"math/bits"
	"reflect"
)

// lessSwap adapts a less function and a swapper to Interface, so that Slice and Sort share
// one implementation and make the same calls.
type lessSwap struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (d *lessSwap) Len() int           { return d.n }
func (d *lessSwap) Less(i, j int) bool { return d.less(i, j) }
func (d *lessSwap) Swap(i, j int)      { d.swap(i, j) }

// lengthOf returns the length of the slice x, panicking as gc does if x is not a slice.
func lengthOf(x any) int {
	return reflect.ValueOf(x).Len()
}

// Slice sorts the slice x given the provided less function. It panics if x is not a slice.
// The sort is not guaranteed to be stable: equal elements may be reversed from their
// original order. For a stable sort, use SliceStable. The less function must satisfy the
// same requirements as the Interface type's Less method.
func Slice(x any, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	length := lengthOf(x)
	limit := bits.Len(uint(length))
	if length <= 1 {
		return
	}
	pdqsort(&lessSwap{length, less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in
// their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := lengthOf(x)
	stable(&lessSwap{n, less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less
// function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lengthOf(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
