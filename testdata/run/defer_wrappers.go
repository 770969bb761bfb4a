// Deferred calls with arguments or results run through a closure that the compiler makes;
// recover in the called function still counts as called by the deferred function, while a
// function that it calls in turn gets nil.
package main

import "fmt"

func h() int {
	fmt.Println("h recovered:", recover())
	return 1
}

func hv(x int) {
	fmt.Println("hv recovered:", recover(), x)
}

func inner() { fmt.Println("inner recovered:", recover()) }

func outer(x int) { inner() }

func a() {
	defer h()
	panic("a")
}

func b() {
	f := hv
	defer f(7)
	panic("b")
}

func c() {
	defer func() { fmt.Println("c's catch:", recover()) }()
	defer outer(1)
	panic("c")
}

func main() {
	a()
	b()
	c()
}
