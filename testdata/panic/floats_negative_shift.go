// A negative shift count computed at run time panics.
package main

var n = -3

func main() {
	x := 1 << 10
	println(x >> 2)
	println(x << n)
}
