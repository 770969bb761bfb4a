// A goroutine moves to another OS thread in the middle of a function compiled at -O2, with
// values live across the call, and afterwards still finds its own G (docs/abi.md, "The
// current G"): the runtime hooks read the thread-local current G afresh on the new thread,
// and generated code that read it through a cached thread pointer would see the old
// thread's slot, which the runtime clears when the goroutine leaves.
package main

// Runtime test hooks (ergo only): ergotest_migrate moves the calling goroutine to another
// thread and returns that thread's id.
//
//go:linkname migrate runtime.ergotest_migrate
func migrate() int

//go:linkname gid runtime.ergotest_gid
func gid() int

//go:linkname tid runtime.ergotest_tid
func tid() int

var sink int

// Values computed before the move are used after it: they live in callee-saved registers
// or in the frame across the call.
func work(n int, name string) (int, string) {
	a, b, c, d, e := n*3, n*5+1, n*7+2, n*11, n*13
	s := name + "!"
	me := gid()
	before := tid()
	after := migrate()
	if after == before {
		println("migrate did not change the thread:", before)
		return 0, ""
	}
	if tid() != after {
		println("running on", tid(), "not on", after)
		return 0, ""
	}
	if gid() != me {
		println("goroutine", gid(), "is not", me)
		return 0, ""
	}
	sink = a
	return a + b + c + d + e, s + name
}

func main() {
	if gid() != 1 {
		println("main is goroutine", gid())
		return
	}
	start := tid()
	seen := start
	for i := 1; i <= 20; i++ {
		n, s := work(i, "go")
		if n != 39*i+3 || s != "go!go" {
			println("round", i, "got", n, s)
			return
		}
		if tid() == seen {
			println("round", i, "stayed on", seen)
			return
		}
		seen = tid()
	}
	if gid() != 1 {
		println("main became goroutine", gid())
		return
	}
	println("PASS")
}
