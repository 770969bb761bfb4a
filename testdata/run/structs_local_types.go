// Local type declarations: two functions' types of the same name are different types (in
// interfaces, comparisons and type switches), and a local type may be recursive.
package main

import "fmt"

func first() interface{} {
	type T struct{ a int }
	return T{1}
}

func second() interface{} {
	type T struct{ a int }
	return T{1}
}

func kind(x interface{}) string {
	type T struct{ a int }
	switch x.(type) {
	case T:
		return "kind's T"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	fmt.Println(first() == second(), first() == first(), second() == second())
	fmt.Println(kind(first()), kind(3))
	type node struct {
		v    int
		next *node
	}
	var list *node
	for i := 1; i <= 3; i++ {
		list = &node{i, list}
	}
	total := 0
	for n := list; n != nil; n = n.next {
		total = total*10 + n.v
	}
	fmt.Println(total)
	type pair [2]string
	p := pair{"x", "y"}
	q := p
	q[1] = "z"
	fmt.Println(p[1], q[1], p == pair{"x", "y"})
}
