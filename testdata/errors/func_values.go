// errorcheck

// Function types and literals: comparisons, assignability, calls of func values, and the
// checks inside a literal's body.
package main

func main() {
	var f func(int) int
	var g func()
	_ = f == g // ERROR "invalid operation: f == g \(mismatched types func\(int\) int and func\(\)\)"
	_ = f != f // ERROR "invalid operation: f != f \(func can only be compared to nil\)"
	_ = f == nil
	var h func(int) = func() {} // ERROR "cannot use .*func\(\).* as type func\(int\) in variable declaration"
	_ = h
	f(1, 2) // ERROR "too many arguments in call to f"
	g(3)    // ERROR "too many arguments in call to g"
	k := func() int {
		unused := 1 // ERROR "unused declared but not used"
	} // ERROR "missing return"
	_ = k
	var n int = func() int { return 1 } // ERROR "cannot use .*func\(\) int.* as type int in variable declaration"
	_ = n
}
