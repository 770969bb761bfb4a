// errorcheck

// A constant that refers to itself, and a constant that cannot be an error value.
package main

const a = a // ERROR "initialization loop for a"

func f() error {
	return 0 // ERROR "cannot use 0 \(constant of type int\) as type error in return statement"
}

func main() {
	_ = f()
}
