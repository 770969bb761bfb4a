// Function values and closures: counters, captured variables shared with their function,
// func values in slices and interfaces, recursion through a func variable, nested literals,
// literals in package initialisers, named func types, comparisons with nil.
package main

import "fmt"

var double = func(x int) int { return x * 2 }

var table = []func(int) int{double, square, func(x int) int { return -x }}

func square(x int) int { return x * x }

func apply(f func(int) int, x int) int { return f(x) }

func counter(start int) (func() int, func()) {
	n := start
	next := func() int {
		n++
		return n
	}
	reset := func() { n = start }
	return next, reset
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

type binop func(a, b int) int

func fold(xs []int, init int, f binop) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func main() {
	next, reset := counter(10)
	next()
	next()
	fmt.Println("counter:", next())
	reset()
	fmt.Println("after reset:", next())

	for i, f := range table {
		fmt.Println("table", i, f(7), apply(f, 3))
	}

	k := 100
	addK := func(x int) int { return x + k }
	k = 200 // the closure shares k
	fmt.Println("addK:", addK(1))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib:", fib(25))

	fmt.Println("compose:", compose(double, square, addK)(3), compose()(5))
	fmt.Println("fold:", fold([]int{1, 2, 3, 4}, 0, func(a, b int) int { return a + b }),
		fold([]int{1, 2, 3, 4}, 1, func(a, b int) int { return a * b }))

	dm := divmod
	q, r := dm(17, 5)
	fmt.Println("divmod:", q, r)

	a := adder()
	for _, x := range []int{1, 2, 3} {
		a(x)
	}
	fmt.Println("adder:", a(0))

	x := 1
	func() {
		x++
		func() {
			x *= 10
			func() { x += 3 }()
		}()
	}()
	fmt.Println("nested:", x)

	var nilf func()
	var o binop
	fmt.Println("nil:", nilf == nil, o == nil, fib != nil, addK == nil)

	var boxed any = square
	if f, ok := boxed.(func(int) int); ok {
		fmt.Println("boxed:", f(12))
	}
	_, isOther := boxed.(func() int)
	fmt.Println("other:", isOther)

	msg := "captured"
	say := func(suffix string) string { return msg + suffix }
	fmt.Println(say("!"), say("?"))

	// Each call of a literal makes a new closure over the current variables.
	var makers []func() string
	for _, w := range []string{"a", "b", "c"} {
		word := w
		makers = append(makers, func() string { return word + word })
	}
	for _, m := range makers {
		fmt.Print(m(), " ")
	}
	fmt.Println()
}
