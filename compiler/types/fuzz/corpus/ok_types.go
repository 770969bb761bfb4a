package main

type (
	Point struct{ X, Y int }
	List  []Point
	M     map[string]*Point
	Fn    func(int, ...string) (bool, error)
	Ch    <-chan List
	Arr   [4][2]byte
)

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func main() {
	var l List = List{{1, 2}, {X: 3}}
	m := M{"a": &l[0]}
	m["a"].Scale(2)
	_ = l[0].Add(*m["a"])
}
