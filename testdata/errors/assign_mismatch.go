// errorcheck

// The number of variables must match the number of values.
package main

func one() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	a, b := one()    // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := two()       // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	d, e := 1, 2, 3  // ERROR "assignment mismatch: 2 variables but 3 values"
	var f, g int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
