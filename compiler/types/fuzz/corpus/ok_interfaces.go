package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (Rect) Name() string         { return "rect" }

func main() {
	var s Shape = Rect{1, 2}
	if n, ok := s.(Named); ok {
		println(n.Name())
	}
	switch v := s.(type) {
	case Rect:
		println(v.W)
	case nil:
	default:
		_ = v
	}
}
