package main

type Node struct {
	Next     *Node
	Children []Node
	Parent   map[string]Node
}

type F func(F) F

type I interface {
	M() I
}

type List[T any] struct {
	head *elem[T]
}

type elem[T any] struct {
	next *elem[T]
	val  T
}

func main() {
	var f F
	_ = f(f)
	var l List[int]
	_ = l.head
}
