package main

type T struct{ a int }
type U struct{ b int }

func main() {
	_ = int("a")
	_ = string(1.5)
	_ = T(U{})
	_ = []byte(1)
	var p *int
	_ = (*float64)(p)
	_ = [3]int([]int{1})
	var i interface{ M() }
	_ = int(i)
}
