// Package cmp provides the constraint Ordered and functions comparing values of ordered
// types (Go 1.22's API).
package cmp

// Ordered is the set of types whose values the operators < <= >= > order: integers,
// floating-point numbers and strings.
//
// For floating-point types a NaN is unordered by those operators; Less and Compare order
// every NaN before all other values and treat NaNs as equal to each other.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x is less than y. A NaN is less than any non-NaN, and -0.0 is not
// less than 0.0.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1 if x is less than y, 0 if they are equal and +1 if x is greater, with
// the order of Less: NaN is below every other value and equal to NaN, -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN || x < y:
		return -1
	case yNaN || x > y:
		return +1
	}
	return 0
}

// isNaN reports whether x is a NaN; for the non-float types of Ordered it is always false.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns the first of its arguments that is not the zero value, or the zero value when
// every argument is zero (or there is none).
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
