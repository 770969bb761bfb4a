// errorcheck

// Duplicate switch cases, misplaced fallthrough, and names that must be functions. The
// misplaced fallthrough is found by the parser: gc still type-checks the file and prints it
// with the type errors.
package main

var init = 1 // ERROR "cannot declare init - must be func"

func main() {
	x := 1
	switch x {
	case 1, 2, 1: // ERROR "duplicate case 1"
	}
	var v any = x
	switch v.(type) {
	case int, string:
	case int: // ERROR "duplicate case int in type switch"
	}
	switch x {
	case 0:
		if x == 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 1:
	}
}
