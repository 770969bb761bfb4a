// A promoted field reached through a nil embedded pointer panics with gc's nil dereference
// error.
package main

import "fmt"

type Inner struct{ X int }

type Outer struct {
	*Inner
	Y int
}

func main() {
	o := Outer{Y: 1}
	fmt.Println(o.Y)
	o.X = 2
	fmt.Println("unreachable")
}
