// recover must work when the deferred function that calls it runs on a new stack segment: it
// was then called through its morestack trampoline, so its caller's frame is the
// trampoline's, not the deferring function's (docs/abi.md: "A call that went through a
// morestack trampoline is recognised by its segment record"). Recursions of every depth up to
// past the first segment's boundary, each ending in a small chain of frames of different
// sizes, make every function around the panic and the recover be the one that crosses it.
// Self-checking: prints PASS.
package main

var sink int
var failures int

func bottom() (ok bool) {
	defer func() {
		ok = recover() != nil
	}()
	panic("edge")
}

// Frames of different sizes between the recursion and bottom, to hit every alignment.
func shim1(a int) bool                   { sink = a; return bottom() }
func shim2(a, b, c int) bool             { sink = a + b + c; return shim1(a) }
func shim3(a, b, c, d, e, f, g int) bool { sink = a + b + c + d + e + f + g; return shim2(a, b, c) }

func rec(n, m int) int {
	if n == 0 {
		ok := false
		switch m {
		case 0:
			ok = bottom()
		case 1:
			ok = shim1(1)
		case 2:
			ok = shim2(1, 2, 3)
		default:
			ok = shim3(1, 2, 3, 4, 5, 6, 7)
		}
		if !ok {
			failures++
		}
		return 0
	}
	r := rec(n-1, m) + 1
	sink = r
	return r
}

func main() {
	for n := 0; n < 4000; n++ {
		for m := 0; m < 4; m++ {
			rec(n, m)
		}
	}
	if failures > 0 {
		println("not recovered:", failures)
		return
	}
	println("PASS")
}
