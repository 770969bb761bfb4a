// A program for tools/gdb_check.sh: gdb must stop at main.main on its first line, step into
// and out of a call by source lines, and show the call stack by Go names.
package main

func add(a, b int) int {
	sum := a + b
	return sum
}

func main() {
	x := add(1, 2)
	println(x)
}
