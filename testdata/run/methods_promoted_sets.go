// Method sets through embedding: a value holds the pointer methods of an embedded type only
// through an embedded pointer; *T holds them all. Assertions, itabs, method values and
// expressions, and receivers that are elements, map entries and call results.
package main

import "fmt"

type A struct{ n int }

func (a *A) Set(v int) { a.n = v }
func (a A) Get() int   { return a.n }

type B struct{ A }
type C struct{ B }
type D struct{ *B }

type Setter interface{ Set(int) }
type Getter interface{ Get() int }
type SG interface {
	Setter
	Getter
}

type E struct {
	Getter
	x int
}

func describe(name string, v any) {
	_, s := v.(Setter)
	_, g := v.(Getter)
	fmt.Println(name, s, g)
}

func main() {
	var c C
	describe("C", c)
	describe("*C", &c)
	d := D{&B{A{1}}}
	describe("D", d)
	describe("*D", &d)
	var sg SG = &c
	sg.Set(5)
	fmt.Println(sg.Get(), c.Get(), c.B.A.n)
	sg = d
	sg.Set(7)
	fmt.Println(d.Get(), sg.Get())
	e := E{c, 3}
	describe("E", e)
	fmt.Println(e.Get())
	f := (*C).Set
	f(&c, 9)
	fmt.Println(C.Get(c), D.Get(d))
	g := c.Set
	g(11)
	fmt.Println(c.n)
	var arr [2]C
	arr[1].Set(4)
	fmt.Println(arr[1].Get())
	ptrs := []*C{&c}
	ptrs[0].Set(12)
	fmt.Println(ptrs[0].Get())
	m := map[string]C{"a": c}
	fmt.Println(m["a"].Get())
	fmt.Println(makeC().Get())
}

func makeC() C { return C{B{A{99}}} }
