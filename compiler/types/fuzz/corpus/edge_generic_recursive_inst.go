package main
type L[T any] struct{ n *L[L[T]] }
var x L[int]
func main() { _ = x.n.n.n }
