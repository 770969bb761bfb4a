// Arrays and structs bigger than a few words as parameters, results (alone and among
// others), receivers, closure arguments, deferred arguments, map keys and elements, and in
// comparisons and copies: they travel by reference (docs/abi.md, "Big values").
package main

type Big struct {
	name string
	vals [20]int
	f    float64
}

type Grid [12][12]int8

func (b Big) Sum() int {
	s := 0
	for _, v := range b.vals {
		s += v
	}
	return s
}

func (b *Big) Bump() { b.vals[0]++ }

type Summer interface{ Sum() int }

func makeBig(name string, base int) Big {
	var b Big
	b.name = name
	for i := range b.vals {
		b.vals[i] = base + i
	}
	b.f = float64(base) / 2
	return b
}

func swap(a, b Big) (Big, Big, int) { return b, a, a.Sum() - b.Sum() }

func modify(b Big) int {
	b.vals[3] = 1000 // a copy: the caller's value is unchanged
	return b.vals[3]
}

func depth(g Grid, n int) int {
	if n == 0 {
		return int(g[11][11])
	}
	g[11][11]++
	return depth(g, n-1)
}

func fill(v int8) (g Grid) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v + int8(i-j)
		}
	}
	return
}

func main() {
	a, b := makeBig("a", 1), makeBig("b", 100)
	x, y, d := swap(a, b)
	println(x.name, y.name, d, x.Sum(), y.Sum(), x.f, y.f)
	println(modify(a), a.vals[3])

	var s Summer = a
	println(s.Sum())
	a.Bump()
	println(s.Sum(), a.Sum())
	f := Big.Sum
	println(f(b))
	g := a.Sum
	a.Bump()
	println(g(), a.Sum())

	grid := fill(3)
	println(depth(grid, 500), grid[11][11], grid[0][5])

	add := func(p Big, k int) Big {
		for i := range p.vals {
			p.vals[i] += k
		}
		return p
	}
	println(add(a, 10).Sum(), a.Sum())

	func() {
		defer func(p Big) { println("deferred", p.name, p.Sum()) }(a)
		a.name = "changed"
	}()

	m := map[Grid]Big{}
	m[grid] = a
	m[fill(4)] = b
	println(len(m), m[grid].name, m[fill(4)].Sum(), m[fill(5)].name == "")
	if v, ok := m[fill(4)]; ok {
		println("found", v.name)
	}
	delete(m, grid)
	println(len(m))

	c := a
	println(c == a, c != a)
	c.f = -0.0
	a.f = 0
	println(c == a)
	c.vals[19] = 7
	println(c == a)

	var arr [3]Big
	arr[1] = b
	arr[0], arr[2] = arr[1], arr[0]
	println(arr[0].name, arr[1].name, arr[2].name == "", arr[0] == arr[1])

	p := &arr[1]
	*p = *p
	q := *p
	p.vals[0] = -1
	println(q.vals[0], arr[1].vals[0])

	var zero Big
	println(zero.name == "", zero.Sum(), zero == Big{})
	var ifc interface{} = grid
	println(ifc == interface{}(fill(3)), ifc == interface{}(fill(4)))
}
