// Pointers: new, &x of locals, fields and elements, &T{...}, *p reads and writes, linked
// structures, pointers shared between closures, local type declarations, zero-size types.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{Val: v, Next: head} }

func length(n *Node) int {
	c := 0
	for ; n != nil; n = n.Next {
		c++
	}
	return c
}

func counter() (func() int, *int) {
	n := 0
	return func() int { n++; return n }, &n
}

func swap(a, b *int) { *a, *b = *b, *a }

type Tree struct {
	Left, Right *Tree
	V           int
}


func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, out *[]int) {
	if t == nil {
		return
	}
	walk(t.Left, out)
	*out = append(*out, t.V)
	walk(t.Right, out)
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 5
	q := p
	*q += 1
	fmt.Println(*p, *q, p == q, p != nil)

	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	var head *Node
	for i := 0; i < 5; i++ {
		head = push(head, i)
	}
	fmt.Println(length(head), head.Val, head.Next.Val, head.Next.Next.Next.Next.Next == nil)

	f, np := counter()
	f()
	f()
	*np += 10
	fmt.Println(f(), *np)

	type pair struct {
		a, b int
	}
	pr := pair{1, 2}
	pa := &pr.b
	*pa = 20
	fmt.Println(pr.a, pr.b)
	arr := [3]pair{{1, 1}, {2, 2}, {3, 3}}
	e := &arr[1]
	e.a = 200
	fmt.Println(arr[0].a, arr[1].a, arr[1].b, arr[2].b)
	sp := []*pair{{5, 6}, &pair{7, 8}}
	sp[0].b = 60
	fmt.Println((*sp[0]).a, sp[0].b, sp[1].a)

	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		t = insert(t, v)
	}
	var out []int
	walk(t, &out)
	fmt.Println(out)

	pp := &p
	**pp = 42
	fmt.Println(*p)

	type empty struct{}
	z1 := new(empty)
	z2 := &empty{}
	var za [0]int
	fmt.Println(*z1 == *z2, len(za))
	ptrs := []*int{new(int), new(int)}
	*ptrs[1] = 3
	fmt.Println(*ptrs[0], *ptrs[1])
}
