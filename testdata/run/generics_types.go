// Generic types: a struct List[T] with value and pointer methods, instances stored in
// interfaces (itabs of instances), method values and expressions of instances, a generic
// type whose methods call generic functions, and instances nested in other instances.
package main

import "fmt"

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func (l *List[T]) Pop() (T, bool) {
	var zero T
	if len(l.items) == 0 {
		return zero, false
	}
	v := l.items[len(l.items)-1]
	l.items = l.items[:len(l.items)-1]
	return v, true
}

func (l List[T]) Len() int { return len(l.items) }

func (l List[T]) Each(f func(int, T)) {
	for i, v := range l.items {
		f(i, v)
	}
}

type Lener interface{ Len() int }

type Pusher[T any] interface {
	Push(T)
	Len() int
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

// A map-backed set whose methods use another generic type.
type Set[T comparable] struct {
	m     map[T]bool
	order List[T]
}

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: map[T]bool{}} }

func (s *Set[T]) Add(v T) bool {
	if s.m[v] {
		return false
	}
	s.m[v] = true
	s.order.Push(v)
	return true
}

func (s *Set[T]) Items() []T { return s.order.items }

// A generic linked list node referring to its own instance.
type Node[T any] struct {
	val  T
	next *Node[T]
}

func (n *Node[T]) Sum(add func(T, T) T) T {
	if n.next == nil {
		return n.val
	}
	return add(n.val, n.next.Sum(add))
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func Fill[T any](p Pusher[T], vs ...T) int {
	for _, v := range vs {
		p.Push(v)
	}
	return p.Len()
}

type Num int

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	l.Push(3)
	v, ok := l.Pop()
	fmt.Println(v, ok, l.Len())
	l.Each(func(i, v int) { fmt.Println("item", i, v) })

	ls := &List[string]{}
	ls.Push("a")
	var x Lener = ls
	var y Lener = *ls
	fmt.Println(x.Len(), y.Len())
	fmt.Println(Fill[string](ls, "b", "c"), ls.items)
	fmt.Println(Fill[Num](&List[Num]{}, 4, 5))

	push := ls.Push
	push("d")
	pushTo := (*List[string]).Push
	pushTo(ls, "e")
	s, _ := ls.Pop()
	length := List[string].Len
	fmt.Println(s, length(*ls))

	p := Pair[int, bool]{7, true}
	q := p.Swap()
	fmt.Println(q.Key, q.Val, q.Swap().Key)

	set := NewSet[string]()
	for _, w := range []string{"x", "y", "x", "z", "y"} {
		set.Add(w)
	}
	fmt.Println(set.Items(), len(set.m))

	n := &Node[int]{1, &Node[int]{2, &Node[int]{3, nil}}}
	fmt.Println(n.Sum(func(a, b int) int { return a + b }))
	ns := &Node[string]{"a", &Node[string]{"b", nil}}
	fmt.Println(ns.Sum(func(a, b string) string { return a + b }))

	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	var nested List[List[int]]
	nested.Push(l)
	nested.Push(List[int]{items: []int{9}})
	fmt.Println(nested.Len(), nested.items[1].items[0])

	var anyv any = p
	if pp, ok := anyv.(Pair[int, bool]); ok {
		fmt.Println("pair", pp.Key)
	}
	_, isOther := anyv.(Pair[int, string])
	fmt.Println(isOther)
}
