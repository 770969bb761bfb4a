// Package strconv converts between strings and the basic data types: integers, floats,
// booleans, complex numbers and quoted Go string and rune literals. Its results and error
// values are those of gc's strconv (Go 1.22 API): float formatting is the shortest
// round-trip or correctly rounded decimal, parsing is correctly rounded.
package strconv

// IntSize is the size in bits of an int or uint value.
const IntSize = 32 << (^uint(0) >> 63)
