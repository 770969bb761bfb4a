// unsafe.Slice of a nil pointer with a non-zero length panics with gc's message.
package main

import "unsafe"

func main() {
	var p *int
	n := 3
	s := unsafe.Slice(p, n)
	println(len(s))
}
