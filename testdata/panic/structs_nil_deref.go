// Reading a field through a nil pointer panics with gc's nil dereference error.
package main

import "fmt"

type T struct {
	a, b int
}

func get(p *T) int { return p.b }

func main() {
	fmt.Println(get(&T{1, 2}))
	var p *T
	fmt.Println(get(p))
}
