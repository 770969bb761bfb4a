package main

type Shape interface{ Area() float64 }

type Sq struct{}

func (s *Sq) Area() float64 { return 1 }

type A struct{}
type B struct{}

func (A) M() {}
func (B) M() {}

type C struct {
	A
	B
}

func main() {
	var s Shape = Sq{}
	var c C
	c.M()
	_ = s.(int)
	_ = s
}
