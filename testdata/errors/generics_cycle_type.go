package main

// L[T] inside L's own declaration is L itself: the cycle goes through it.

type L[T any] struct{ n *L[L[T]] } // ERROR "instantiation cycle"

var x L[int]

func main() { _ = x.n.n.n }
