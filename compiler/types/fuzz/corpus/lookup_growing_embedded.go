package main
type L[T any] struct{ À *L[?L[T]] }
var x L[int]
func main() { _ = x.n.n.n }
