package slices

import "cmp"

// Equal reports whether s1 and s2 have the same length and equal elements (with ==, so
// NaNs are unequal). Nil and empty slices are equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether s1 and s2 have the same length and eq(s1[i], s2[i]) holds for
// each index, comparing in increasing index order and stopping at the first mismatch.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare, from index 0: the first
// unequal pair decides; when one slice ends first it is the smaller. The result is -1, 0
// or +1.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is Compare with cmp comparing the elements: the first non-zero result of cmp
// is returned as it is.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}
