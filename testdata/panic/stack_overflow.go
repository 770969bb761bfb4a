// Unbounded recursion ends with gc's stack overflow report, not a crash: the prologue checks
// add segments until the goroutine's stacks reach 1,000,000,000 bytes.
package main

var last int

func f(n int) int {
	r := f(n+1) + 1
	last = n
	return r
}

func main() {
	println(f(0))
}
