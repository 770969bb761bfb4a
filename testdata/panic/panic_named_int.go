// A panic value of a named integer type prints as main.N(5).
package main

type N int

func main() {
	var n N = 5
	panic(n)
}
