// A deferred call that panics while a panic is running: gc reports both, oldest first.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("starting")
	panic("first")
}
