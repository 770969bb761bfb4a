// Package slices provides generic functions over slices of any element type (Go 1.22's
// API): searching, comparing, editing in place, sorting with gc's algorithms.
//
// Functions that shrink a slice (Delete, DeleteFunc, Compact, CompactFunc, Replace) zero the
// elements between the new and the old length, as Go 1.22 does, so that they do not keep
// garbage alive.
package slices

import "unsafe"

// Clone returns a shallow copy of s (its elements copied by assignment); a nil s gives nil.
// The result may have spare capacity.
func Clone[S ~[]E, E any](s S) S {
	return append(s[:0:0], s...) // s[:0:0] is nil exactly when s is
}

// Grow returns s with capacity for at least n more elements, so that n appends do not
// allocate. It panics if n is negative or the memory cannot be allocated.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity of s: the result is s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice holding the elements of all the slices in order (nil when
// they hold none). It panics if the total length overflows int.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, size)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// overlaps reports whether a and b share memory of their backing arrays.
func overlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	size := unsafe.Sizeof(a[0])
	if size == 0 {
		return false
	}
	aStart, bStart := uintptr(unsafe.Pointer(&a[0])), uintptr(unsafe.Pointer(&b[0]))
	aEnd, bEnd := aStart+uintptr(len(a))*size, bStart+uintptr(len(b))*size
	return aStart < bEnd && bStart < aEnd
}
