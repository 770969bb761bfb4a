// Indexing an array beyond its length at run time panics with gc's message.
package main

import "fmt"

func main() {
	var a [4]int
	for i := 0; i < 10; i++ {
		a[i] = i
		fmt.Println(a[i])
	}
}
