// Method expressions of interface types: I.M is a function taking an I first.
package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Sq struct{ s int }

func (q Sq) Area() int          { return q.s * q.s }
func (q Sq) Scale(k int) Shape  { return Sq{q.s * k} }

type Rect struct{ w, h int }

func (r *Rect) Area() int         { return r.w * r.h }
func (r *Rect) Scale(k int) Shape { return &Rect{r.w * k, r.h * k} }

type Namer interface{ Name() (string, int) }

type named string

func (n named) Name() (string, int) { return string(n), len(n) }

// Shape's methods through an embedded interface.
type Solid interface {
	Shape
	Volume() int
}

type Cube struct{ Sq }

func (c Cube) Volume() int { return c.s * c.s * c.s }

func apply(f func(Shape) int, xs []Shape) int {
	t := 0
	for _, x := range xs {
		t += f(x)
	}
	return t
}

func main() {
	area := Shape.Area
	scale := Shape.Scale
	shapes := []Shape{Sq{2}, &Rect{2, 3}}
	fmt.Println(area(shapes[0]), area(shapes[1]))
	fmt.Println(area(scale(shapes[1], 2)))
	fmt.Println(apply(Shape.Area, shapes))
	fmt.Println(Shape.Area(Sq{5}), Shape.Scale(Sq{1}, 3).Area())

	n, l := Namer.Name(named("gopher"))
	fmt.Println(n, l)

	// Through a larger interface, and with an embedded interface's method.
	var s Solid = Cube{Sq{3}}
	fmt.Println(Solid.Volume(s), Solid.Area(s), Solid.Scale(s, 2).Area())

	// Unnamed interface types.
	f := interface{ Area() int }.Area
	fmt.Println(f(Sq{4}), f(&Rect{1, 7}))

	// A nil interface panics when the function is called.
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var none Shape
	fmt.Println("calling")
	area(none)
}
