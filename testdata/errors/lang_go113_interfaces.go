// errorcheck -lang=go1.13

// Before go1.14 embedded interfaces may not overlap, even with identical methods.
package p

type A interface{ M() }
type B interface{ M() }

type C interface {
	A
	B // ERROR "duplicate method M"
}

type D interface {
	A // ERROR "duplicate method M"
	M()
}
