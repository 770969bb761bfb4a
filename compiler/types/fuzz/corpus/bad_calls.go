package main

func f(a int, b string) (int, error) { return 0, nil }

func main() {
	f(1)
	f(1, "a", 3)
	x := f(1, "a")
	var g func()
	g(1)
	1()
	_ = x
}
