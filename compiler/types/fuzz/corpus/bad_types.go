package main

type T struct{ x int }

func (T) m() {}
func (T) m() {}

type U = undefined

type Cycle struct{ c Cycle }

type I interface{ I }

func main() {
	var t T
	t.y = 1
	t.m(1)
	_ = T{y: 1}
	_ = T{1, 2}
	_ = []int{1: 1, 1: 2}
}
