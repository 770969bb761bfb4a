// Constraints that name interfaces declared further down: a union of constraint interfaces
// (Numeric below), and type parameter lists whose constraints are generic interfaces declared
// later and refer to each other (Graph). Resolving those declarations on the way must not
// make their use look like a use outside a constraint.
package main

import "fmt"

type Numeric interface {
	Ordered | Complex
}

func double[T Numeric](x T) T { return x + x }

type Ordered interface {
	~int | ~int64 | ~float64
}

type Complex interface {
	~complex64 | ~complex128
}

type Graph[Node NodeC[Edge], Edge EdgeC[Node]] struct {
	nodes []Node
}

type NodeC[Edge any] interface {
	comparable
	Edges() []Edge
}

type EdgeC[Node any] interface {
	comparable
	Nodes() (a, b Node)
}

type city string
type road struct{ from, to city }

func (c city) Edges() []road            { return []road{{c, c + "'"}} }
func (r road) Nodes() (a, b city)       { return r.from, r.to }
func (g *Graph[Node, Edge]) Add(n Node) { g.nodes = append(g.nodes, n) }

func (g *Graph[Node, Edge]) Neighbours() []Node {
	var out []Node
	for _, n := range g.nodes {
		for _, e := range n.Edges() {
			_, b := e.Nodes()
			out = append(out, b)
		}
	}
	return out
}

func main() {
	fmt.Println(double(21), double(int64(2)))
	c := double(complex(1, 2))
	fmt.Println(real(c) == 2, imag(c) == 4)
	var g Graph[city, road]
	g.Add("a")
	g.Add("b")
	fmt.Println(len(g.Neighbours()), g.Neighbours()[1] == "b'")
}
