// Deferring a nil func value panics when the deferred call runs, not at the defer statement.
package main

import "fmt"

func main() {
	var f func()
	defer f()
	fmt.Println("the defer statement did not panic")
}
