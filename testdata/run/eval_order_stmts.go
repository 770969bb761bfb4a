// gc's evaluation order in statements other than calls: assignments, definitions,
// returns, conditions, composite literals, defer. Calls first, plain reads after, except
// for deferred calls' arguments, which are evaluated strictly left to right.
package main

import "fmt"

var g = 1

func f() int { g++; return 10 }

type S struct{ a, b int }

var arr [4]int

func ret() (int, int) { return g, f() }

func show(x []int) {
	for _, v := range x {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func main() {
	g = 1
	x := []int{g, f(), g}
	show(x)
	g = 1
	y := S{g, f()}
	fmt.Println(y.a, y.b)
	g = 1
	z := [2]int{g, f()}
	fmt.Println(z[0], z[1])
	g = 1
	mm := map[int]int{g: f()}
	for k, v := range mm {
		fmt.Println(k, v)
	}
	g = 1
	a, b := g, f()
	fmt.Println(a, b)
	g = 1
	var c, d = g, f()
	fmt.Println(c, d)
	g = 1
	a, b = g, f()
	fmt.Println(a, b)
	g = 1
	fmt.Println(ret())
	g = 1
	e := g + f()
	fmt.Println(e)
	g = 1
	e = f() + g
	fmt.Println(e)
	g = 1
	e = g*100 + f()
	fmt.Println(e)
	g = 1
	g += f()
	fmt.Println(g)
	g = 1
	arr = [4]int{}
	arr[g] = f()
	show(arr[:])
	g = 1
	arr = [4]int{}
	arr[g] += f()
	show(arr[:])
	g = 1
	if g == f()-8 {
		fmt.Println("if: new g")
	} else {
		fmt.Println("if: old g")
	}
	g = 1
	switch g + f() {
	case 12:
		fmt.Println("switch: new g")
	case 11:
		fmt.Println("switch: old g")
	}
	g = 1
	k := 0
	for k = 0; k < 3 && g+f() < 13; k++ {
	}
	fmt.Println("for:", k, g)
	g = 1
	sl := []int{5, 6, 7}
	h := func() int { sl = []int{1}; return 0 }
	fmt.Println(len(sl[1:]), h(), len(sl))
	g = 1
	defer fmt.Println("defer", g, f(), g)
	g = 1
	func(a, b int) { fmt.Println("literal", a, b) }(g, f())
}
