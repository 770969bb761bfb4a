// run

// The smallest program: one line through fmt.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
