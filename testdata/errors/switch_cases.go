// errorcheck

// Duplicate switch cases and names that must be functions.
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
}
