// A call-heavy recursion for bench/stackcheck.sh: fib(40) makes 331,160,281 calls, each doing
// almost nothing but its prologue, so the stack check's share of a call shows in the total.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(40))
}
