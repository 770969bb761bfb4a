// Tracebacks hide the frames the compiler adds (docs/abi.md, "Names and positions"), as gc
// hides its own: the wrapper closures of `defer f(x)` and `go f(x)`, and on a stack segment
// boundary the morestack trampoline together with the frame that ran out of stack in its
// prologue. So the frames above f are the ones gc prints: the deferring function, nothing
// for a goroutine's entry, and each recursive call once. Self-checking: prints PASS.
package main

//go:linkname callerName runtime.ergotest_callername
func callerName(skip int) string

//go:linkname callerLine runtime.ergotest_callerline
func callerLine(skip int) int

//go:linkname gosched runtime.Gosched
func gosched()

var failed bool

//go:noinline
func expect(what string, skip int, name string, line int) {
	// skip+1: the frame `skip` levels above expect's caller.
	gotName, gotLine := callerName(skip+1), callerLine(skip+1)
	if gotName != name || (line != 0 && gotLine != line) {
		println(what, "frame", skip, "want", name, line, "got", gotName, gotLine)
		failed = true
	}
}

// Called through the wrapper of `defer deferred(1)` when viaDefer returns.
func deferred(x int) {
	expect("defer", 0, "main.deferred", 31)
	expect("defer", 1, "main.viaDefer", 39) // at the closing brace, as gc
	expect("defer", 2, "main.main", 88)
}

func viaDefer() {
	defer deferred(1)
	sink++
}

// Called through the wrapper by viaDeferPanicking's landing pad while a panic unwinds it.
// (The landing pad has no source line, so its frame is hidden too: the panic report shows
// the panic site's frames, captured before unwinding, instead.)
func deferredRecovering(x int) {
	if callerName(1) == "main.viaDeferPanicking.deferwrap1" {
		println("defer during panic: the wrapper is visible")
		failed = true
	}
	recover()
}

func viaDeferPanicking() {
	defer deferredRecovering(2)
	panic("unwinding")
}

var done bool

// The body of `go started(3)`: gc shows no frame above it (`created by` is another line).
func started(x int) {
	expect("go", 0, "main.started", 61)
	expect("go", 1, "", 0)
	done = true
}

var sink int

// rec recurses to depth n, then bottom checks the frames above it. main runs every depth up
// to 4100: at 16 bytes or more per frame, the recursion crosses the end of the 64 KiB first
// stack segment, and at some depth the crossing lies right above bottom.
func rec(n int) int {
	if n == 0 {
		bottom()
		return 0
	}
	r := rec(n-1) + 1
	sink = r
	return r
}

//go:noinline
func bottom() {
	expect("segment", 1, "main.rec", 73)
	expect("segment", 2, "main.rec", 76)
}

func main() {
	viaDefer()
	viaDeferPanicking()
	go started(3)
	for i := 0; i < 100 && !done; i++ {
		gosched()
	}
	if !done {
		println("the goroutine did not run")
		failed = true
	}
	for n := 2; n < 4100 && !failed; n++ {
		rec(n)
	}
	if !failed {
		println("PASS")
	}
}
