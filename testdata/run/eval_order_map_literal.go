// A map literal's entries are evaluated key first, then value, entry by entry, as gc does,
// also when both are calls (found by progen: ergo called the value's function first).
package main

var trace []int

//go:noinline
func f(n int) string {
	trace = append(trace, n)
	return string(rune('a' + n))
}

//go:noinline
func g(n int) int {
	trace = append(trace, n)
	return n
}

func main() {
	m := map[string]string{f(1): f(2), f(3): f(4)}
	k := map[int]int{g(5): g(6) + g(7), g(8): 0}
	println(len(m), len(k), m["b"], k[5])
	for _, n := range trace {
		print(n, " ")
	}
	println()
}
