// errorcheck

// Binary operators need operands of identical types; assignments need assignable types.
package main

import "fmt"

func main() {
	n := 1
	s := "one"
	fmt.Println(n + s)  // ERROR "invalid operation: n \+ s \(mismatched types int and string\)"
	fmt.Println(s == n) // ERROR "invalid operation: s == n \(mismatched types string and int\)"
	var b bool = n      // ERROR "cannot use n \(variable of type int\) as type bool in variable declaration"
	n = "two"           // ERROR "cannot use \x22two\x22 \(untyped string constant\) as int value in assignment"
	fmt.Println(b)
}
