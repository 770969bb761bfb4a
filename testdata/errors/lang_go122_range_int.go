// errorcheck -lang=go1.22

// go1.22 ranges over integers: the one iteration variable has the integer's type.
package p

func f(n int8) {
	for i := range n {
		var _ int8 = i
	}
	for i := range 10 {
		var _ int = i
	}
	for i, j := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	for i := range n {
		var _ string = i // ERROR "cannot use i \(variable of type int8\) as type string in variable declaration"
	}
}
