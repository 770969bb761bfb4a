// fmt.Println of slices of the basic kinds, nil slices and []any.
package main

import "fmt"

func main() {
	var n []int
	fmt.Println([]int{1, -2}, []string{"a", "b"}, []byte("hi"), []bool{true}, n, []any{1, "x", nil})
}
