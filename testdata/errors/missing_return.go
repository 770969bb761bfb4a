// errorcheck

// Functions with results whose bodies can fall off the end.
package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func loop(n int) int {
	for n > 0 {
		return n
	}
} // ERROR "missing return"

// Not errors: terminating statements.
func forever() int {
	for {
	}
}

func both(b bool) string {
	if b {
		return "yes"
	} else {
		return "no"
	}
}

func main() {
	_ = sign(1) + loop(1) + forever()
	_ = both(true)
}
