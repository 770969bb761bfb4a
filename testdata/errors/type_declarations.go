// errorcheck

// Composite type declarations, local ones included, and invalid recursive types.
package main

type A B // ERROR "invalid recursive type A"
type B A

type T struct{ a T } // ERROR "invalid recursive type T"

type S1 struct{ b S2 } // ERROR "invalid recursive type S1"
type S2 struct{ a S1 }

type Arr [2]Arr // ERROR "invalid recursive type Arr"

type List struct{ next *List }

type M map[[]int]int // ERROR "invalid map key type \[\]int"

type St struct {
	a int
	a string // ERROR "a redeclared"
}

type I interface {
	m()
	m() // ERROR "duplicate method m"
}

type J interface {
	I
	n() int
}

type Bad [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"

var n = 3

type Bad3 [n]int // ERROR "invalid array length n"

type C chan<- int

func main() {
	type Local struct{ next *Local }
	type Self struct{ s Self } // ERROR "invalid recursive type Self"
	var l Local
	_ = l.next
}
