// A panic in a goroutine started by `go f(x)`: gc shows f, hides the go statement's wrapper,
// and ends with `created by` and the go statement's line.
package main

//go:linkname gosched runtime.Gosched
func gosched()

func f(x int) {
	if x > 0 {
		panic("in a goroutine") // line 10
	}
}

func main() {
	go f(1) // line 15
	for {
		gosched()
	}
}
