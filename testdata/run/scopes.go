// run

// Block scoping and shadowing of variables, constants and package-level names.
package main

import "fmt"

var x = "package x"

const limit = 3

func show() string {
	return x
}

func main() {
	fmt.Println(x)
	x := "main x"
	fmt.Println(x, show())
	{
		x := 1
		x++
		fmt.Println("block", x)
	}
	fmt.Println(x)
	if x := len(x) > 1; x {
		fmt.Println("if shadow", x)
	}
	for x := 0; x < limit; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	const limit = "local limit"
	fmt.Println(limit)
	switch x := len(x); x {
	case 6:
		fmt.Println("switch shadow", x)
	}
	a, b := 1, 2
	a, c := 3, 4 // redeclares a alongside the new c
	fmt.Println(a, b, c)
	var n int
	fmt.Println(n, len(x))
}
