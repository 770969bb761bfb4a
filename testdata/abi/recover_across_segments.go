// Recovering panics raised many stack segments deeper (docs/abi.md, "Defer, panic,
// recover"): a recursion 200,000 frames deep spans several segments (64 KiB, 128 KiB,
// 256 KiB, ...), so the unwinder crosses segment boundaries through the morestack
// trampolines, each of which leaves its segment (runtime.lessstack) on the way. Proven for a
// panic(v), for a runtime error raised inside a runtime entry (the bounds check's
// runtime.panicIndex), for deferred calls at many depths, and for a deferred call that
// recovers and panics again halfway up. Self-checking: prints PASS.
package main

var sink int
var failed bool

func fail(what string) {
	println("FAIL:", what)
	failed = true
}

// down recurses n frames, then panics; the store after the call keeps -O2 from turning the
// recursion into a loop.
func down(n int) int {
	if n == 0 {
		panic("deep")
	}
	r := down(n-1) + 1
	sink = r
	return r
}

// downIndex recurses n frames, then indexes out of range.
func downIndex(n int, s []int) int {
	if n == 0 {
		return s[len(s)+1]
	}
	r := downIndex(n-1, s) + 1
	sink = r
	return r
}

var ran int

// downDefers defers a call every 1000 frames on the way down.
func downDefers(n int) int {
	if n%1000 == 0 {
		defer func() { ran++ }()
	}
	if n == 0 {
		panic("counted")
	}
	r := downDefers(n-1) + 1
	sink = r
	return r
}

// midRepanic recovers the panic from the bottom at depth `at` and panics again.
func midRepanic(n, at int) int {
	if n == at {
		defer func() {
			r := recover()
			panic(r.(string) + " rethrown")
		}()
	}
	if n == 0 {
		panic("bottom")
	}
	r := midRepanic(n-1, at) + 1
	sink = r
	return r
}

// depth recurses without panicking: the segments left by the unwinds can be used again.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	d := depth(n-1) + 1
	sink = n
	return d
}

// recovered runs f and returns the value its panic carried (nil if none).
func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	for round := 0; round < 3; round++ {
		r := recovered(func() { down(200000) })
		if s, ok := r.(string); !ok || s != "deep" {
			fail("panic(v) 200,000 frames deeper")
		}
	}

	r := recovered(func() { downIndex(200000, []int{1, 2, 3}) })
	if _, isString := r.(string); r == nil || isString {
		fail("runtime error 200,000 frames deeper")
	}

	r = recovered(func() { downDefers(200000) })
	if s, ok := r.(string); !ok || s != "counted" {
		fail("panic through deferred calls")
	}
	if ran != 201 {
		println("deferred calls run:", ran)
		fail("every deferred call on the way up runs once")
	}

	r = recovered(func() { midRepanic(200000, 100000) })
	if s, ok := r.(string); !ok || s != "bottom rethrown" {
		fail("re-panic from a deferred call 100,000 frames deeper")
	}

	if d := depth(300000); d != 300000 {
		fail("deep recursion after the unwinds")
	}
	if !failed {
		println("PASS")
	}
}
