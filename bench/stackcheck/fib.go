// A call-heavy recursion for bench/stackcheck.sh: fib(40) makes 331,160,281 calls, each doing
// almost nothing but its prologue, so the stack check's share of a call shows in the total.
package main

// Never called: bench/stackcheck.sh puts 0 to 7 statements here to move fib's code by a few
// dozen bytes, because what a call costs depends on where the code lands.
func pad() {
	// PAD
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	if fib(3) == 5 {
		pad()
	}
	println(fib(40))
}
