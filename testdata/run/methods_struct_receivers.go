package main

// Value and pointer receivers on a struct type: auto &/* at calls, boxing into an interface.

type P struct{ x, y int }

func (p P) Sum() int { return p.x + p.y }
func (p *P) Scale(k int) { p.x *= k; p.y *= k }

type S interface{ Sum() int }

func main() {
	p := P{1, 2}
	p.Scale(3)
	var s S = p
	println(p.Sum(), s.Sum())
	q := &P{4, 5}
	q.Scale(2)
	println(q.Sum())
}
