// gc evaluates the calls (and other call-like operands) of an argument list first, left to
// right, and reads plain operands afterwards: a call that changes a variable is seen by the
// reads of that variable anywhere in the list.
package main

import "fmt"

var g = 1

func f() int { g++; return 10 }

func sink(a ...int) {
	fmt.Println(len(a), a[0], a[1], a[len(a)-1])
}

func sink2(a, b int) { fmt.Println(a, b) }

type S struct{ a, b int }

func (s S) sum(x int) int { return s.a + s.b + x }

var arr = [3]int{1, 2, 3}
var sl = []int{1, 2, 3}
var m = map[int]int{0: 1}
var p = &S{1, 2}

func setArr() int { arr[0] = 100; return 0 }
func setSl() int  { sl[0] = 100; return 0 }
func newSl() int  { sl = []int{7, 7, 7, 7}; return 0 }
func setM() int   { m[0] = 100; return 0 }
func setP() int   { p.a = 100; return 0 }
func swapP() int  { p = &S{200, 300}; return 0 }
func two(a, b int) int { g += 5; return a*10 + b }

func main() {
	g = 1
	sink(g, f(), g)
	g = 1
	sink(g+0, f(), g*3)
	g = 1
	sink2(g+f(), g)
	g = 1
	sink2(-g, f())
	arr = [3]int{1, 2, 3}
	sink(arr[0], setArr(), arr[0])
	sl = []int{1, 2, 3}
	sink(sl[0], setSl(), sl[0])
	sl = []int{1, 2, 3}
	sink(sl[0], newSl(), sl[0])
	sl = []int{1, 2, 3}
	// len is call-like: evaluated in order with the calls.
	sink(len(sl), newSl(), len(sl))
	m = map[int]int{0: 1}
	sink(m[0], setM(), m[0])
	p = &S{1, 2}
	sink(p.a, setP(), p.a)
	p = &S{1, 2}
	sink(p.a, swapP(), (*p).b)

	// Nested calls: inner arguments follow the same rule inside their call.
	g = 1
	sink(g, two(g, f()), g)

	// Locals changed by closures, through pointers too.
	l := 1
	fl := func() int { l++; return 10 }
	sink(l, fl(), l)
	l = 1
	lp := &l
	sink(*lp, fl(), *lp)

	// A value receiver is read with the arguments.
	s := S{1, 2}
	bump := func() int { s.a = 50; return 1 }
	fmt.Println(s.sum(bump()))

	// Strings: concatenation reads late, a conversion to []rune is call-like.
	str := "a"
	sf := func() string { str = "b"; return "c" }
	fmt.Println(str+sf(), str)
	str = "ab"
	sr := func() int { str = "xyz"; return 0 }
	sink(len([]rune(str)), sr(), len(str))

	// fmt.Println's ...any: an operand that gc boxes through its address (bools, int8s,
	// structs) and that is not a variable is copied where the order pass meets it.
	g = 1
	fmt.Println(g, f())
	g = 1
	fmt.Println(g == 2, f())
	g = 1
	fmt.Println(int8(g), f())
	g = 1
	fmt.Println(S{g, 0}.a, f())
	// A bool a closure shares lives on the heap: no longer a plain name to gc's order pass.
	g = 1
	b := g == 1
	bf := func() int { b = false; return 0 }
	fmt.Println(b, bf())

	// println too.
	g = 1
	println(g, f())
}
