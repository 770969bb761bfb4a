package main
type G[T any] struct{}
func (G[T, U]) M() {}
func (G) N() {}
func (g *G[int]) O() {}
func main() {}
