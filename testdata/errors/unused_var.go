// errorcheck

// Local variables that are declared but never used.
package main

func main() {
	x := 1       // ERROR "x declared but not used"
	var y int    // ERROR "y declared but not used"
	a, b := 2, 3 // ERROR "a declared but not used"
	_ = b
	z := 4 // ERROR "z declared but not used"
	z = 5  // assigned but never read still counts as unused
}
