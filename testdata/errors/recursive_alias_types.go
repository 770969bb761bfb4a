// errorcheck

// Cycles through aliases: an alias is transparent, so a cycle through a defined type is
// reported at that type alone; a local alias of itself is a cycle.
package p

type I1 = interface {
	I2
}

type I2 interface { // ERROR "invalid recursive type I2"
	I1
}

func f() {
	type T = T // ERROR "invalid recursive type T"
}
