// errorcheck

// A fallthrough must be a case clause's own last statement, not one inside a nested block.
// gc reports this while parsing, together with any type errors; this file has none.
package main

func main() {
	x := 1
	switch x {
	case 0:
		if x == 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 1:
	}
}
