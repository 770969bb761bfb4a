// A panic's goroutine trace names the frames as gc prints them: methods with value and
// pointer receivers, a function literal, a deferred call that panics again, a generic
// instance. tools/trace_check.py compares the function lines of ergo's trace with go 1.19's.
package main

type T struct{ n int }

//go:noinline
func (t T) value() int {
	var s []int
	return s[t.n]
}

//go:noinline
func (t *T) pointer() int { return t.value() }

//go:noinline
func generic[E any](x E, f func(E) int) int { return f(x) }

//go:noinline
func run() int {
	t := &T{n: 3}
	return generic(t, func(p *T) int { return p.pointer() })
}

func main() {
	println(run())
}
