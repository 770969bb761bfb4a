// 100,000 goroutines, each parked 50 frames deep, cost a bounded amount of memory: every
// goroutine holds a 64 KiB slot of a MAP_NORESERVE slab, of which only the pages its frames
// touched are resident (docs/abi.md, "Stacks"; docs/runtime.md records the measurement).
package main

// Runtime test hooks (ergo only).
//
//go:linkname park runtime.ergotest_park
func park()

//go:linkname unparkall runtime.ergotest_unparkall
func unparkall()

//go:linkname rss runtime.ergotest_rss
func rss() int

//go:linkname gosched runtime.Gosched
func gosched()

const (
	goroutines = 100000
	depth      = 50
	// Resident bytes allowed per idle goroutine: its stack's touched pages (50 small frames
	// fit in one or two 4 KiB pages) and its G.
	maxPerGoroutine = 12 * 1024
)

var parked, finished int

// Written after each call, so that -O2 keeps the recursion.
var last int

func descend(n int) int {
	if n == 0 {
		parked++
		park()
		finished++
		return 0
	}
	d := descend(n-1) + 1
	last = n
	return d
}

func worker() {
	if d := descend(depth); d != depth {
		println("depth", d)
	}
}

func main() {
	before := rss()
	for i := 0; i < goroutines; i++ {
		go worker()
	}
	// The run queue holds every new goroutine ahead of main: each runs until it parks.
	gosched()
	if parked != goroutines {
		println("parked:", parked)
		return
	}
	perGoroutine := (rss() - before) / goroutines
	if perGoroutine > maxPerGoroutine {
		println("resident bytes per idle goroutine:", perGoroutine)
		return
	}
	unparkall()
	gosched()
	if finished != goroutines {
		println("finished:", finished)
		return
	}
	println("PASS")
}
