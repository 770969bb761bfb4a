package main

type Shape interface {
	Area() int
	Name() string
}

type Square int

func (s Square) Area() int { return int(s * s) }

func main() {
	var x interface{} = Square(3)
	if _, ok := x.(Shape); !ok {
		println("not a Shape")
	}
	s := x.(Shape)
	println(s.Area())
}
