// errorcheck -lang=go1.8

// Type aliases need go1.9, at package level and in functions.
package p

type A = int // ERROR "type aliases requires go1.9 or later"

func f() {
	type B = string // ERROR "type aliases requires go1.9 or later"
	var _ B
}
