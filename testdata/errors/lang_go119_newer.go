// errorcheck -lang=go1.19

// Before go1.20 interfaces do not satisfy comparable and slices do not convert to arrays;
// before go1.21 there are no min, max and clear; before go1.22 no range over integers.
package p

func Eq[T comparable](a, b T) bool { return a == b }

var _ = Eq[interface{ M() }] // ERROR "interface{M\(\)} does not implement comparable"

func conv(s []int) [4]int {
	return [4]int(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type \[4\]int"
}

func newer(m map[int]int) {
	clear(m)      // ERROR "undefined: clear"
	_ = min(1, 2) // ERROR "undefined: min"
	_ = max(1, 2) // ERROR "undefined: max"
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
}
