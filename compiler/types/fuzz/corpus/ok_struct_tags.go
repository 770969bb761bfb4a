package main

type A struct {
	X int `json:"x"`
	_ int
	Y, Z string
	a, b struct{ c [2]func() }
}

func main() {
	var a A
	_ = A{X: 1, Y: "y"}
	_ = a.a.c[0]
	_ = struct{ A }{a}.X
}
