// unsafe.Slice with a negative length panics with gc's message.
package main

import "unsafe"

func main() {
	var x [4]byte
	n := -1
	s := unsafe.Slice(&x[0], n)
	println(len(s))
}
