// go statements (docs/abi.md, "Go-to-Go calls and function values"): `go f(args)` evaluates
// f and its arguments in the calling goroutine and starts a goroutine that runs a closure over
// them (runtime.newproc); `go fv()` of a func() value starts the value itself. Each goroutine
// has its own stack and defers, and may recover its own panics. The scheduler is entered with
// runtime.Gosched. Self-checking: prints PASS.
package main

//go:linkname gosched runtime.Gosched
func gosched()

var done int
var sum int
var order []int

func worker(id int, weight int) {
	sum += id * weight
	order = append(order, id)
	done++
}

// deep recurses on the goroutine's own stack, then records.
func deep(n int) int {
	if n == 0 {
		return 0
	}
	r := deep(n-1) + 1
	sum += 0 * r
	return r
}

func recovering(id int) {
	defer func() {
		if r := recover(); r != nil && r.(string) == "goroutine panic" {
			sum += 1000
		}
		done++
	}()
	panic("goroutine panic")
}

func main() {
	x := 5
	for i := 1; i <= 3; i++ {
		go worker(i, x) // arguments evaluated now: x is 5 for all three
	}
	x = 100
	k := 7
	go func() {
		sum += k * 10
		done++
	}()
	f := func() { sum += deep(100000); done++ }
	go f()
	go recovering(9)
	for i := 0; i < 1000 && done < 6; i++ {
		gosched()
	}
	want := (1+2+3)*5 + 70 + 100000 + 1000
	if done != 6 || sum != want {
		println("done", done, "sum", sum, "want", want)
		return
	}
	if len(order) != 3 {
		println("workers", len(order))
		return
	}
	println("PASS")
}
