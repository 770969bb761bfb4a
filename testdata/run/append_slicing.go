// run

// append forms, slicing expressions and the sharing of backing arrays.
package main

import "fmt"

func show(name string, s []int) {
	fmt.Print(name, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(v)
	}
	fmt.Println("]")
}

func main() {
	a := make([]int, 3, 10)
	show("a", a)
	a[0], a[1], a[2] = 1, 2, 3
	b := append(a, 4) // fits: shares a's array
	show("b", b)
	c := append(a, 40) // overwrites b[3]
	show("b", b)
	show("c", c)

	d := a[1:3]
	show("d", d)
	d[0] = 20
	show("a", a)
	e := a[:2]
	show("e", e)
	f := a[1:]
	show("f", f)
	g := b[2:4]
	show("g", g)
	h := a[:]
	show("h", h)

	// Append beyond capacity copies.
	s := []int{1, 2}
	t := append(s, 3)
	t[0] = 100
	show("s", s)
	show("t", t)

	// append of a slice to itself and of an empty slice
	u := []int{7, 8, 9}
	u = append(u, u...)
	show("u", u)
	u = append(u, []int{}...)
	show("u", u)
	var none []int
	show("none", none)
	none = append(none, none...)
	show("none", none)
	fmt.Println(none == nil)
	none = append(none, 5)
	show("none", none)

	// make with explicit length only, and a literal
	m := make([]int, 4)
	for i := range m {
		m[i] = i * i
	}
	show("m", m)
	show("m[1:3]", m[1:3])
	lit := []int{5, 4, 3, 2, 1}
	show("lit", lit[1:])
	show("lit", lit[:0])
}
