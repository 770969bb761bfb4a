// errorcheck

// Constant specs pair names with values (inherited ones included); array lengths may be
// untyped constants of any kind whose value is an integer; a wrong init signature still
// types its body.
package p

const (
	A int = 1
	B byte // ERROR "missing init expr for B"
)

const (
	D, E = 1 // ERROR "missing init expr for E"
	F, G = 1, 2, 3 // ERROR "extra init expr 3"
	H, I // ERROR "extra init expr at"
)

var (
	_ [10.0]int
	_ [10 + 0i]int
	_ [float64(10)]int // ERROR "array length float64\(10\) \(constant 10 of type float64\) must be integer"
)

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func f() {
	byte = 0 // ERROR "byte \(type\) is not an expression"
}
