// run

// A main package spread over several files; package variables depend on each other
// across files, so their initialization order is decided by dependencies, not by file.
package main

import "fmt"

var summary = describe(first, second) // needs variables from a.go and b.go

var fromMain = note("fromMain", 2)

func main() {
	fmt.Println(summary)
	fmt.Println(area(3, 4), perimeter(3, 4))
	fmt.Println(numbers[0], numbers[len(numbers)-1], len(numbers))
	fmt.Println(label)
}
