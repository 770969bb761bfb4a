// A variable whose address is taken (explicitly, or by a pointer-receiver method call) may
// change through the pointer, so closures share it rather than copy it (found by progen).
package main

type N int

func (n *N) inc() { *n++ }

func f(a int) (r int) {
	defer func() {
		recover()
		r = a
	}()
	p := &a
	*p = 7
	panic("x")
}

func main() {
	println(f(3))
	var n N
	g := func() N { return n }
	n.inc()
	println(g())
	x := 1
	q := &x
	h := func() int { return x }
	*q = 5
	println(h())
	// The address taken inside the literal.
	b := 1
	func() {
		p := &b
		*p = 7
	}()
	println(b)
	c := 1
	addr := func() *int { return &c }
	*addr() = 9
	println(c)
}
