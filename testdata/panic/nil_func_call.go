// Calling a nil func value is a nil dereference.
package main

var hook func(int) int

func main() {
	println(hook(1))
}
