package main

type Inner struct{ n int }

func (i Inner) Get() int { return i.n }

type Outer struct{ *Inner }

func main() {
	var o Outer
	println(o.Get())
}
