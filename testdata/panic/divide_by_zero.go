// Integer division by a zero value computed at run time.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println(div(10, 2))
	zero := len([]int{})
	fmt.Println(div(1, zero))
}
