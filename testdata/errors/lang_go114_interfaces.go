// errorcheck -lang=go1.14

// From go1.14 embedded interfaces may overlap when the methods are identical.
package p

type A interface{ M() }
type B interface{ M() }
type E interface{ M() int }

type C interface {
	A
	B
}

type D interface {
	A
	E // ERROR "duplicate method M"
}
