package main

func main() {
	var x int
	var s string = x
	x = "a"
	x, y := 1
	const c = 1
	c = 2
	_ = s
}
