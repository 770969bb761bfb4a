// A goroutine moves to another OS thread in the middle of a function compiled at -O2, with
// values live across the call, and afterwards still finds its own G (docs/abi.md, "The
// current G"): the runtime hooks read the thread-local current G afresh on the new thread,
// and so does generated code after the move (the inlined stack check of `next` at -O2, the
// prologues of `descend` and runtime.morestack); code that read it through a cached thread
// pointer would see the old thread's slot, which the runtime clears when the goroutine
// leaves, and fault.
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

// Small enough for -O2 to inline into work after the move: its stack check (a fresh read of
// the G from the new thread's TLS) then runs in the middle of work's own code.
func next(x int) int {
	return x + 1
}

// Recursion deep enough to leave the first stack segment after the move: the prologue
// checks and runtime.morestack then work with the G as seen from the new thread.
func descend(n int) int {
	if n == 0 {
		return 0
	}
	d := descend(n-1) + 1
	sink = n
	return d
}

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
	if next(n) != n+1 || descend(5000) != 5000 {
		println("generated code after the move went wrong")
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
