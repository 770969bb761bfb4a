// A single-result type assertion whose dynamic type is wrong.
package main

import "fmt"

func get() any {
	return "not a number"
}

func main() {
	x := get()
	n := x.(int)
	fmt.Println(n)
}
