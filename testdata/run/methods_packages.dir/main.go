// Methods across packages: promoted methods of another package's types, their method
// sets in itabs and assertions, (*T).M of another package's value method, and an
// unexported method that only its own package's interfaces match.
package main

import (
	"fmt"

	"example.com/methodspkg/shapes"
)

type Grower interface {
	Grow(int)
	Area() int
}

// A main type embedding another package's type.
type Crate struct {
	shapes.Box
	n int
}

func main() {
	b := shapes.Box{Sq: shapes.Sq{S: 2}, Label: "b"}
	b.Grow(1)
	fmt.Println(b.Area(), b.S)
	var a shapes.Areaer = b
	fmt.Println(a.Area())
	var g Grower = &b
	g.Grow(2)
	fmt.Println(g.Area(), b.S)
	_, ok := any(b).(Grower)
	fmt.Println("Box is a Grower:", ok)
	pb := shapes.PBox{Sq: &shapes.Sq{S: 3}}
	g = pb
	g.Grow(1)
	fmt.Println(g.Area(), pb.S)

	area := (*shapes.Sq).Area
	fmt.Println(area(&shapes.Sq{S: 6}))
	fmt.Println(shapes.Box.Area(b), (*shapes.Box).Area(&b))

	c := Crate{b, 1}
	c.Grow(10)
	fmt.Println(c.Area(), c.Label)
	g = &c
	fmt.Println(g.Area())

	fmt.Println(shapes.Secret(shapes.Sq{S: 4}))
	fmt.Println(shapes.Secret(b))
	fmt.Println(shapes.Secret(c))
	fmt.Println(shapes.Secret(1))
}
