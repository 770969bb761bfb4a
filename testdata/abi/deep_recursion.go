// A recursion 1,000,000 calls deep in the main goroutine and in another goroutine: each
// outgrows its first 64 KiB stack segment many times over, so every call runs the prologue
// check and the deepest ones run on segments that runtime.morestack added (docs/abi.md,
// "Stacks").
package main

// Runtime hook (ergo only): lets the other goroutine run.
//
//go:linkname gosched runtime.Gosched
func gosched()

// Written to after each recursive call, so that -O2 cannot turn the recursion into a loop.
var last int

func depth(n int) int {
	if n == 0 {
		return 0
	}
	d := depth(n-1) + 1
	last = n
	return d
}

// Several arguments and results crossing a segment boundary on the re-call.
func sum3(n, a, b int) (int, int, int) {
	if n == 0 {
		return a, b, a + b
	}
	x, y, z := sum3(n-1, a+1, b+2)
	last = n
	return x, y, z + 1
}

func main() {
	if d := depth(1000000); d != 1000000 {
		println("depth:", d)
		return
	}
	x, y, z := sum3(200000, 0, 0)
	if x != 200000 || y != 400000 || z != 800000 {
		println("sum3:", x, y, z)
		return
	}
	// Back at the top: the segments are left, and a second deep call reuses them.
	if d := depth(500000); d != 500000 {
		println("depth again:", d)
		return
	}
	// The same depth in a goroutine other than main, while main waits on its own stack.
	result := -1
	go func() {
		result = depth(1000000)
	}()
	for result < 0 {
		gosched()
	}
	if result != 1000000 {
		println("goroutine depth:", result)
		return
	}
	println("PASS")
}
