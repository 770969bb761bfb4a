package main

import "fmt"

var second = note("second", 10)

var prefix = "b:"

var numbers = makeNumbers(first) // needs first from a.go

func note(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func perimeter(w, h int) int {
	return 2 * (w + h)
}

func makeNumbers(n int) []int {
	fmt.Println("init numbers", n)
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}
