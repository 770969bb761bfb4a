// Slicing beyond the capacity of a slice.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := len(s) + 3
	fmt.Println(len(s[:3]))
	fmt.Println(len(s[:n]))
}
