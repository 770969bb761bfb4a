package main

import "fake"

func main() {
	a, b := 1, 2
	a, b := 3, 4
	var fake = 1
	_ = fake
	func() {}()
	x := fake.Nope
	_ = x
}
