// Comparing two interface values holding slices: an unrecovered runtime error.
package main

import "fmt"

func main() {
	var a, b any = []int{1}, []int{1}
	fmt.Println(a == b)
}
