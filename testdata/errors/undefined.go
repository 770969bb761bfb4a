// errorcheck

// References to names that are not declared anywhere.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x + y)  // ERROR "undefined: y"
	z = 3               // ERROR "undefined: z"
	undefinedFunc(x)    // ERROR "undefined: undefinedFunc"
	fmt.Println(u1, u2) // ERROR "undefined: u1" `undefined: u2`
}
