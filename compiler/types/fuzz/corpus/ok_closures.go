package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(fs ...func(int) int) int {
	x := 0
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	c := counter()
	_ = c()
	_ = apply(func(i int) int { return i + 1 }, func(i int) int { return i * 2 })
}
