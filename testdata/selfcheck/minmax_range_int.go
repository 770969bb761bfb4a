// Go 1.21's min and max builtins and Go 1.22's range over integers. go 1.19 cannot run this
// program, so it checks itself against values worked out from the spec and prints PASS.
package main

import "fmt"

var failures = 0

func check(what string, got, want int) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func checkString(what string, got, want string) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func main() {
	a, b, c := 3, -1, 7
	// "min returns the smallest of its arguments"; constants fold at compile time.
	check("min(a, b, c)", min(a, b, c), -1)
	check("max(a, b, c)", max(a, b, c), 7)
	check("min(a)", min(a), 3)
	check("max(a, 10)", max(a, 10), 10)
	const k = min(4, 2, 8)
	check("const min", k, 2)
	var u uint8 = 200
	check("max(u, 100)", int(max(u, 100)), 200)
	check("min(u, 10)", int(min(u, 10)), 10)
	// Strings are ordered bytewise.
	checkString("max of strings", max("x", "abc", "y"), "y")
	checkString("min of strings", min("b", "ab", "abc"), "ab")

	// range over an integer n yields 0, 1, ..., n-1.
	sum, count := 0, 0
	for i := range 5 {
		sum += i
		count++
	}
	check("range 5 sum", sum, 10)
	check("range 5 count", count, 5)
	for range 0 {
		check("range 0 runs", 1, 0)
	}
	var n int8 = 3
	last := int8(-1)
	for i := range n {
		last = i // i has n's type, int8
	}
	check("range int8 last", int(last), 2)

	if failures == 0 {
		fmt.Println("PASS")
	}
}
