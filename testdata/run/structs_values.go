// Struct values: zero values, copy semantics, field selection and assignment, promoted fields
// through embedded structs and embedded pointers, comparison with == and !=.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Point
	Tags []string
}

type Inner struct {
	A int
	B string
}

type Outer struct {
	*Inner
	C int8
}

type Mixed struct {
	b   bool
	i8  int8
	i64 int64
	s   string
	u16 uint16
	any interface{}
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func origin() Point { return Point{} }

func main() {
	var p Point
	fmt.Println(p.X, p.Y)
	p.X = 3
	p.Y = 4
	q := p
	q.X = 10
	fmt.Println(p.X, p.Y, q.X, q.Y)
	r := move(p, 5)
	fmt.Println(p.X, r.X)
	fmt.Println(origin().X, move(Point{1, 2}, 1).Y)

	n := Named{Name: "n", Point: Point{7, 8}}
	fmt.Println(n.Name, n.X, n.Y, n.Point.X, len(n.Tags))
	n.X++
	n.Point.Y *= 2
	n.Tags = append(n.Tags, "a", "b")
	fmt.Println(n.X, n.Y, n.Tags)
	m := n
	m.Name = "m"
	m.X = 100
	fmt.Println(n.Name, n.X, m.Name, m.X)

	o := Outer{Inner: &Inner{A: 1, B: "one"}, C: 2}
	o2 := o
	o2.A = 50 // shared through the embedded pointer
	fmt.Println(o.A, o.B, o.C, o2.A)

	fmt.Println(p == Point{3, 4}, p != Point{3, 4}, q == p)
	a := Mixed{true, -1, 1 << 40, "str", 7, 42}
	b := a
	fmt.Println(a == b)
	b.any = "42"
	fmt.Println(a == b)
	b.any = 42
	b.s = "st" + "r"
	fmt.Println(a == b)
	var z1, z2 Mixed
	fmt.Println(z1 == z2, z1.s == "", z1.any == nil)

	ps := []Point{{1, 2}, {3, 4}, {Y: 9}}
	ps[1].X = 30
	sum := 0
	for _, pt := range ps {
		sum += pt.X*10 + pt.Y
	}
	fmt.Println(sum, ps[2].X, ps[2].Y)

	var e struct{}
	var e2 struct{}
	fmt.Println(e == e2)
	anon := struct {
		a int
		b string
	}{1, "x"}
	fmt.Println(anon.a, anon.b)
	fmt.Println(Point{1, 2}.Y, n.Point.X, anon.b+"y")
}
