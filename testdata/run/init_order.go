// run

// Package-level variables are initialized in dependency order, then declaration order.
package main

import "fmt"

var total = a + b + c // depends on all three, so it is initialized last

var a = trace("a", b*2) // depends on b

var b = trace("b", 3)

var c = trace("c", len(greeting)) // depends on greeting

var greeting = traceS("greeting", "hi"+suffix)

var suffix = "!!"

var d = trace("d", 4) // no dependencies: after everything it follows

func trace(name string, v int) int {
	println("init", name, v)
	return v
}

func traceS(name string, s string) string {
	println("init", name, s)
	return s
}

var list = []int{a, b, c, d}

func main() {
	fmt.Println(a, b, c, d, total, greeting)
	fmt.Println(len(list), list[0], list[3])
}
